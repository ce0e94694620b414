package org.entente.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.core.Sign;
import org.entente.core.Tie;

/**
 * An actor pulled two ways: {@code actor} has positive ties to {@code first} and {@code second},
 * which are hostile to each other. The triangle is unbalanced (+, +, -).
 *
 * @param strength the weakest of the three ties' absolute weights: a quandary is only as sharp as
 *     its weakest side
 * @param since the day all three ties were last seen active together: the earliest of their latest
 *     days, empty when one of them is undated
 */
public record Quandary(
        String actor, Tie toFirst, Tie toSecond, Tie between, double strength, Optional<LocalDate> since) {
    /** Sharpest first; among equally sharp ones the most recent first; then by names. */
    public static final Comparator<Quandary> RANKING = Comparator.comparingDouble((Quandary q) -> -q.strength())
            .thenComparing(q -> q.since().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(Quandary::actor)
            .thenComparing(Quandary::first)
            .thenComparing(Quandary::second);

    public Quandary {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(toFirst, "toFirst");
        Objects.requireNonNull(toSecond, "toSecond");
        Objects.requireNonNull(between, "between");
        Objects.requireNonNull(since, "since");
    }

    public String first() {
        return between.first();
    }

    public String second() {
        return between.second();
    }

    /**
     * Every quandary of a network, ranked. For each negative tie, the actors with positive ties to
     * both its ends. Cost: O(n + sum over negative ties of the smaller end's degree).
     */
    public static List<Quandary> of(SignedNetwork network) {
        Map<String, Map<String, Tie>> positive = new HashMap<>();
        for (Tie tie : network.ties(Sign.POSITIVE)) {
            positive.computeIfAbsent(tie.first(), k -> new HashMap<>()).put(tie.second(), tie);
            positive.computeIfAbsent(tie.second(), k -> new HashMap<>()).put(tie.first(), tie);
        }
        List<Quandary> found = new ArrayList<>();
        for (Tie hostile : network.ties(Sign.NEGATIVE)) {
            Map<String, Tie> friendsOfFirst = positive.getOrDefault(hostile.first(), Map.of());
            Map<String, Tie> friendsOfSecond = positive.getOrDefault(hostile.second(), Map.of());
            boolean firstSmaller = friendsOfFirst.size() <= friendsOfSecond.size();
            Map<String, Tie> smaller = firstSmaller ? friendsOfFirst : friendsOfSecond;
            Map<String, Tie> larger = firstSmaller ? friendsOfSecond : friendsOfFirst;
            for (Map.Entry<String, Tie> friend : smaller.entrySet()) {
                Tie other = larger.get(friend.getKey());
                if (other != null) {
                    Tie toFirst = firstSmaller ? friend.getValue() : other;
                    Tie toSecond = firstSmaller ? other : friend.getValue();
                    found.add(of(friend.getKey(), toFirst, toSecond, hostile));
                }
            }
        }
        found.sort(RANKING);
        return List.copyOf(found);
    }

    private static Quandary of(String actor, Tie toFirst, Tie toSecond, Tie between) {
        double strength = Math.min(Math.abs(between.weight()), Math.min(toFirst.weight(), toSecond.weight()));
        List<Optional<LocalDate>> latest = List.of(toFirst.latest(), toSecond.latest(), between.latest());
        Optional<LocalDate> since = latest.stream().allMatch(Optional::isPresent)
                ? latest.stream().flatMap(Optional::stream).min(Comparator.naturalOrder())
                : Optional.empty();
        return new Quandary(actor, toFirst, toSecond, between, strength, since);
    }

    /** The quandaries of {@code actor}, or those it is a party to as one of the two hostile ones. */
    public static List<Quandary> involving(List<Quandary> quandaries, String actor) {
        return quandaries.stream()
                .filter(q -> Stream.of(q.actor(), q.first(), q.second()).anyMatch(actor::equals))
                .toList();
    }
}
