package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.core.NetworkQuery;

/**
 * Prints how long the store takes to aggregate N events (default 50,000,000) into the dyads of
 * every month, and of every year, in one pass each ({@link Store#networks}): the ties of each
 * period with their weight, counts, latest day and strongest evidence. The events are generated
 * straight into the schema by SQL, as {@link NetworkTiming} does, shaped like imported event data:
 * one source and one target each, among 200 actors over ten years. A measurement, not a test:
 * {@code bin/bench dyads [N]}.
 */
public final class DyadTiming {
    private DyadTiming() {}

    public static void main(String[] args) throws IOException, SQLException {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 50_000_000L;
        Path folder = Files.createTempDirectory("entente-dyads");
        try (Store store = NetworkTiming.generated(folder, count)) {
            for (int run = 1; run <= 2; run++) {
                time(store, ChronoUnit.MONTHS, run);
                time(store, ChronoUnit.YEARS, run);
            }
        } finally {
            NetworkTiming.delete(folder);
        }
    }

    private static void time(Store store, ChronoUnit per, int run) {
        AtomicLong periods = new AtomicLong();
        AtomicLong ties = new AtomicLong();
        long start = System.nanoTime();
        store.networks(NetworkQuery.defaults(), per, (period, slice) -> {
            periods.incrementAndGet();
            ties.addAndGet(slice.size());
        });
        System.out.printf(
                Locale.ROOT,
                "run %d: dyads per %-6s %,5d periods, %,10d ties in %.1f s%n",
                run,
                per.name().toLowerCase(Locale.ROOT).replaceAll("s$", ""),
                periods.get(),
                ties.get(),
                seconds(start));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
