package org.entente.analysis;

import java.util.ArrayDeque;
import java.util.Random;

/**
 * Iterated single-node local search for a two-bloc split with few frustrated edges. Start: colour a
 * BFS spanning forest so that all its edges are satisfied. Descent: move a node to the other bloc
 * while that frustrates fewer of its edges. Kick: move a few random nodes, descend again, keep the
 * result when it is no worse. Each node's gain is kept up to date, so a move costs its degree.
 */
final class LocalSearch {
    private final SignedGraph graph;
    private final Random random;
    private final byte[] side;
    private final int[] gain;
    private int frustrated;

    LocalSearch(SignedGraph graph, long seed) {
        this.graph = graph;
        this.random = new Random(seed);
        this.side = new byte[graph.nodeCount()];
        this.gain = new int[graph.nodeCount()];
    }

    /** The best split found in {@code rounds} kicks or before {@code deadline} (System.nanoTime). */
    byte[] run(long deadline, int rounds) {
        colourForest();
        int n = graph.nodeCount();
        for (int v = 0; v < n; v++) {
            gain[v] = computeGain(v);
        }
        frustrated = FrustrationIndex.frustrated(graph, side);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int v = 0; v < n; v++) {
            queue.add(v);
        }
        descend(queue);
        byte[] best = side.clone();
        int bestValue = frustrated;
        int kick = Math.max(1, Math.min(20, n / 20));
        for (int round = 0; round < rounds && bestValue > 0 && n > 1 && System.nanoTime() < deadline; round++) {
            for (int i = 0; i < kick; i++) {
                int v = random.nextInt(n);
                flip(v);
                queue.add(v);
            }
            descend(queue);
            if (frustrated <= bestValue) {
                bestValue = frustrated;
                System.arraycopy(side, 0, best, 0, n);
            } else {
                restore(best);
            }
        }
        return best;
    }

    private void colourForest() {
        int n = graph.nodeCount();
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            seen[root] = true;
            int top = 0;
            stack[top++] = root;
            while (top > 0) {
                int v = stack[--top];
                for (int s = graph.firstSlot(v); s < graph.firstSlot(v + 1); s++) {
                    int w = graph.neighbour(s);
                    if (!seen[w]) {
                        seen[w] = true;
                        side[w] = (byte) (graph.sign(graph.edgeAt(s)) > 0 ? side[v] : 1 - side[v]);
                        stack[top++] = w;
                    }
                }
            }
        }
    }

    /** Frustrated minus satisfied edges at v: how many fewer frustrated edges moving v would leave. */
    private int computeGain(int v) {
        int g = 0;
        for (int s = graph.firstSlot(v); s < graph.firstSlot(v + 1); s++) {
            g += FrustrationIndex.isFrustrated(graph, side, graph.edgeAt(s)) ? 1 : -1;
        }
        return g;
    }

    private void descend(ArrayDeque<Integer> queue) {
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (gain[v] > 0) {
                flip(v);
                for (int s = graph.firstSlot(v); s < graph.firstSlot(v + 1); s++) {
                    int w = graph.neighbour(s);
                    if (gain[w] > 0) {
                        queue.add(w);
                    }
                }
            }
        }
    }

    private void flip(int v) {
        frustrated -= gain[v];
        gain[v] = -gain[v];
        side[v] ^= 1;
        for (int s = graph.firstSlot(v); s < graph.firstSlot(v + 1); s++) {
            int w = graph.neighbour(s);
            // The edge v-w changed state: it now counts the other way in w's gain.
            gain[w] += FrustrationIndex.isFrustrated(graph, side, graph.edgeAt(s)) ? 2 : -2;
        }
    }

    private void restore(byte[] best) {
        for (int v = 0; v < side.length; v++) {
            if (side[v] != best[v]) {
                flip(v);
            }
        }
    }
}
