package org.entente.analysis;

import java.util.List;

/**
 * The result of a frustration-index computation: a two-bloc partition of the nodes and the edges
 * it leaves frustrated (a positive edge across the blocs or a negative edge inside one). Flipping
 * or removing exactly those edges balances the graph.
 *
 * @param value the number of frustrated edges of this partition
 * @param lowerBound no partition frustrates fewer edges than this
 * @param optimal true when proven: {@code value == lowerBound}
 * @param firstBloc nodes on one side, in graph order
 * @param secondBloc nodes on the other side, in graph order
 * @param frustratedEdges the edges this partition frustrates, in graph order
 * @param seconds wall-clock time spent
 */
public record Frustration(
        int value,
        int lowerBound,
        boolean optimal,
        List<String> firstBloc,
        List<String> secondBloc,
        List<SignedEdge> frustratedEdges,
        double seconds) {
    public Frustration {
        firstBloc = List.copyOf(firstBloc);
        secondBloc = List.copyOf(secondBloc);
        frustratedEdges = List.copyOf(frustratedEdges);
        if (lowerBound < 0 || lowerBound > value) {
            throw new IllegalArgumentException("bound " + lowerBound + " must lie in [0, " + value + "]");
        }
        if (optimal != (lowerBound == value)) {
            throw new IllegalArgumentException("a result is optimal exactly when its bound meets its value");
        }
        if (frustratedEdges.size() != value) {
            throw new IllegalArgumentException(
                    "value " + value + " but " + frustratedEdges.size() + " frustrated edges listed");
        }
    }

    /** 1 - 2L/m, the normalised line index of balance (1 for a balanced graph). */
    public double balanceIndex(int edges) {
        return edges == 0 ? 1.0 : 1.0 - 2.0 * value / edges;
    }
}
