package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.entente.core.AssertionQuery;
import org.entente.core.Correction;
import org.entente.core.NetworkQuery;
import org.entente.core.Review;
import org.entente.core.Verdict;

/**
 * Prints how long the store takes to read imported GDELT events before and after an analyst's first
 * reviews: a measurement, not a test. Run it with {@code bin/bench reads [ROWS]} (default 2,000,000
 * generated rows, the import benchmark's file). Each read is timed five times; the best and the
 * worst are printed, with what it returned so that both sides of a comparison read the same.
 */
public final class ReviewedReadTiming {
    private static final int TIMES = 5;

    private ReviewedReadTiming() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Path folder = Files.createTempDirectory("entente-reviewed-reads");
        Path file = folder.resolve("20201001.export.CSV");
        ImportTiming.generate(file, rows, 900_000_000L);
        try (Store store = Store.open(folder.resolve("entente.duckdb"))) {
            ImportResult imported = store.importEvents(file, EventFormat.GDELT);
            System.out.printf(Locale.ROOT, "imported %,d of %,d generated events%n", imported.imported(), rows);
            readAll(store, "no reviews");
            store.addReview(new Review.OfAssertion(
                    "r1", "gdelt-900000005", Verdict.REJECTED, Optional.empty(), "", Instant.EPOCH));
            store.addReview(new Review.OfAssertion(
                    "r2",
                    "gdelt-900000007",
                    Verdict.CORRECTED,
                    Optional.of(new Correction(
                            Optional.of(List.of("USA")),
                            Optional.of(List.of("IRN")),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty())),
                    "",
                    Instant.EPOCH));
            readAll(store, "two reviews");
        } finally {
            NetworkTiming.delete(folder);
        }
    }

    private static void readAll(Store store, String when) {
        AssertionQuery between = new AssertionQuery(
                Optional.empty(),
                Optional.of(new AssertionQuery.Pair("USA", "IRN")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                0);
        time(when, "assertions between USA and IRN", () -> store.assertions(between)
                .size());
        time(when, "network of the whole store", () -> store.network(NetworkQuery.defaults())
                .size());
        time(
                when,
                "one assertion by id",
                () -> store.assertion("gdelt-900000011").isPresent() ? 1 : 0);
    }

    private static void time(String when, String what, Supplier<Integer> read) {
        long best = Long.MAX_VALUE;
        long worst = 0;
        int size = 0;
        for (int i = 0; i < TIMES; i++) {
            long start = System.nanoTime();
            size = read.get();
            long took = System.nanoTime() - start;
            best = Math.min(best, took);
            worst = Math.max(worst, took);
        }
        System.out.printf(
                Locale.ROOT, "%s, %s: %,d in %d-%d ms%n", when, what, size, best / 1_000_000, worst / 1_000_000);
    }
}
