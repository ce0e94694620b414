package org.entente.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Benchmark harness, never run as a test ({@code bin/bench analysis}): the exact frustration index
 * of the 51 Correlates-of-War windows, then the triangle census and the heuristic on a random signed
 * graph of 1,000,000 edges (or the count given as the first argument).
 */
public final class BalanceBenchmark {
    private BalanceBenchmark() {}

    public static void main(String[] args) throws IOException {
        Optional<Path> folder = CowWindows.folder();
        if (folder.isPresent()) {
            cow(folder.get());
        } else {
            System.out.println("skipped: " + CowWindows.FOLDER + " is absent");
        }
        random(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000);
    }

    private static void cow(Path folder) throws IOException {
        Map<String, List<SignedEdge>> windows = CowWindows.windows(folder);
        FrustrationOptions options = FrustrationOptions.defaults().withMaxSeconds(60);
        long started = System.nanoTime();
        double slowest = 0;
        int proven = 0;
        for (Map.Entry<String, List<SignedEdge>> window : windows.entrySet()) {
            Frustration f = FrustrationIndex.exact(SignedGraph.of(window.getValue()), options);
            slowest = Math.max(slowest, f.seconds());
            proven += f.optimal() ? 1 : 0;
            System.out.printf(
                    Locale.ROOT,
                    "  %s  L=%d  optimal=%s  %.2f s%n",
                    window.getKey(),
                    f.value(),
                    f.optimal(),
                    f.seconds());
        }
        System.out.printf(
                Locale.ROOT,
                "CoW: exact frustration index of %d windows (%d proven) in %.2f s, slowest %.2f s, %d workers%n",
                windows.size(),
                proven,
                (System.nanoTime() - started) / 1e9,
                slowest,
                options.workers());
    }

    private static void random(int m) {
        int n = Math.max(10, m / 10);
        SplittableRandom random = new SplittableRandom(7);
        java.util.Set<Long> pairs = new java.util.HashSet<>(2 * m);
        List<SignedEdge> edges = new ArrayList<>(m);
        while (edges.size() < m) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            if (u != v && pairs.add((long) Math.min(u, v) << 32 | Math.max(u, v))) {
                edges.add(new SignedEdge("n" + u, "n" + v, random.nextInt(4) == 0 ? -1 : 1));
            }
        }
        SignedGraph graph = SignedGraph.of(edges);
        long started = System.nanoTime();
        TriangleCensus census = TriangleCensus.of(graph);
        System.out.printf(
                Locale.ROOT,
                "random graph, %d nodes, %d edges: triangle census (%d triangles) in %.2f s%n",
                n,
                m,
                census.total(),
                (System.nanoTime() - started) / 1e9);
        Frustration h =
                FrustrationIndex.heuristic(graph, FrustrationOptions.defaults().withMaxSeconds(50));
        System.out.printf(Locale.ROOT, "  heuristic: %d frustrated edges in %.2f s%n", h.value(), h.seconds());
    }
}
