package org.entente.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * First paint of the workbench for a window of A active actors (default 500): a generated store in
 * which each actor has ties to about eight others within 2020, the server on loopback, and the page
 * loaded in headless Chromium (Debian's chromium and chromium-driver) five times. Prints the
 * milliseconds from asking for the page until {@code #cy} carries {@code data-ready}, which app.js
 * sets once the graph's layout has finished. The server first warms up as {@code serve} does
 * ({@link Workbench#warmUp}), unless {@code --no-warm-up} is given: then the first load is cold
 * (server cache empty, JVM and store untouched); the others are warm. A measurement, not a test:
 * {@code bin/bench paint [A] [--no-warm-up]}.
 */
public final class WebFirstPaint {
    private static final int TIES_PER_ACTOR = 8;
    private static final int PER_TIE = 3;

    private WebFirstPaint() {}

    public static void main(String[] args) throws Exception {
        int actors = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        boolean warmUp = !List.of(args).contains("--no-warm-up");
        Path folder = Files.createTempDirectory("entente-first-paint");
        try (Store store = Store.open(folder.resolve("paint.duckdb"))) {
            store.ingest(document(actors, new Random(11)), false);
            try (Workbench workbench = Workbench.start(store, "127.0.0.1", 0, new PrintWriter(System.err, true))) {
                if (warmUp) {
                    System.out.printf(
                            Locale.ROOT,
                            "the server's warm-up, as serve does it: %,d ms%n",
                            workbench.warmUp().join().toMillis());
                }
                ChromeDriver browser = Chromium.start();
                try {
                    for (int run = 0; run < 5; run++) {
                        long start = System.nanoTime();
                        browser.get(workbench.uri().toString());
                        awaitReady(browser);
                        long ms = (System.nanoTime() - start) / 1_000_000;
                        Object drawn = browser.executeScript("return window.entente.cy.nodes().length + ' actors, '"
                                + " + window.entente.cy.edges().length + ' ties';");
                        System.out.printf(
                                Locale.ROOT,
                                "first paint, %s load: %,d ms (%s)%n",
                                run > 0 ? "warm" : warmUp ? "first (after the warm-up)" : "cold (no warm-up)",
                                ms,
                                drawn);
                        System.out.println("  "
                                + browser.executeScript("return performance.getEntriesByType('resource')"
                                        + ".filter(e => e.name.includes('/api/'))"
                                        + ".map(e => e.name.replace(/^.*\\/api\\//, '') + ' '"
                                        + " + Math.round(e.responseEnd - e.startTime) + ' ms').join(', ')"
                                        + " + '; page loaded at ' + Math.round(performance.getEntriesByType('navigation')[0]"
                                        + ".domContentLoadedEventEnd) + ' ms, network arrived at '"
                                        + " + Math.round(window.entente.timings.network) + ' ms, added at '"
                                        + " + Math.round(window.entente.timings.added) + ' ms, laid out at '"
                                        + " + Math.round(window.entente.timings.rendered) + ' ms, drawn at '"
                                        + " + Math.round(window.entente.timings.drawn) + ' ms';"));
                    }
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private static void awaitReady(ChromeDriver browser) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Boolean.TRUE.equals(
                browser.executeScript("const c = document.getElementById('cy'); return !!(c && c.dataset.ready);"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the graph was not drawn within 60 s");
            }
            Thread.sleep(20);
        }
    }

    /** One document whose assertions tie each actor to about eight others, all in 2020. */
    private static Extraction document(int actors, Random random) {
        String id = Fixtures.sha256("first paint " + actors);
        List<Block> blocks = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Assertion> assertions = new ArrayList<>();
        RelationKind[] kinds = {RelationKind.AID, RelationKind.FIGHT, RelationKind.CONSULT, RelationKind.THREATEN};
        int i = 0;
        for (int a = 0; a < actors; a++) {
            for (int t = 0; t < TIES_PER_ACTOR / 2; t++) {
                String source = actor(a);
                String target = actor((a + 1 + random.nextInt(actors - 1)) % actors);
                RelationKind kind = kinds[random.nextInt(kinds.length)];
                for (int k = 0; k < PER_TIE; k++, i++) {
                    String text = "Generated sentence " + i + ".";
                    blocks.add(Block.of(i, BlockKind.BODY, text));
                    sentences.add(new Sentence(i, i, 0, text.length(), text, List.of()));
                    assertions.add(new Assertion(
                            Assertion.idOf(id, i, List.of(source), List.of(target), kind),
                            List.of(source),
                            List.of(target),
                            kind,
                            kind.defaultSign(),
                            kind.defaultIntensity(),
                            TimeSpan.of(PartialDate.month(2020, 1 + random.nextInt(12)), TimeBasis.TEXT),
                            Modality.ASSERTED,
                            Speaker.author(),
                            0.9,
                            new Evidence(id, i, i, 0, text.length(), text, List.of(), List.of())));
                }
            }
        }
        List<Actor> list = new ArrayList<>();
        ActorType[] types = {ActorType.PERSON, ActorType.ORGANISATION, ActorType.MEDIA_OUTLET, ActorType.IGO};
        for (int a = 0; a < actors; a++) {
            list.add(new Actor(actor(a), "Actor " + a, types[a % types.length], List.of(), List.of()));
        }
        Document document = new Document(id, "paint/" + actors + ".txt", Metadata.none(), blocks, List.of());
        return new Extraction(document, sentences, list, assertions);
    }

    private static String actor(int n) {
        return String.format(Locale.ROOT, "p%03d", n);
    }
}
