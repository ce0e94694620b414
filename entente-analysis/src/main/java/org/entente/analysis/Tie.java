package org.entente.analysis;

import java.util.List;
import java.util.Objects;
import org.entente.core.Sign;

/**
 * An undirected, signed tie between two actors in a network: the sum of the intensities of the
 * assertions between them, in either direction. {@code first} sorts before {@code second}.
 *
 * @param weight sum of intensities; its sign is the tie's sign
 * @param assertions ids of the assertions behind the tie, the evidence of the edge
 */
public record Tie(String first, String second, double weight, List<String> assertions) {
    public Tie {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("tie ends must be distinct and ordered: " + first + ", " + second);
        }
        assertions = List.copyOf(assertions);
        if (assertions.isEmpty()) {
            throw new IllegalArgumentException("a tie needs at least one assertion behind it");
        }
    }

    public Sign sign() {
        return Sign.ofWeight(weight);
    }

    /** True when the tie joins {@code actor} to another. */
    public boolean touches(String actor) {
        return first.equals(actor) || second.equals(actor);
    }
}
