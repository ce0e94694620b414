package org.entente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.entente.core.Sign;
import org.entente.core.Tie;

/**
 * What happened to one tie between two windows: it appeared, vanished or flipped sign.
 *
 * @param before the tie in the earlier window, empty when it appeared
 * @param after the tie in the later window, empty when it vanished
 */
public record Change(String first, String second, Kind kind, Optional<Tie> before, Optional<Tie> after) {

    public enum Kind {
        APPEARED,
        VANISHED,
        FLIPPED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Change {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change of " + first + "-" + second + " needs a tie on one side");
        }
    }

    /** How much the tie's weight moved. */
    public double shift() {
        return after.map(Tie::weight).orElse(0.0) - before.map(Tie::weight).orElse(0.0);
    }

    /**
     * The ties of two networks that appeared, vanished or flipped sign (neutral ties count as
     * absent), flips first, then by how far the weight moved.
     */
    public static List<Change> between(SignedNetwork before, SignedNetwork after) {
        Map<List<String>, Tie> earlier = signed(before);
        Map<List<String>, Tie> later = signed(after);
        List<Change> changes = new ArrayList<>();
        earlier.forEach((ends, tie) -> {
            Tie now = later.get(ends);
            if (now == null) {
                changes.add(new Change(ends.get(0), ends.get(1), Kind.VANISHED, Optional.of(tie), Optional.empty()));
            } else if (now.sign() != tie.sign()) {
                changes.add(new Change(ends.get(0), ends.get(1), Kind.FLIPPED, Optional.of(tie), Optional.of(now)));
            }
        });
        later.forEach((ends, tie) -> {
            if (!earlier.containsKey(ends)) {
                changes.add(new Change(ends.get(0), ends.get(1), Kind.APPEARED, Optional.empty(), Optional.of(tie)));
            }
        });
        changes.sort(Comparator.comparing((Change c) -> c.kind() != Kind.FLIPPED)
                .thenComparingDouble(c -> -Math.abs(c.shift()))
                .thenComparing(Change::first)
                .thenComparing(Change::second));
        return List.copyOf(changes);
    }

    private static Map<List<String>, Tie> signed(SignedNetwork network) {
        Map<List<String>, Tie> byEnds = new HashMap<>();
        for (Tie tie : network.ties()) {
            if (tie.sign() != Sign.NEUTRAL) {
                byEnds.put(List.of(tie.first(), tie.second()), tie);
            }
        }
        return byEnds;
    }
}
