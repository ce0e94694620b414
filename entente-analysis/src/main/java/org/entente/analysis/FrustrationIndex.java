package org.entente.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The frustration index of a signed graph: the fewest edges whose removal (equivalently, whose sign
 * change) leaves it balanced, together with the two-bloc split that attains it.
 *
 * <p><b>Idea.</b> Harary (1953) showed a signed graph is balanced exactly when its nodes split into
 * two blocs with every positive edge inside a bloc and every negative edge across. For any split,
 * the edges that break this rule are "frustrated", and deleting them balances the graph; the
 * frustration index L is the minimum over all splits. Finding it is NP-hard (it contains max-cut),
 * yet Aref, Mason and Wilson (2018, "Computing the line index of balance using integer
 * programming optimisation"; 2020, "A modeling and computational study of the frustration index in
 * signed networks") showed that a binary program solves the sizes met in practice in seconds: one
 * binary x_v per node (its side) and one binary f_e per edge with f_e &gt;= x_u - x_v and f_e &gt;= x_v -
 * x_u for a positive edge, f_e &gt;= 1 - x_u - x_v and f_e &gt;= x_u + x_v - 1 for a negative one,
 * minimising the sum of f_e.
 *
 * <p><b>How.</b> {@link #exact} solves that program with the CP-SAT solver of OR-Tools, one
 * connected component at a time (the index adds up over components). Each component is first
 * peeled to its 2-core (a node with one edge left can always satisfy it, so trees hanging off the
 * core never count and are coloured afterwards); one node's side is fixed to remove the mirror
 * symmetry; each edge's f_e is tied to its ends by two clauses, which the SAT engine propagates
 * faster than the linear form (triangle inequalities, tried too, made it slower); and the solver
 * starts from the local-search split as a hint. A component the local search already balances is
 * not sent to the solver, nor is a graph whose split meets the lower bound of a packing of
 * edge-disjoint unbalanced cycles ({@link UnbalancedCycles}). {@link #heuristic} is that local
 * search alone: colour a spanning forest so its edges are all satisfied, then move single nodes to
 * the side most of their edges prefer, with random kicks, keeping the best split; its bound is the
 * cycle packing's.
 *
 * <p><b>Cost.</b> The local search costs O(m) per sweep: about 0.2 s on a million edges. The exact
 * search is exponential in the worst case; on the Correlates-of-War windows (up to 155 nodes, 1,288
 * edges, L up to 50) it takes 0.02-0.6 s each, 5.6 s for all 51 (bin/bench analysis). When the time budget
 * runs out the best split is returned with the solver's lower bound and {@code optimal = false}.
 */
public final class FrustrationIndex {
    private FrustrationIndex() {}

    /** The exact index, or the best split and bound found within {@code options.maxSeconds()}. */
    public static Frustration exact(SignedGraph graph, FrustrationOptions options) {
        long started = System.nanoTime();
        long deadline = started + (long) (options.maxSeconds() * 1e9);
        byte[] side = new LocalSearch(graph, options.seed()).run(deadline, 50);
        int packed = UnbalancedCycles.lowerBound(graph, packingBudget(graph));
        if (packed >= frustrated(graph, side)) {
            return result(graph, side, packed, started);
        }
        int bound = new CpSatSolver(graph, options.workers()).improve(side, deadline);
        return result(graph, side, Math.max(bound, packed), started);
    }

    /**
     * A good split found by local search, fast on millions of edges, with a lower bound from a
     * packing of edge-disjoint unbalanced cycles; optimal only when the two meet.
     */
    public static Frustration heuristic(SignedGraph graph, FrustrationOptions options) {
        long started = System.nanoTime();
        long deadline = started + (long) (options.maxSeconds() * 1e9);
        byte[] side = new LocalSearch(graph, options.seed()).run(deadline, 200);
        return result(graph, side, UnbalancedCycles.lowerBound(graph, packingBudget(graph)), started);
    }

    /** Search steps for the cycle packing: linear in the graph, a few times its size. */
    private static long packingBudget(SignedGraph graph) {
        return 20L * graph.edgeCount() + 100_000;
    }

    /** The number of edges that the split {@code side} (0 or 1 per node) frustrates. */
    static int frustrated(SignedGraph graph, byte[] side) {
        int count = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            count += isFrustrated(graph, side, e) ? 1 : 0;
        }
        return count;
    }

    static boolean isFrustrated(SignedGraph graph, byte[] side, int e) {
        boolean across = side[graph.from(e)] != side[graph.to(e)];
        return across == graph.sign(e) > 0;
    }

    private static Frustration result(SignedGraph graph, byte[] side, int bound, long started) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int v = 0; v < graph.nodeCount(); v++) {
            (side[v] == 0 ? first : second).add(graph.nodes().get(v));
        }
        List<SignedEdge> frustrated = new ArrayList<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (isFrustrated(graph, side, e)) {
                frustrated.add(graph.edge(e));
            }
        }
        int value = frustrated.size();
        int lower = Math.min(bound, value);
        return new Frustration(
                value, lower, lower == value, first, second, frustrated, (System.nanoTime() - started) / 1e9);
    }
}
