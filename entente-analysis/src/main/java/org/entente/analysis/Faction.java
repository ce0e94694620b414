package org.entente.analysis;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Affiliation;
import org.entente.core.Period;
import org.entente.core.Sign;
import org.entente.core.Tie;

/**
 * A state divided toward a target: actors of {@code state} (the state itself, and officials,
 * outlets and branches affiliated with it, directly or through another affiliate) whose stances
 * toward {@code target} disagree in sign.
 *
 * @param stances every stance of the state's side toward the target, most positive first
 * @param sharpness the weaker of the strongest positive and the strongest negative stance
 */
public record Faction(String state, String target, List<Stance> stances, double sharpness) {

    /**
     * One actor's stance toward the target.
     *
     * @param path how the actor belongs to the state: its chain of affiliations, the actor first
     *     and the state last ({@code [fars-news, irgc, IRN]}); just {@code [IRN]} for the state
     * @param tie the directed tie from the actor to the target, with its evidence
     */
    public record Stance(String actor, List<String> path, Tie tie) {
        public Stance {
            Objects.requireNonNull(actor, "actor");
            path = List.copyOf(path);
            Objects.requireNonNull(tie, "tie");
        }
    }

    /** How far an affiliation chain is followed: an outlet of a branch of a state's armed force. */
    private static final int MAX_DEPTH = 4;

    public Faction {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(target, "target");
        stances = List.copyOf(stances);
    }

    /**
     * The divided states of a directed network (ties run from source to target), sharpest first.
     * Affiliations count when their period overlaps the window {@code [from, to]}.
     */
    public static List<Faction> of(
            SignedNetwork directed, Collection<Actor> actors, Optional<LocalDate> from, Optional<LocalDate> to) {
        Map<String, Actor> byId = new HashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        Map<String, Map<String, List<Stance>>> byStateAndTarget = new LinkedHashMap<>();
        for (Tie tie : directed.ties()) {
            if (tie.sign() == Sign.NEUTRAL) {
                continue;
            }
            for (List<String> path : paths(tie.first(), byId, from, to)) {
                String state = path.get(path.size() - 1);
                if (path.contains(tie.second())) {
                    continue;
                }
                byStateAndTarget
                        .computeIfAbsent(state, k -> new LinkedHashMap<>())
                        .computeIfAbsent(tie.second(), k -> new ArrayList<>())
                        .add(new Stance(tie.first(), path, tie));
            }
        }
        List<Faction> factions = new ArrayList<>();
        byStateAndTarget.forEach((state, byTarget) -> byTarget.forEach((target, stances) -> {
            double friendliest =
                    stances.stream().mapToDouble(s -> s.tie().weight()).max().orElse(0);
            double hostilest =
                    stances.stream().mapToDouble(s -> s.tie().weight()).min().orElse(0);
            if (friendliest > 0 && hostilest < 0) {
                List<Stance> sorted = new ArrayList<>(stances);
                sorted.sort(Comparator.comparingDouble((Stance s) -> -s.tie().weight())
                        .thenComparing(Stance::actor));
                factions.add(new Faction(state, target, sorted, Math.min(friendliest, -hostilest)));
            }
        }));
        factions.sort(Comparator.comparingDouble((Faction f) -> -f.sharpness())
                .thenComparing(Faction::state)
                .thenComparing(Faction::target));
        return List.copyOf(factions);
    }

    /**
     * The shortest affiliation chain from {@code actor} to each state it belongs to within the
     * window; a state belongs to itself. Breadth first, so a direct affiliation wins over a chain.
     */
    static List<List<String>> paths(
            String actor, Map<String, Actor> byId, Optional<LocalDate> from, Optional<LocalDate> to) {
        List<List<String>> paths = new ArrayList<>();
        Map<String, List<String>> seen = new HashMap<>();
        Deque<List<String>> queue = new ArrayDeque<>();
        queue.add(List.of(actor));
        seen.put(actor, List.of(actor));
        while (!queue.isEmpty()) {
            List<String> path = queue.poll();
            String last = path.get(path.size() - 1);
            Actor current = byId.get(last);
            if (current == null) {
                continue;
            }
            if (current.type() == ActorType.STATE) {
                paths.add(path);
                continue;
            }
            if (path.size() > MAX_DEPTH) {
                continue;
            }
            for (Affiliation affiliation : current.affiliations()) {
                if (!seen.containsKey(affiliation.actor()) && overlaps(affiliation.period(), from, to)) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(affiliation.actor());
                    seen.put(affiliation.actor(), longer);
                    queue.add(List.copyOf(longer));
                }
            }
        }
        return paths;
    }

    private static boolean overlaps(Period period, Optional<LocalDate> from, Optional<LocalDate> to) {
        boolean startsInTime =
                period.from().isEmpty() || to.isEmpty() || !period.from().get().isAfter(to.get());
        boolean lastsLongEnough =
                period.to().isEmpty() || from.isEmpty() || !period.to().get().isBefore(from.get());
        return startsInTime && lastsLongEnough;
    }
}
