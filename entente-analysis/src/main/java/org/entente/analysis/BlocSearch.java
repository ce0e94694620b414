package org.entente.analysis;

import java.util.Random;

/**
 * Local search for a partition into at most k blocs: from several starts (the frustration split,
 * then random partitions), sweep the nodes, moving each to the bloc where its ties cost least, until
 * a sweep moves nothing; keep the cheapest partition. A move costs O(degree + k).
 */
final class BlocSearch {
    private final SignedGraph graph;
    private final BlocCost cost;
    private final int k;
    private final Random random;
    private final long[] toBloc;

    BlocSearch(SignedGraph graph, BlocCost cost, int k, long seed) {
        this.graph = graph;
        this.cost = cost;
        this.k = k;
        this.random = new Random(seed);
        this.toBloc = new long[k];
    }

    /** The cheapest partition found from {@code starts} starts or before {@code deadline}. */
    int[] run(long deadline, int starts) {
        int n = graph.nodeCount();
        int[] best = new int[n];
        if (k > 1) {
            byte[] split = new LocalSearch(graph, random.nextLong()).run(deadline, 20);
            for (int v = 0; v < n; v++) {
                best[v] = split[v];
            }
        }
        descend(best, deadline);
        long bestCost = total(best);
        int[] bloc = new int[n];
        for (int start = 1; start < starts && k > 1 && bestCost > 0 && System.nanoTime() < deadline; start++) {
            for (int v = 0; v < n; v++) {
                bloc[v] = random.nextInt(k);
            }
            descend(bloc, deadline);
            long c = total(bloc);
            if (c < bestCost) {
                bestCost = c;
                System.arraycopy(bloc, 0, best, 0, n);
            }
        }
        return best;
    }

    /** Sweeps until no node moves, or until the deadline (the partition stays valid throughout). */
    private void descend(int[] bloc, long deadline) {
        boolean moved = true;
        for (int sweep = 0; moved && sweep < 1000 && (sweep == 0 || System.nanoTime() < deadline); sweep++) {
            moved = false;
            for (int v = 0; v < graph.nodeCount(); v++) {
                int target = cheapest(bloc, v);
                if (target != bloc[v]) {
                    bloc[v] = target;
                    moved = true;
                }
            }
        }
    }

    /** The bloc where v's ties cost least; its own bloc on a tie. */
    private int cheapest(int[] bloc, int v) {
        java.util.Arrays.fill(toBloc, 0);
        for (int s = graph.firstSlot(v); s < graph.firstSlot(v + 1); s++) {
            int e = graph.edgeAt(s);
            int w = graph.neighbour(s);
            // Cost of v in bloc c, less the cost of all its positive ties: negatives to nodes inside c
            // minus positives to nodes inside c (those are the positives that stop counting).
            if (graph.sign(e) > 0) {
                toBloc[bloc[w]] -= cost.positive();
            } else {
                toBloc[bloc[w]] += cost.negative();
            }
        }
        int best = bloc[v];
        for (int c = 0; c < k; c++) {
            if (toBloc[c] < toBloc[best]) {
                best = c;
            }
        }
        return best;
    }

    private long total(int[] bloc) {
        long sum = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            sum += cost.of(graph, e, bloc[graph.from(e)] == bloc[graph.to(e)]);
        }
        return sum;
    }
}
