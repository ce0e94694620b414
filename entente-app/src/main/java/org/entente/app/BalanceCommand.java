package org.entente.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.analysis.BlocPartition;
import org.entente.analysis.Blocs;
import org.entente.analysis.Frustration;
import org.entente.analysis.FrustrationIndex;
import org.entente.analysis.FrustrationOptions;
import org.entente.analysis.SignedEdge;
import org.entente.analysis.SignedGraph;
import org.entente.analysis.SignedNetwork;
import org.entente.analysis.TriangleCensus;
import org.entente.core.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "balance",
        description = {
            "Structural balance of a signed network: triangle census, and the frustration index (the fewest",
            "ties whose removal leaves two blocs, friendly inside and hostile across) with its two blocs.",
            "Reads an edge list (from, to, sign, optional window) or a Pajek network, else the store's network.",
            "With --blocs K, also the best partition into at most K blocs."
        })
final class BalanceCommand implements Callable<Integer> {
    /** Above this many edges the exact solver is not tried: the local search answers instead. */
    static final int EXACT_LIMIT = 50_000;

    /** Above this many edges k-bloc partitions come from local search only. */
    static final int BLOC_EXACT_LIMIT = 5_000;

    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Mixin
    private WindowOptions window;

    @Option(
            names = "--edges",
            paramLabel = "FILE",
            description =
                    "Edges: from, to, sign (1 or -1), optional window, separated by tabs (else commas, else spaces); a header"
                            + " line is allowed. A Pajek .net file is read too, each tie signed by its weight.")
    private Path edges;

    @Option(
            names = "--max-seconds",
            paramLabel = "S",
            defaultValue = "60",
            description = "Time budget of the exact computation per window (default 60); past it, the best"
                    + " blocs found are shown with their bound, marked not optimal.")
    private double maxSeconds;

    @Option(
            names = "--blocs",
            paramLabel = "K",
            description = "Also partition the actors into at most K blocs (signed blockmodeling): the fewest"
                    + " negative ties inside blocs and positive ties between them.")
    private Integer blocs;

    @Option(
            names = "--alpha",
            paramLabel = "A",
            defaultValue = "0.5",
            description = "With --blocs: the weight of a negative tie inside a bloc, 1 - A that of a positive"
                    + " tie between blocs (default 0.5).")
    private double alpha;

    @Override
    public Integer call() {
        if (!(maxSeconds > 0) || Double.isInfinite(maxSeconds)) {
            throw new UsageException("--max-seconds must be a positive number, was " + maxSeconds);
        }
        if (blocs != null && blocs < 1) {
            throw new UsageException("--blocs must be at least 1, was " + blocs);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new UsageException("--alpha must lie strictly between 0 and 1, was " + alpha);
        }
        Context context = parent.context();
        Map<String, List<SignedEdge>> windows;
        List<String> problems = List.of();
        if (edges != null && window.isGiven()) {
            throw new UsageException("the window and filters choose from the store's network; an edge file has its"
                    + " own windows, so give either --edges or the window options");
        }
        if (edges != null) {
            EdgeList list = EdgeList.read(edges);
            problems = list.problems();
            problems.forEach(context.err()::println);
            windows = list.windows();
            if (windows.values().stream().allMatch(List::isEmpty)) {
                throw new InputException(edges + ": no usable edges");
            }
        } else {
            SignedNetwork network = SignedNetwork.of(context.store().network(window.query(context.store())));
            windows = new LinkedHashMap<>();
            windows.put("", SignedGraph.of(network).edges());
        }
        FrustrationOptions options = FrustrationOptions.defaults().withMaxSeconds(maxSeconds);
        List<Result> results = windows.entrySet().stream()
                .map(w -> analyse(context, w.getKey(), w.getValue(), options, blocs == null ? 0 : blocs, alpha))
                .toList();
        if (format.format == Format.JSON) {
            Json.print(context.out(), results.stream().map(Result::view).toList());
        } else {
            print(context, results);
        }
        context.err().flush();
        return problems.isEmpty() ? Cli.OK : Cli.FAILED;
    }

    private static Result analyse(
            Context context, String window, List<SignedEdge> edges, FrustrationOptions options, int k, double alpha) {
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
                    .println(label + ": " + graph.edgeCount() + " edges, over " + EXACT_LIMIT + ": local search only");
            frustration = FrustrationIndex.heuristic(graph, options);
            if (!frustration.optimal()) {
                context.err()
                        .println(label + ": not proven optimal; best found " + frustration.value()
                                + ", proven at least " + frustration.lowerBound());
            }
        } else {
            frustration = FrustrationIndex.exact(graph, options);
            if (!frustration.optimal()) {
                context.err()
                        .println(label + ": time budget spent; best found " + frustration.value() + ", proven at least "
                                + frustration.lowerBound());
            }
        }
        Optional<BlocPartition> partition =
                k == 0 ? Optional.empty() : Optional.of(blocs(context, label, graph, k, alpha, options));
        return new Result(window, graph, census, frustration, partition, (System.nanoTime() - started) / 1e9);
    }

    private static BlocPartition blocs(
            Context context, String label, SignedGraph graph, int k, double alpha, FrustrationOptions options) {
        if (graph.edgeCount() > BLOC_EXACT_LIMIT) {
            context.err()
                    .println(label + ": " + graph.edgeCount() + " edges, over " + BLOC_EXACT_LIMIT
                            + ": blocs by local search only, not proven optimal");
            return Blocs.heuristic(graph, k, alpha, options);
        }
        BlocPartition partition = Blocs.exact(graph, k, alpha, options);
        if (!partition.optimal()) {
            context.err()
                    .println(String.format(
                            Locale.ROOT,
                            "%s: time budget spent on the blocs; best found %.4f, proven at least %.4f",
                            label,
                            partition.error(),
                            partition.lowerBound()));
        }
        return partition;
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
            results.get(0).blocs.ifPresent(p -> printBlocs(context, p));
        }
    }

    private static void printBlocs(Context context, BlocPartition p) {
        context.out().println();
        context.out()
                .println(String.format(
                        Locale.ROOT,
                        "%d blocs, error %.4f%s (%d negative ties inside, %d positive ties between)",
                        p.blocs().size(),
                        p.error(),
                        p.optimal()
                                ? ", optimal"
                                : String.format(Locale.ROOT, ", proven at least %.4f", p.lowerBound()),
                        p.negativeWithin(),
                        p.positiveBetween()));
        for (int i = 0; i < p.blocs().size(); i++) {
            context.out()
                    .println("Partition bloc " + (i + 1) + ": "
                            + Table.fit(String.join(" ", p.blocs().get(i)), 400));
        }
    }

    private record Result(
            String window,
            SignedGraph graph,
            TriangleCensus census,
            Frustration frustration,
            Optional<BlocPartition> blocs,
            double seconds) {
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
                    blocs.map(BlocsView::of).orElse(null),
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
            BlocsView blocs,
            double seconds) {}

    record BlocsView(
            List<List<String>> blocs,
            int negativeWithin,
            int positiveBetween,
            double error,
            double lowerBound,
            boolean optimal) {
        static BlocsView of(BlocPartition p) {
            return new BlocsView(
                    p.blocs(), p.negativeWithin(), p.positiveBetween(), p.error(), p.lowerBound(), p.optimal());
        }
    }

    record FrustrationView(
            int value,
            int lowerBound,
            boolean optimal,
            List<List<String>> partition,
            List<List<String>> frustratedEdges) {}
}
