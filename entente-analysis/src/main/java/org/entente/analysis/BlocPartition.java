package org.entente.analysis;

import java.util.List;

/**
 * The result of a k-bloc partition (signed blockmodeling): the actors in at most k blocs, and the
 * ties that break the ideal of friendly blocs hostile to each other.
 *
 * @param blocs the non-empty blocs, each in graph order, largest first; every node in exactly one
 * @param negativeWithin negative ties inside a bloc
 * @param positiveBetween positive ties between two blocs
 * @param error {@code alpha * negativeWithin + (1 - alpha) * positiveBetween}
 * @param lowerBound no partition into at most k blocs has a smaller error
 * @param optimal true when proven: the error meets the bound
 * @param seconds wall-clock time spent
 */
public record BlocPartition(
        List<List<String>> blocs,
        int negativeWithin,
        int positiveBetween,
        double error,
        double lowerBound,
        boolean optimal,
        double seconds) {
    public BlocPartition {
        blocs = blocs.stream().map(List::copyOf).toList();
        if (negativeWithin < 0 || positiveBetween < 0) {
            throw new IllegalArgumentException("tie counts cannot be negative");
        }
        if (lowerBound < 0 || lowerBound > error + 1e-9) {
            throw new IllegalArgumentException("bound " + lowerBound + " must lie in [0, " + error + "]");
        }
    }
}
