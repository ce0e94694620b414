package org.entente.analysis;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark harness, never run as a test ({@code bin/bench analysis}): the exact frustration index
 * of the 51 Correlates-of-War windows (one after another, then two at a time), the exact index of
 * dense 100-node, 2,000-edge graphs, then the triangle census and the heuristic on a random signed
 * graph of 1,000,000 edges (or the count given as the first argument).
 */
public final class BalanceBenchmark {
    private BalanceBenchmark() {}

    public static void main(String[] args) throws Exception {
        Optional<Path> folder = CowWindows.folder();
        if (folder.isPresent()) {
            cow(folder.get());
        } else {
            System.out.println("skipped: " + CowWindows.FOLDER + " is absent");
        }
        dense();
        random(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000);
    }

    private static void cow(Path folder) throws IOException, InterruptedException, ExecutionException {
        Map<String, List<SignedEdge>> windows = CowWindows.windows(folder);
        FrustrationOptions options = FrustrationOptions.defaults().withMaxSeconds(60);
        // Load the solver's native library once, outside the timings.
        FrustrationIndex.exact(SignedGraph.of(windows.values().iterator().next()), options);
        for (int threads : new int[] {1, 2}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            long cpu = cpuNanos();
            List<Future<Frustration>> results = new ArrayList<>();
            for (List<SignedEdge> edges : windows.values()) {
                results.add(pool.submit(() -> FrustrationIndex.exact(SignedGraph.of(edges), options)));
            }
            double slowest = 0;
            int proven = 0;
            for (Future<Frustration> result : results) {
                slowest = Math.max(slowest, result.get().seconds());
                proven += result.get().optimal() ? 1 : 0;
            }
            pool.shutdown();
            System.out.printf(
                    Locale.ROOT,
                    "CoW: exact frustration index of %d windows (%d proven) in %.2f s (CPU %.2f s), slowest %.2f s;"
                            + " %d window(s) at a time, %d solver worker each%n",
                    windows.size(),
                    proven,
                    (System.nanoTime() - started) / 1e9,
                    (cpuNanos() - cpu) / 1e9,
                    slowest,
                    threads,
                    options.workers());
        }
    }

    /** CPU time of the whole process, the solver's native threads included. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void dense() {
        for (double flipped : new double[] {0.1, 0.2, -1}) {
            SignedGraph graph = dense(100, 2000, flipped, new SplittableRandom(5));
            for (int workers : new int[] {FrustrationOptions.defaults().workers()}) {
                FrustrationOptions options =
                        FrustrationOptions.defaults().withMaxSeconds(15).withWorkers(workers);
                Frustration f = FrustrationIndex.exact(graph, options);
                System.out.printf(
                        Locale.ROOT,
                        "dense 100 nodes, 2000 edges, %s: L=%d, bound %d, optimal=%s in %.2f s (%d worker(s))%n",
                        flipped < 0 ? "uniformly random signs" : "2 blocs, " + (int) (flipped * 100) + "% flipped",
                        f.value(),
                        f.lowerBound(),
                        f.optimal(),
                        f.seconds(),
                        workers);
            }
        }
    }

    /** A random graph; signs from a planted two-bloc split with a share flipped, or random if < 0. */
    static SignedGraph dense(int n, int m, double flipped, SplittableRandom random) {
        Set<Long> pairs = new HashSet<>();
        List<SignedEdge> edges = new ArrayList<>(m);
        while (edges.size() < m) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            if (u != v && pairs.add((long) Math.min(u, v) << 32 | Math.max(u, v))) {
                int sign = flipped < 0 ? (random.nextBoolean() ? 1 : -1) : (u % 2 == v % 2 ? 1 : -1);
                if (flipped >= 0 && random.nextDouble() < flipped) {
                    sign = -sign;
                }
                edges.add(new SignedEdge("n" + u, "n" + v, sign));
            }
        }
        return SignedGraph.of(edges);
    }

    private static void random(int m) {
        int n = Math.max(10, m / 10);
        SplittableRandom random = new SplittableRandom(7);
        Set<Long> pairs = new HashSet<>(2 * m);
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
        System.out.printf(
                Locale.ROOT,
                "  heuristic: %d frustrated edges, proven at least %d, in %.2f s%n",
                h.value(),
                h.lowerBound(),
                h.seconds());
    }
}
