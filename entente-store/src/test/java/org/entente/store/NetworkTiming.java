package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.core.NetworkQuery;
import org.entente.core.RelationKind;
import org.entente.core.Tie;

/**
 * Prints how long the store takes to build the network of one window over a large store: N
 * generated assertions (default 10,000,000) among 200 actors over ten years, written straight into
 * the schema by SQL (building them as Java objects would measure the generator, not the query). A
 * measurement, not a test: {@code bin/bench network [N]}.
 */
public final class NetworkTiming {
    private NetworkTiming() {}

    public static void main(String[] args) throws IOException, SQLException {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path folder = Files.createTempDirectory("entente-network");
        try (Store store = generated(folder, count)) {
            time(store, "one year (2020)", window(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
            time(store, "one month (2020-10)", window(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 31)));
            time(store, "all ten years", NetworkQuery.defaults());
        } finally {
            delete(folder);
        }
    }

    /** A store in {@code folder} filled with {@code count} generated assertions, opened. */
    static Store generated(Path folder, long count) throws IOException, SQLException {
        Path file = folder.resolve("entente.duckdb");
        Store.open(file).close();
        long start = System.nanoTime();
        try (Connection connection = DuckDbStore.connect(file);
                Statement statement = connection.createStatement()) {
            statement.execute(generate(count));
        }
        System.out.printf(
                Locale.ROOT,
                "generated %,d assertions in %.1f s, file %,d MiB%n",
                count,
                seconds(start),
                Files.size(file) >> 20);
        return Store.open(file);
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static NetworkQuery window(LocalDate from, LocalDate to) {
        return NetworkQuery.defaults().window(Optional.of(from), Optional.of(to));
    }

    private static void time(Store store, String label, NetworkQuery query) {
        double best = Double.MAX_VALUE;
        double first = 0;
        List<Tie> ties = List.of();
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            ties = store.network(query);
            double took = seconds(start);
            first = run == 0 ? took : first;
            best = Math.min(best, took);
        }
        System.out.printf(
                Locale.ROOT,
                "network of %-20s %,7d ties  first %.3f s, best of 4 %.3f s%n",
                label,
                ties.size(),
                first,
                best);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * One INSERT ... SELECT over range(count): pairs of 200 actors, skewed so that some dyads are
     * busy; kinds cycled with their default intensities; one assertion in ten undated.
     */
    static String generate(long count) {
        List<RelationKind> kinds = Arrays.asList(RelationKind.values());
        String names = kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
        String intensities =
                kinds.stream().map(k -> String.valueOf(k.defaultIntensity())).collect(Collectors.joining(", "));
        String signs =
                kinds.stream().map(k -> "'" + k.defaultSign().name() + "'").collect(Collectors.joining(", "));
        return "INSERT INTO assertions SELECT"
                + " printf('%016x', i), 'doc' || (i // 1000),"
                + " ['A' || lpad(s::VARCHAR, 3, '0')], ['A' || lpad(((s + 1 + t) % 200)::VARCHAR, 3, '0')],"
                + " ([" + names + "])[k], ([" + signs + "])[k], ([" + intensities + "])[k],"
                + " CASE WHEN i % 10 = 0 THEN NULL ELSE DATE '2015-01-01' + d END,"
                + " CASE WHEN i % 10 = 0 THEN NULL ELSE DATE '2015-01-01' + d END,"
                + " CASE WHEN i % 10 = 0 THEN 'UNKNOWN' ELSE 'DAY' END,"
                + " CASE WHEN i % 10 = 0 THEN 'UNKNOWN' ELSE 'TEXT' END,"
                + " CASE WHEN i % 7 = 0 THEN 'REPORTED' WHEN i % 13 = 0 THEN 'HYPOTHETICAL' ELSE 'ASSERTED' END,"
                + " NULL, 0.8, (i % 1000)::INTEGER, 0, 0, 10, 'Generated.', []::INTEGER[]"
                + " FROM (SELECT i, (hash(i) % 200)::INTEGER AS s, ((hash(i + 1) % 40) * (hash(i + 2) % 199) // 40)::INTEGER AS t,"
                + " (1 + hash(i + 3) % " + kinds.size() + ")::INTEGER AS k, (hash(i + 4) % 3650)::INTEGER AS d"
                + " FROM range(" + count + ") r(i))";
    }
}
