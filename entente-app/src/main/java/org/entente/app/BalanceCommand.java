package org.entente.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.analysis.Frustration;
import org.entente.analysis.FrustrationIndex;
import org.entente.analysis.FrustrationOptions;
import org.entente.analysis.SignedEdge;
import org.entente.analysis.SignedGraph;
import org.entente.analysis.SignedNetwork;
import org.entente.analysis.TriangleCensus;
import org.entente.core.InputException;
import org.entente.core.NetworkQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "balance",
        description = {
            "Structural balance of a signed network: triangle census, and the frustration index (the fewest",
            "ties whose removal leaves two blocs, friendly inside and hostile across) with its two blocs.",
            "Reads a tab-separated edge list (from, to, sign, optional window), else the store's network."
        })
final class BalanceCommand implements Callable<Integer> {
    /** Above this many edges the exact solver is not tried: the local search answers instead. */
    static final int EXACT_LIMIT = 50_000;

    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Option(
            names = "--edges",
            paramLabel = "FILE",
            description = "Tab-separated edges: from, to, sign (1 or -1), optional window; a header line is allowed.")
    private Path edges;

    @Option(
            names = "--max-seconds",
            paramLabel = "S",
            defaultValue = "60",
            description = "Time budget of the exact computation per window (default 60); past it, the best"
                    + " blocs found are shown with their bound, marked not optimal.")
    private double maxSeconds;

    @Override
    public Integer call() {
        if (!(maxSeconds > 0) || Double.isInfinite(maxSeconds)) {
            throw new UsageException("--max-seconds must be a positive number, was " + maxSeconds);
        }
        Context context = parent.context();
        Map<String, List<SignedEdge>> windows;
        List<String> problems = List.of();
        if (edges != null) {
            EdgeList list = EdgeList.read(edges);
            problems = list.problems();
            problems.forEach(context.err()::println);
            windows = list.windows();
            if (windows.isEmpty()) {
                throw new InputException(edges + ": no usable edges");
            }
        } else {
            SignedNetwork network = SignedNetwork.of(context.store().network(NetworkQuery.defaults()));
            windows = new LinkedHashMap<>();
            windows.put("", SignedGraph.of(network).edges());
        }
        FrustrationOptions options = FrustrationOptions.defaults().withMaxSeconds(maxSeconds);
        List<Result> results = windows.entrySet().stream()
                .map(w -> analyse(context, w.getKey(), w.getValue(), options))
                .toList();
        if (format.format == Format.JSON) {
            Json.print(context.out(), results.stream().map(Result::view).toList());
        } else {
            print(context, results);
        }
        context.err().flush();
        return problems.isEmpty() ? Cli.OK : Cli.FAILED;
    }

    private static Result analyse(Context context, String window, List<SignedEdge> edges, FrustrationOptions options) {
        long started = System.nanoTime();
        SignedGraph graph = SignedGraph.of(edges);
        String label = window.isEmpty() ? "the network" : "window " + window;
        if (graph.edgeCount() == 0) {
            context.err().println(label + ": no edges left; reported as empty");
        }
        TriangleCensus census = TriangleCensus.of(graph);
        Frustration frustration;
        if (graph.edgeCount() > EXACT_LIMIT) {
            context.err()
                    .println(label + ": " + graph.edgeCount() + " edges, over " + EXACT_LIMIT
                            + ": local search only, not proven optimal");
            frustration = FrustrationIndex.heuristic(graph, options);
        } else {
            frustration = FrustrationIndex.exact(graph, options);
            if (!frustration.optimal()) {
                context.err()
                        .println(label + ": time budget spent; best found " + frustration.value() + ", proven at least "
                                + frustration.lowerBound());
            }
        }
        return new Result(window, graph, census, frustration, (System.nanoTime() - started) / 1e9);
    }

    private static void print(Context context, List<Result> results) {
        Table table = new Table(
                "WINDOW", "NODES", "EDGES", "NEG", "+++", "++-", "+--", "---", "BALANCED", "L", "OPTIMAL", "SECONDS");
        for (Result r : results) {
            TriangleCensus c = r.census;
            table.row(
                    r.window.isEmpty() ? "-" : r.window,
                    r.graph.nodeCount(),
                    r.graph.edgeCount(),
                    r.graph.negativeEdgeCount(),
                    c.allPositive(),
                    c.oneNegative(),
                    c.twoNegative(),
                    c.allNegative(),
                    String.format(Locale.ROOT, "%.4f", c.balancedShare()),
                    r.frustration.optimal()
                            ? r.frustration.value()
                            : r.frustration.value() + " (>= " + r.frustration.lowerBound() + ")",
                    r.frustration.optimal() ? "yes" : "no",
                    String.format(Locale.ROOT, "%.2f", r.seconds));
        }
        table.print(context.out());
        if (results.size() == 1) {
            Frustration f = results.get(0).frustration;
            context.out().println();
            context.out().println("Bloc 1: " + Table.fit(String.join(" ", f.firstBloc()), 400));
            context.out().println("Bloc 2: " + Table.fit(String.join(" ", f.secondBloc()), 400));
            context.out()
                    .println("Frustrated ties: "
                            + Table.fit(
                                    String.join(
                                            " ",
                                            f.frustratedEdges().stream()
                                                    .map(e -> e.first() + (e.negative() ? "-x-" : "---") + e.second())
                                                    .toList()),
                                    400));
        }
    }

    private record Result(
            String window, SignedGraph graph, TriangleCensus census, Frustration frustration, double seconds) {
        View view() {
            Map<String, Long> triangles = new LinkedHashMap<>();
            triangles.put("+++", census.allPositive());
            triangles.put("++-", census.oneNegative());
            triangles.put("+--", census.twoNegative());
            triangles.put("---", census.allNegative());
            return new View(
                    window.isEmpty() ? null : window,
                    graph.nodeCount(),
                    graph.edgeCount(),
                    graph.negativeEdgeCount(),
                    triangles,
                    census.balancedShare(),
                    new FrustrationView(
                            frustration.value(),
                            frustration.lowerBound(),
                            frustration.optimal(),
                            List.of(frustration.firstBloc(), frustration.secondBloc()),
                            frustration.frustratedEdges().stream()
                                    .map(e -> List.of(e.first(), e.second()))
                                    .toList()),
                    seconds);
        }
    }

    record View(
            String window,
            int nodes,
            int edges,
            int negativeEdges,
            Map<String, Long> triangles,
            double balancedShare,
            FrustrationView frustration,
            double seconds) {}

    record FrustrationView(
            int value,
            int lowerBound,
            boolean optimal,
            List<List<String>> partition,
            List<List<String>> frustratedEdges) {}
}
