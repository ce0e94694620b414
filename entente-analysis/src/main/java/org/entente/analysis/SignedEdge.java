package org.entente.analysis;

import java.util.Objects;

/**
 * One undirected edge of a {@link SignedGraph}: two distinct nodes and a sign, +1 or -1.
 *
 * @param first one end, as given (no order is imposed)
 * @param second the other end
 * @param sign +1 (alliance, cooperation) or -1 (hostility)
 */
public record SignedEdge(String first, String second, int sign) {
    public SignedEdge {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException("an edge needs two distinct ends, not " + first + " twice");
        }
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("an edge's sign is 1 or -1, not " + sign);
        }
    }

    public boolean negative() {
        return sign < 0;
    }
}
