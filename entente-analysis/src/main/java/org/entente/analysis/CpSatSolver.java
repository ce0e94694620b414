package org.entente.analysis;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import com.google.ortools.sat.SatParameters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact frustration model (see {@link FrustrationIndex}) on OR-Tools CP-SAT, one connected
 * component at a time. Nothing of OR-Tools leaves this class.
 */
final class CpSatSolver {
    private static volatile boolean loaded;

    /**
     * Deterministic time of the first, one-worker attempt: it proves every Correlates-of-War window
     * (the hardest takes about 0.6); harder models, such as dense random ones, go on to the portfolio.
     */
    private static final double FIRST_ATTEMPT = 2.0;

    private final SignedGraph graph;
    private final int workers;
    private int[] leafNode = new int[0];

    CpSatSolver(SignedGraph graph, int workers) {
        this.graph = graph;
        this.workers = workers;
    }

    static void load() {
        if (!loaded) {
            synchronized (CpSatSolver.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    /**
     * Improves the split {@code side} in place, component by component, until {@code deadline}
     * (System.nanoTime), and returns a lower bound on the index.
     */
    int improve(byte[] side, long deadline) {
        int bound = 0;
        for (Component component : components(side)) {
            if (component.frustrated == 0) {
                continue;
            }
            double seconds = (deadline - System.nanoTime()) / 1e9;
            int proven = seconds > 0.001 ? solve(component, side, seconds, 1) : 0;
            seconds = (deadline - System.nanoTime()) / 1e9;
            if (workers > 1 && seconds > 0.001 && proven < frustrated(component, side)) {
                proven = Math.max(proven, solve(component, side, seconds, workers));
            }
            bound += proven;
        }
        return bound;
    }

    private int frustrated(Component component, byte[] side) {
        int count = 0;
        for (int e : component.edges) {
            count += FrustrationIndex.isFrustrated(graph, side, e) ? 1 : 0;
        }
        return count;
    }

    /**
     * One solve of the component's model from the split {@code side}; with one thread, a short
     * first attempt (bounded in deterministic time, so the same on a loaded machine), else the full
     * portfolio of {@code threads} for the time left.
     */
    private int solve(Component component, byte[] side, double seconds, int threads) {
        load();
        int[] peeled = peel(component);
        boolean[] out = new boolean[graph.nodeCount()];
        for (int e : peeled) {
            out[leafNode[e]] = true;
        }
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[graph.nodeCount()];
        int anchor = -1;
        for (int v : component.nodes) {
            if (!out[v]) {
                x[v] = model.newBoolVar("x" + v);
                model.addHint(x[v], side[v]);
                anchor = anchor < 0 ? v : anchor;
            }
        }
        if (anchor < 0) {
            return 0; // unreachable: a frustrated edge lies on a cycle, which peeling keeps
        }
        model.addEquality(x[anchor], side[anchor]);
        List<BoolVar> f = new ArrayList<>(component.edges.size());
        for (int e : component.edges) {
            if (x[graph.from(e)] != null && x[graph.to(e)] != null) {
                f.add(frustration(model, e, x, side));
            }
        }
        model.minimize(LinearExpr.sum(f.toArray(new BoolVar[0])));
        CpSolver solver = new CpSolver();
        configure(solver.getParameters(), seconds, threads);
        if (threads == 1 && workers > 1) {
            solver.getParameters().setMaxDeterministicTime(FIRST_ATTEMPT);
        }
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return 0;
        }
        if (solver.objectiveValue() < frustrated(component, side)) {
            for (int v : component.nodes) {
                if (x[v] != null) {
                    side[v] = (byte) (solver.booleanValue(x[v]) ? 1 : 0);
                }
            }
            // Hang the peeled trees back on, in reverse order, each edge satisfied.
            for (int i = peeled.length - 1; i >= 0; i--) {
                int e = peeled[i];
                int leaf = leafNode[e];
                int other = graph.from(e) == leaf ? graph.to(e) : graph.from(e);
                side[leaf] = (byte) (graph.sign(e) > 0 ? side[other] : 1 - side[other]);
            }
        }
        return (int) Math.ceil(solver.bestObjectiveBound() - 1e-6);
    }

    /**
     * Search parameters, measured on the Correlates-of-War windows (bin/bench analysis): one worker
     * runs the LP-based strategy with symmetry breaking and cuts, which proves these models fastest
     * (about 0.15 s a window, where CP-SAT's default two-worker portfolio takes seconds); a second
     * adds core-based lower bounding; more workers get CP-SAT's full portfolio, which finds good
     * splits of random graphs that the LP worker alone misses (60 nodes, 400 edges: 98 proven in
     * 3 s with four workers; one worker is still at 108 after 10 s). Presolve costs more
     * than it saves on these small clause models.
     */
    static void configure(SatParameters.Builder parameters, double seconds, int workers) {
        parameters
                .setMaxTimeInSeconds(seconds)
                .setNumWorkers(workers)
                .setCpModelPresolve(false)
                .setLogSearchProgress(false);
        if (workers <= 2) {
            parameters.addSubsolvers("max_lp_sym");
        }
        if (workers == 2) {
            parameters.addSubsolvers("core");
        }
    }

    /**
     * The binary f_e, 1 when edge e is frustrated, tied to the sides of its ends by two clauses: a
     * positive edge is frustrated when its ends differ, a negative one when they agree. Clauses,
     * not the equivalent linear inequalities, because the SAT engine propagates them far faster.
     */
    private BoolVar frustration(CpModel model, int e, BoolVar[] x, byte[] side) {
        BoolVar fe = model.newBoolVar("f" + e);
        Literal u = x[graph.from(e)];
        Literal v = x[graph.to(e)];
        if (graph.sign(e) > 0) {
            model.addBoolOr(new Literal[] {u.not(), v, fe});
            model.addBoolOr(new Literal[] {u, v.not(), fe});
        } else {
            model.addBoolOr(new Literal[] {u, v, fe});
            model.addBoolOr(new Literal[] {u.not(), v.not(), fe});
        }
        model.addHint(fe, FrustrationIndex.isFrustrated(graph, side, e) ? 1 : 0);
        return fe;
    }

    /**
     * Peels the component down to its 2-core: repeatedly removes a node with one remaining edge.
     * Such an edge can always be satisfied afterwards, so it never counts. Returns the peeled edges
     * in peeling order; {@code leafNode} names the node each one removed.
     */
    private int[] peel(Component component) {
        int[] degree = new int[graph.nodeCount()];
        ArrayDeque<Integer> leaves = new ArrayDeque<>();
        for (int v : component.nodes) {
            degree[v] = graph.degree(v);
            if (degree[v] == 1) {
                leaves.add(v);
            }
        }
        leafNode = new int[graph.edgeCount()];
        List<Integer> order = new ArrayList<>();
        boolean[] gone = new boolean[graph.nodeCount()];
        while (!leaves.isEmpty()) {
            int v = leaves.poll();
            if (gone[v] || degree[v] != 1) {
                continue;
            }
            for (int s = graph.firstSlot(v); s < graph.firstSlot(v + 1); s++) {
                int w = graph.neighbour(s);
                if (!gone[w]) {
                    gone[v] = true;
                    order.add(graph.edgeAt(s));
                    leafNode[graph.edgeAt(s)] = v;
                    if (--degree[w] == 1) {
                        leaves.add(w);
                    }
                    break;
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Connected components with at least one edge, each with the edges the split frustrates. */
    private List<Component> components(byte[] side) {
        int n = graph.nodeCount();
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        List<Component> components = new ArrayList<>();
        int[] stack = new int[n];
        for (int root = 0; root < n; root++) {
            if (label[root] >= 0 || graph.degree(root) == 0) {
                continue;
            }
            Component c = new Component();
            List<Integer> members = new ArrayList<>();
            label[root] = components.size();
            int top = 0;
            stack[top++] = root;
            while (top > 0) {
                int v = stack[--top];
                members.add(v);
                for (int s = graph.firstSlot(v); s < graph.firstSlot(v + 1); s++) {
                    int w = graph.neighbour(s);
                    int e = graph.edgeAt(s);
                    if (v < w) {
                        c.edges.add(e);
                        c.frustrated += FrustrationIndex.isFrustrated(graph, side, e) ? 1 : 0;
                    }
                    if (label[w] < 0) {
                        label[w] = components.size();
                        stack[top++] = w;
                    }
                }
            }
            c.nodes = members.stream().mapToInt(Integer::intValue).toArray();
            components.add(c);
        }
        return components;
    }

    private static final class Component {
        private int[] nodes;
        private final List<Integer> edges = new ArrayList<>();
        private int frustrated;
    }
}
