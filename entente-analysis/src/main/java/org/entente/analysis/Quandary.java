package org.entente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.core.Sign;

/**
 * An actor pulled two ways: {@code actor} has positive ties to {@code first} and {@code second},
 * which are hostile to each other. The triangle is unbalanced (+, +, -).
 *
 * @param strength the weakest of the three ties' absolute weights: a quandary is only as sharp as
 *     its weakest side
 */
public record Quandary(String actor, Tie toFirst, Tie toSecond, Tie between, double strength) {
    public Quandary {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(toFirst, "toFirst");
        Objects.requireNonNull(toSecond, "toSecond");
        Objects.requireNonNull(between, "between");
    }

    public String first() {
        return between.first();
    }

    public String second() {
        return between.second();
    }

    /**
     * Every quandary of a network, sharpest first. For each negative tie, the actors with positive
     * ties to both its ends. Cost: O(n + sum over negative ties of the smaller end's degree).
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
            for (Map.Entry<String, Tie> friend : friendsOfFirst.entrySet()) {
                Tie toSecond = friendsOfSecond.get(friend.getKey());
                if (toSecond != null) {
                    Tie toFirst = friend.getValue();
                    double strength =
                            Math.min(Math.abs(hostile.weight()), Math.min(toFirst.weight(), toSecond.weight()));
                    found.add(new Quandary(friend.getKey(), toFirst, toSecond, hostile, strength));
                }
            }
        }
        found.sort(Comparator.comparingDouble((Quandary q) -> -q.strength())
                .thenComparing(Quandary::actor)
                .thenComparing(Quandary::first));
        return List.copyOf(found);
    }
}
