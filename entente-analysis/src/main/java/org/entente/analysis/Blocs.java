package org.entente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * k-bloc partitions of a signed graph, for multipolar systems: split the nodes into at most k blocs
 * so as to minimise {@code alpha} times the negative ties inside blocs plus {@code 1 - alpha} times
 * the positive ties between them (the criterion of Doreian and Mrvar's signed blockmodeling, and
 * weighted correlation clustering with at most k clusters). With k = 2 and alpha = 1/2 the minimum
 * is half the frustration index.
 *
 * <p>{@link #exact} solves a binary program on CP-SAT (one Boolean per node and bloc, one per tie
 * that can break), starting from the local search's partition, and returns the best partition
 * found within the time budget with the solver's bound. {@link #heuristic} is the local search
 * alone: restarts from the frustration split and from random partitions, each improved by moving
 * single nodes to the bloc that costs them least; O(m + nk) a sweep, no bound beyond 0.
 */
public final class Blocs {
    private Blocs() {}

    /** The best partition into at most {@code k} blocs, proven optimal unless the budget runs out. */
    public static BlocPartition exact(SignedGraph graph, int k, double alpha, FrustrationOptions options) {
        check(k, alpha);
        long started = System.nanoTime();
        long deadline = started + (long) (options.maxSeconds() * 1e9);
        BlocCost cost = BlocCost.of(alpha);
        int[] bloc = new BlocSearch(graph, cost, k, options.seed()).run(deadline, 20);
        double bound = new CpSatBlocs(graph, cost, k, options.workers()).improve(bloc, deadline);
        return result(graph, cost, k, bloc, bound, started);
    }

    /** A good partition into at most {@code k} blocs by local search; not proven optimal. */
    public static BlocPartition heuristic(SignedGraph graph, int k, double alpha, FrustrationOptions options) {
        check(k, alpha);
        long started = System.nanoTime();
        long deadline = started + (long) (options.maxSeconds() * 1e9);
        BlocCost cost = BlocCost.of(alpha);
        int[] bloc = new BlocSearch(graph, cost, k, options.seed()).run(deadline, 20);
        return result(graph, cost, k, bloc, 0, started);
    }

    private static void check(int k, double alpha) {
        if (k < 1) {
            throw new IllegalArgumentException("at least one bloc is needed, not " + k);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha weighs the two kinds of error: it lies in (0, 1), not " + alpha);
        }
    }

    private static BlocPartition result(
            SignedGraph graph, BlocCost cost, int k, int[] bloc, double bound, long started) {
        int negativeWithin = 0;
        int positiveBetween = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            boolean within = bloc[graph.from(e)] == bloc[graph.to(e)];
            negativeWithin += within && graph.sign(e) < 0 ? 1 : 0;
            positiveBetween += !within && graph.sign(e) > 0 ? 1 : 0;
        }
        double error = cost.error(negativeWithin, positiveBetween);
        List<List<String>> blocs = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            blocs.add(new ArrayList<>());
        }
        for (int v = 0; v < graph.nodeCount(); v++) {
            blocs.get(bloc[v]).add(graph.nodes().get(v));
        }
        blocs.removeIf(List::isEmpty);
        blocs.sort(Comparator.comparingInt(List<String>::size).reversed());
        double lower = Math.min(bound, error);
        return new BlocPartition(
                blocs,
                negativeWithin,
                positiveBetween,
                error,
                lower,
                error - lower < 1e-9,
                (System.nanoTime() - started) / 1e9);
    }
}
