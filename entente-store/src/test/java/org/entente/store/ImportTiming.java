package org.entente.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Prints how fast the store imports a generated GDELT 2.0 file: a measurement, not a test. Run it
 * with {@code bin/bench import [ROWS]} (default 2,000,000 rows); it imports the file into a fresh
 * store three times over (a new store each time) and prints, for each run, rows per second of wall
 * time and per second of the process's CPU time (which a loaded, shared machine distorts less).
 * Then it imports the same number of rows cut into files of 5,000 rows, about the size of GDELT
 * 2.0's fifteen-minute exports, in one call into one store, as {@code import} does with a folder
 * of them (the store reads them together and writes each in its own transaction).
 */
public final class ImportTiming {
    private static final String[] STATES = {
        "USA", "RUS", "CHN", "IRN", "TUR", "ARM", "AZE", "IND", "PAK", "FRA", "DEU", "GBR", "ISR", "SAU", "QAT", "UKR",
        "JPN", "KOR", "BRA", "EGY", "ROM", ""
    };

    private ImportTiming() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Path folder = Files.createTempDirectory("entente-import-timing");
        Path file = folder.resolve("20201001.export.CSV");
        long generating = System.nanoTime();
        generate(file, rows, 900_000_000L);
        System.out.printf(
                "generated %,d GDELT 2.0 rows (%,d MiB) in %d ms%n",
                rows, Files.size(file) >> 20, (System.nanoTime() - generating) / 1_000_000);
        for (int run = 1; run <= 3; run++) {
            Path db = folder.resolve("run" + run + ".duckdb");
            try (Store store = Store.open(db)) {
                long cpu = cpuNanos();
                long start = System.nanoTime();
                ImportResult result = store.importEvents(file, EventFormat.GDELT);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (cpuNanos() - cpu) / 1e9;
                System.out.printf(
                        "run %d: %,d rows read, %,d imported, %,d without two states, in %.2f s: %,.0f rows/s;"
                                + " %.2f CPU-s: %,.0f rows per CPU-second%n",
                        run,
                        result.rows(),
                        result.imported(),
                        result.withoutActors(),
                        seconds,
                        result.rows() / seconds,
                        cpuSeconds,
                        result.rows() / cpuSeconds);
            }
            Files.deleteIfExists(db);
        }
        Files.deleteIfExists(file);
        importSmallFiles(folder, rows);
    }

    private static void importSmallFiles(Path folder, int rows) throws IOException {
        int perFile = 5_000;
        int files = Math.max(1, rows / perFile);
        Path[] parts = new Path[files];
        for (int f = 0; f < files; f++) {
            parts[f] = folder.resolve(String.format("2020100%d%04d.export.CSV", 1 + f % 9, f));
            generate(parts[f], perFile, 900_000_000L + (long) f * perFile);
        }
        Path db = folder.resolve("small.duckdb");
        try (Store store = Store.open(db)) {
            long cpu = cpuNanos();
            long start = System.nanoTime();
            long[] read = new long[1];
            store.importEvents(
                    List.of(parts),
                    EventFormat.GDELT,
                    outcome -> read[0] += outcome.result().orElseThrow().rows());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
            System.out.printf(
                    "%,d files of %,d rows: %,d rows read in %.2f s: %,.0f rows/s, %.1f files/s;"
                            + " %.2f CPU-s: %,.0f rows per CPU-second%n",
                    files,
                    perFile,
                    read[0],
                    seconds,
                    read[0] / seconds,
                    files / seconds,
                    cpuSeconds,
                    read[0] / cpuSeconds);
        }
        for (Path part : parts) {
            Files.deleteIfExists(part);
        }
        Files.deleteIfExists(db);
    }

    /** The CPU time of the whole process, the database's native threads included. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void generate(Path file, int rows, long firstId) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < rows; i++) {
                String root = String.format("%02d", 1 + random.nextInt(20));
                String code = root + random.nextInt(10);
                double goldstein = Math.round((random.nextDouble() * 20 - 10) * 10) / 10.0;
                String day = String.format("202010%02d", 1 + random.nextInt(28));
                out.write(GdeltRows.row(
                        61,
                        firstId + i,
                        day,
                        STATES[random.nextInt(STATES.length)],
                        STATES[random.nextInt(STATES.length)],
                        code,
                        Double.toString(goldstein)));
                out.write('\n');
            }
        }
    }
}
