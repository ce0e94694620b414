package org.entente.analysis;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.List;

/**
 * The k-bloc model (see {@link Blocs}) on OR-Tools CP-SAT: x[v][c] when node v is in bloc c, one
 * bloc per node; a positive tie u-v is broken when some bloc holds u but not v, a negative one when
 * some bloc holds both; minimise the weighted broken ties. Blocs are interchangeable, so node i
 * (in graph order) may only use blocs 0..i: any partition, relabelled by first appearance, fits.
 * Nothing of OR-Tools leaves this class.
 */
final class CpSatBlocs {
    private final SignedGraph graph;
    private final BlocCost cost;
    private final int k;
    private final int workers;

    CpSatBlocs(SignedGraph graph, BlocCost cost, int k, int workers) {
        this.graph = graph;
        this.cost = cost;
        this.k = k;
        this.workers = workers;
    }

    /**
     * Improves the partition {@code bloc} in place until {@code deadline} (System.nanoTime) and
     * returns a lower bound on its error.
     */
    double improve(int[] bloc, long deadline) {
        double seconds = (deadline - System.nanoTime()) / 1e9;
        if (graph.edgeCount() == 0 || k == 1 || seconds <= 0.001) {
            return k == 1 || graph.edgeCount() == 0 ? current(bloc) : 0;
        }
        CpSatSolver.load();
        relabel(bloc);
        CpModel model = new CpModel();
        BoolVar[][] x = new BoolVar[graph.nodeCount()][];
        for (int v = 0; v < graph.nodeCount(); v++) {
            x[v] = new BoolVar[Math.min(k, v + 1)];
            for (int c = 0; c < x[v].length; c++) {
                x[v][c] = model.newBoolVar("x" + v + "_" + c);
                model.addHint(x[v][c], bloc[v] == c ? 1 : 0);
            }
            model.addExactlyOne(x[v]);
        }
        List<BoolVar> broken = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            broken.add(brokenTie(model, x, e, bloc));
            weights.add((long) (graph.sign(e) > 0 ? cost.positive() : cost.negative()));
        }
        model.minimize(LinearExpr.weightedSum(
                broken.toArray(new BoolVar[0]),
                weights.stream().mapToLong(Long::longValue).toArray()));
        CpSolver solver = new CpSolver();
        CpSatSolver.configure(solver.getParameters(), seconds, workers);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return 0;
        }
        if (solver.objectiveValue() < current(bloc) * BlocCost.SCALE - 0.5) {
            for (int v = 0; v < graph.nodeCount(); v++) {
                for (int c = 0; c < x[v].length; c++) {
                    bloc[v] = solver.booleanValue(x[v][c]) ? c : bloc[v];
                }
            }
        }
        return Math.ceil(solver.bestObjectiveBound() - 1e-6) / BlocCost.SCALE;
    }

    private BoolVar brokenTie(CpModel model, BoolVar[][] x, int e, int[] bloc) {
        BoolVar b = model.newBoolVar("b" + e);
        BoolVar[] u = x[graph.from(e)];
        BoolVar[] v = x[graph.to(e)];
        for (int c = 0; c < Math.max(u.length, v.length); c++) {
            if (graph.sign(e) > 0) {
                // u in c and v not, or v in c and u not.
                addBreak(model, c < u.length ? u[c] : null, c < v.length ? v[c] : null, b);
                addBreak(model, c < v.length ? v[c] : null, c < u.length ? u[c] : null, b);
            } else if (c < u.length && c < v.length) {
                model.addBoolOr(new Literal[] {u[c].not(), v[c].not(), b});
            }
        }
        boolean within = bloc[graph.from(e)] == bloc[graph.to(e)];
        model.addHint(b, cost.of(graph, e, within) > 0 ? 1 : 0);
        return b;
    }

    /** in -> (out or broken); a missing variable is a bloc the node cannot join (false). */
    private static void addBreak(CpModel model, BoolVar in, BoolVar out, BoolVar broken) {
        if (in == null) {
            return;
        }
        model.addBoolOr(out == null ? new Literal[] {in.not(), broken} : new Literal[] {in.not(), out, broken});
    }

    /** Renames blocs by first appearance in graph order, so node i's bloc is at most i. */
    private void relabel(int[] bloc) {
        int[] name = new int[k];
        java.util.Arrays.fill(name, -1);
        int next = 0;
        for (int v = 0; v < bloc.length; v++) {
            if (name[bloc[v]] < 0) {
                name[bloc[v]] = next++;
            }
            bloc[v] = name[bloc[v]];
        }
    }

    private double current(int[] bloc) {
        long sum = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            sum += cost.of(graph, e, bloc[graph.from(e)] == bloc[graph.to(e)]);
        }
        return (double) sum / BlocCost.SCALE;
    }
}
