package org.entente.analysis;

/**
 * A lower bound on the frustration index from a packing of edge-disjoint unbalanced cycles: every
 * unbalanced cycle (an odd number of negative edges) frustrates at least one of its edges under any
 * split, so k edge-disjoint ones force at least k frustrated edges.
 *
 * <p>Greedy, in two passes over edges not yet used: first the unbalanced triangles (the shortest
 * cycles, found by marking neighbourhoods), then, for each remaining edge u-v, a breadth-first search
 * for a path from u back to v whose signs close an unbalanced cycle, over states (node, parity of
 * negative edges so far). A search may find a closed walk rather than a simple cycle; its edge set
 * still contains an unbalanced cycle, so marking all of its edges used keeps the bound valid. Each
 * search stops after {@code perSearch} states and the whole pass after {@code budget}, so the cost
 * is bounded: O(m + budget).
 */
final class UnbalancedCycles {
    private final SignedGraph graph;
    private final boolean[] used;
    private final int[] stamp;
    private final int[] parentState;
    private final int[] parentEdge;
    private final int[] queue;
    private int round;

    private UnbalancedCycles(SignedGraph graph) {
        this.graph = graph;
        this.used = new boolean[graph.edgeCount()];
        int states = 2 * graph.nodeCount();
        this.stamp = new int[states];
        this.parentState = new int[states];
        this.parentEdge = new int[states];
        this.queue = new int[states];
    }

    /** At most the frustration index; found with about {@code budget} steps of search. */
    static int lowerBound(SignedGraph graph, long budget) {
        UnbalancedCycles packing = new UnbalancedCycles(graph);
        return packing.triangles() + packing.cycles(budget, 256);
    }

    private int triangles() {
        int count = 0;
        int n = graph.nodeCount();
        int[] mark = new int[n];
        for (int u = 0; u < n; u++) {
            for (int s = graph.firstSlot(u); s < graph.firstSlot(u + 1); s++) {
                mark[graph.neighbour(s)] = graph.edgeAt(s) + 1;
            }
            for (int s = graph.firstSlot(u); s < graph.firstSlot(u + 1); s++) {
                int v = graph.neighbour(s);
                int uv = graph.edgeAt(s);
                if (v < u) {
                    continue;
                }
                for (int t = graph.firstSlot(v); t < graph.firstSlot(v + 1) && !used[uv]; t++) {
                    int w = graph.neighbour(t);
                    int vw = graph.edgeAt(t);
                    int uw = w > v ? mark[w] - 1 : -1;
                    if (uw >= 0 && !used[vw] && !used[uw] && graph.sign(uv) * graph.sign(vw) * graph.sign(uw) < 0) {
                        used[uv] = used[vw] = used[uw] = true;
                        count++;
                    }
                }
            }
            for (int s = graph.firstSlot(u); s < graph.firstSlot(u + 1); s++) {
                mark[graph.neighbour(s)] = 0;
            }
        }
        return count;
    }

    private int cycles(long budget, int perSearch) {
        int count = 0;
        long spent = 0;
        for (int e = 0; e < graph.edgeCount() && spent < budget; e++) {
            if (used[e]) {
                continue;
            }
            used[e] = true; // the path back must not use e itself
            int[] found = search(graph.from(e), graph.to(e), graph.sign(e) < 0 ? 0 : 1, perSearch);
            spent += found[1];
            if (found[0] >= 0) {
                markPath(found[0], 2 * graph.from(e));
                count++;
            } else {
                used[e] = false;
            }
        }
        return count;
    }

    /**
     * Searches from {@code source} for {@code target} reached with {@code parity} negative edges
     * (mod 2) over unused edges. Returns {the target state or -1, states visited}.
     */
    private int[] search(int source, int target, int parity, int limit) {
        round++;
        int head = 0;
        int tail = 0;
        int start = 2 * source;
        stamp[start] = round;
        queue[tail++] = start;
        while (head < tail && tail < limit) {
            int state = queue[head++];
            int v = state >> 1;
            for (int s = graph.firstSlot(v); s < graph.firstSlot(v + 1); s++) {
                int e = graph.edgeAt(s);
                if (used[e]) {
                    continue;
                }
                int next = 2 * graph.neighbour(s) + ((state & 1) ^ (graph.sign(e) < 0 ? 1 : 0));
                if (stamp[next] != round) {
                    stamp[next] = round;
                    parentState[next] = state;
                    parentEdge[next] = e;
                    if (next == 2 * target + parity) {
                        return new int[] {next, tail};
                    }
                    queue[tail++] = next;
                }
            }
        }
        return new int[] {-1, tail};
    }

    private void markPath(int state, int start) {
        for (int s = state; s != start; s = parentState[s]) {
            used[parentEdge[s]] = true;
        }
    }
}
