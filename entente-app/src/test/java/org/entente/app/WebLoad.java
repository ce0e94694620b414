package org.entente.app;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.app.web.Workbench;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Assertion;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.entente.core.Evidence;
import org.entente.core.Extraction;
import org.entente.core.Metadata;
import org.entente.core.Modality;
import org.entente.core.PartialDate;
import org.entente.core.RelationKind;
import org.entente.core.Sentence;
import org.entente.core.Speaker;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;
import org.entente.store.Store;

/**
 * Load on the workbench's API: a generated store of N assertions (default 100,000) among 80 actors
 * over five years, the server on loopback, C concurrent clients (default 50) each sending requests
 * back to back for S seconds (default 10) per endpoint. Prints the first request's latency (computed
 * by the store) and then, for the repeated requests (answered from the server's cache until a write),
 * requests/s, p50, p99 and errors. The year's network is asked for four ways, side by side: with
 * evidence ids as the page asked before, without them as it asks now, gzipped as a browser takes it,
 * and revalidated by its entity tag (a 304 without a body). Clients read every answer whole as bytes.
 * A measurement, not a test: {@code bin/bench web [N] [C] [S]}.
 */
public final class WebLoad {
    private static final int ACTORS = 80;
    private static final int PER_DOCUMENT = 500;

    private WebLoad() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path folder = Files.createTempDirectory("entente-web-load");
        try (Store store = Store.open(folder.resolve("load.duckdb"))) {
            long start = System.nanoTime();
            Random random = new Random(7);
            for (int d = 0; d * PER_DOCUMENT < count; d++) {
                store.ingest(document(d, Math.min(PER_DOCUMENT, count - d * PER_DOCUMENT), random), false);
            }
            System.out.printf(
                    Locale.ROOT, "store: %,d assertions in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
            try (Workbench workbench = Workbench.start(store, "127.0.0.1", 0, new PrintWriter(System.err, true))) {
                URI base = workbench.uri();
                String year = "/api/network?from=2020&to=2020";
                run(base, new Ask(year + "&evidence=1", Way.PLAIN), clients, seconds);
                run(base, new Ask(year, Way.PLAIN), clients, seconds);
                run(base, new Ask(year, Way.GZIP), clients, seconds);
                run(base, new Ask(year, Way.REVALIDATE), clients, seconds);
                run(base, new Ask("/api/network?from=2020-10&to=2020-10", Way.GZIP), clients, seconds);
                run(
                        base,
                        new Ask("/api/assertions?between=a01,a02&from=2020&to=2020&includeRejected=true", Way.GZIP),
                        clients,
                        seconds);
            }
        }
    }

    /** How a client asks: plain JSON, gzip (unzipped on arrival), or again with the tag it holds. */
    enum Way {
        PLAIN,
        GZIP,
        REVALIDATE
    }

    record Ask(String path, Way way) {
        String label() {
            return path + " [" + way.name().toLowerCase(Locale.ROOT) + "]";
        }
    }

    private static void run(URI base, Ask ask, int clients, int seconds) throws Exception {
        ExecutorService clientThreads = Executors.newFixedThreadPool(8);
        try {
            measure(HttpClient.newBuilder().executor(clientThreads).build(), base, ask, clients, seconds);
        } finally {
            clientThreads.shutdown();
        }
    }

    private static HttpRequest request(HttpClient http, URI base, Ask ask) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(ask.path()));
        if (ask.way() == Way.GZIP) {
            builder.header("Accept-Encoding", "gzip");
        }
        long cold = System.nanoTime();
        HttpResponse<byte[]> first = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        System.out.printf(
                Locale.ROOT,
                "%-80s first request (computed): %.1f ms, %,d bytes%n",
                ask.label(),
                (System.nanoTime() - cold) / 1e6,
                first.body().length);
        switch (ask.way()) {
            case REVALIDATE -> builder.header(
                    "If-None-Match", first.headers().firstValue("ETag").orElseThrow());
            case PLAIN, GZIP -> {}
        }
        return builder.build();
    }

    /**
     * Reads the whole answer, as it came over the wire: the client's own work (unzipping, decoding)
     * is left out, since it shares the machine's cores with the server it measures.
     */
    private static int receive(HttpClient http, HttpRequest request) throws java.io.IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    private static void measure(HttpClient http, URI base, Ask ask, int clients, int seconds) throws Exception {
        HttpRequest request = request(http, base, ask);
        int expected = ask.way() == Way.REVALIDATE ? 304 : 200;
        for (int i = 0; i < 20; i++) {
            receive(http, request);
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        if (receive(http, request) != expected) {
                            errors.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-80s %6.0f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %d%n",
                ask.label(),
                sorted.size() / (double) seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                errors.get());
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static Extraction document(int number, int assertions, Random random) {
        String id = Fixtures.sha256("load document " + number);
        List<Block> blocks = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Assertion> list = new ArrayList<>();
        RelationKind[] kinds = {RelationKind.AID, RelationKind.FIGHT, RelationKind.CONSULT, RelationKind.THREATEN};
        for (int i = 0; i < assertions; i++) {
            String source = actor(random.nextInt(ACTORS));
            String target = actor(random.nextInt(ACTORS));
            if (source.equals(target)) {
                target = actor((random.nextInt(ACTORS - 1) + 1 + Integer.parseInt(source.substring(1))) % ACTORS);
            }
            String text = "Generated sentence " + i + " of document " + number + ".";
            blocks.add(Block.of(i, BlockKind.BODY, text));
            sentences.add(new Sentence(i, i, 0, text.length(), text, List.of()));
            RelationKind kind = kinds[random.nextInt(kinds.length)];
            TimeSpan time =
                    TimeSpan.of(PartialDate.month(2018 + random.nextInt(5), 1 + random.nextInt(12)), TimeBasis.TEXT);
            list.add(new Assertion(
                    Assertion.idOf(id, i, List.of(source), List.of(target), kind),
                    List.of(source),
                    List.of(target),
                    kind,
                    kind.defaultSign(),
                    kind.defaultIntensity(),
                    time,
                    Modality.ASSERTED,
                    Speaker.author(),
                    0.9,
                    new Evidence(id, i, i, 0, text.length(), text, List.of(), List.of())));
        }
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < ACTORS; a++) {
            actors.add(new Actor(actor(a), "Actor " + a, ActorType.ORGANISATION, List.of(), List.of()));
        }
        Document document = new Document(id, "load/" + number + ".txt", Metadata.none(), blocks, List.of());
        return new Extraction(document, sentences, actors, list);
    }

    private static String actor(int n) {
        return String.format(Locale.ROOT, "a%02d", n);
    }
}
