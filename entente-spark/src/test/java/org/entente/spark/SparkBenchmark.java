package org.entente.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.entente.core.Extraction;
import org.entente.core.Extractor;
import org.entente.reader.Readers;
import org.entente.store.Store;

/**
 * The Spark corpus job beside the single-machine ingest path on the same documents, in one
 * process, with one extractor (models loaded and warmed once): the demo briefs and, when
 * ../shared is there, the seed article, each COPIES times as distinct bytes. The ingest path reads
 * and extracts on two threads and stores each extraction in a DuckDB file, as {@code entente
 * ingest} does; the Spark job runs on {@code local[2]} and writes Parquet. Prints sentences/s per
 * core and per CPU-second of each, and their ratio; then the GDELT job on a generated file of ROWS
 * events: rows/s. Run by {@code bin/bench spark [COPIES] [ROWS]}.
 */
final class SparkBenchmark {
    private static final int CORES = 2;

    private SparkBenchmark() {}

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        Path work = Files.createTempDirectory("entente-spark-bench");
        Path corpus = corpus(work.resolve("corpus"), copies);
        long loading = System.nanoTime();
        Extractor extractor = PerJvmExtractor.get(CORES);
        try (Stream<Path> files = Files.list(corpus)) {
            Path first = files.sorted().findFirst().orElseThrow();
            extractor.extract(
                    Readers.read(first.toString(), Files.readAllBytes(first)).document());
        }
        System.out.printf(Locale.ROOT, "models loaded and warmed in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        Rate single = ingest(corpus, work.resolve("bench.duckdb"), extractor);
        SparkSession spark = SparkSession.builder()
                .appName("entente-bench")
                .master("local[" + CORES + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(2 * CORES))
                .getOrCreate();
        try {
            // Spark's first queries plan and compile its code: a fixed cost per JVM, paid here on one
            // document, as the models' load was paid above, so that what follows is throughput.
            Path one = Files.createDirectories(work.resolve("warm-up"));
            try (Stream<Path> files = Files.list(corpus)) {
                Path first = files.sorted().findFirst().orElseThrow();
                Files.copy(first, one.resolve(first.getFileName()));
            }
            long warming = System.nanoTime();
            long warmingCpu = cpuNanos();
            new CorpusJob(spark, SparkTables.ofStore())
                    .run(one.toString(), work.resolve("warm-up-tables").toString());
            System.out.printf(
                    Locale.ROOT,
                    "Spark warmed on one document in %.1f s (%.1f CPU-s)%n",
                    (System.nanoTime() - warming) / 1e9,
                    (cpuNanos() - warmingCpu) / 1e9);
            Rate distributed = corpusJob(spark, corpus, work.resolve("tables"));
            System.out.printf(
                    Locale.ROOT,
                    "ratio Spark / ingest: %.2f per core (wall), %.2f per CPU-second (goal: at least 0.80)%n",
                    distributed.wall() / single.wall(),
                    distributed.cpu() / single.cpu());
            gdelt(spark, work, rows);
        } finally {
            spark.stop();
        }
    }

    /** Sentences per second per core, and per CPU-second of the process. */
    private record Rate(double wall, double cpu) {}

    private static Rate ingest(Path corpus, Path file, Extractor extractor) throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(CORES);
        long started = System.nanoTime();
        long cpu = cpuNanos();
        int sentences = 0;
        try (Store store = Store.open(file)) {
            List<Future<Extraction>> extractions = new ArrayList<>();
            for (Path path : files) {
                extractions.add(pool.submit(() -> extractor.extract(
                        Readers.read(path.toString(), Files.readAllBytes(path)).document())));
            }
            for (Future<Extraction> extraction : extractions) {
                sentences += store.ingest(extraction.get(), false).sentences();
            }
        } finally {
            pool.shutdownNow();
        }
        return report("ingest path (2 threads, DuckDB file)", sentences, started, cpu);
    }

    private static Rate corpusJob(SparkSession spark, Path corpus, Path out) {
        long started = System.nanoTime();
        long cpu = cpuNanos();
        CorpusJob.Report report = new CorpusJob(spark, SparkTables.ofStore()).run(corpus.toString(), out.toString());
        return report("Spark corpus job (local[2], Parquet)", (int) report.sentences(), started, cpu);
    }

    private static Rate report(String what, int sentences, long started, long startedCpu) {
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (cpuNanos() - startedCpu) / 1e9;
        Rate rate = new Rate(sentences / seconds / CORES, sentences / cpuSeconds);
        System.out.printf(
                Locale.ROOT,
                "%s: %d sentences in %.1f s = %.1f sentences/s per core; %.1f CPU-s = %.1f sentences per CPU-second%n",
                what,
                sentences,
                seconds,
                rate.wall(),
                cpuSeconds,
                rate.cpu());
        return rate;
    }

    private static void gdelt(SparkSession spark, Path work, long rows) throws IOException {
        Path file = work.resolve("events.CSV");
        write(file, rows);
        long started = System.nanoTime();
        long cpu = cpuNanos();
        GdeltJob.Report report = new GdeltJob(spark, SparkTables.ofStore())
                .run(List.of(file.toString()), work.resolve("gdelt").toString(), ChronoUnit.MONTHS);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "Spark GDELT job (local[2]): %d rows, %d imported, %d dyads in %.1f s = %.0f rows/s;"
                        + " %.1f CPU-s = %.0f rows per CPU-second%n",
                report.lines(),
                report.imported(),
                report.dyads(),
                seconds,
                report.lines() / seconds,
                cpuSeconds,
                report.lines() / cpuSeconds);
    }

    /** A GDELT 2.0 file of random events among 40 states over four years. */
    private static void write(Path file, long rows) throws IOException {
        String[] states = ("USA RUS CHN IND IRN ARM AZE TUR GEO UKR POL DEU FRA GBR ISR SAU QAT ARE EGY"
                        + " PAK AFG JPN KOR PRK BRA MEX CAN AUS NGA ETH SDN SYR IRQ JOR LBN KAZ UZB ROU SRB HUN")
                .split(" ");
        Random random = new Random(7);
        LocalDate start = LocalDate.of(2020, 1, 1);
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        String[] cells = new String[61];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < rows; i++) {
                Arrays.fill(cells, "");
                int root = 1 + random.nextInt(20);
                cells[0] = String.valueOf(1_000_000_000L + i);
                cells[1] = start.plusDays(random.nextInt(4 * 365)).format(day);
                cells[7] = states[random.nextInt(states.length)];
                cells[17] = states[random.nextInt(states.length)];
                cells[28] = String.format(Locale.ROOT, "%02d", root);
                cells[26] = cells[28] + "0";
                cells[30] = String.format(Locale.ROOT, "%.1f", random.nextInt(201) / 10.0 - 10);
                cells[60] = "https://news.example/" + i;
                out.write(String.join("\t", cells));
                out.write('\n');
            }
        }
    }

    /** The demo briefs and the seed article, each {@code copies} times; copy k ends in k blank lines. */
    private static Path corpus(Path folder, int copies) throws IOException {
        Files.createDirectories(folder);
        List<Path> originals = new ArrayList<>();
        try (Stream<Path> demo = Files.list(Path.of("entente-app/src/main/resources/demo"))) {
            demo.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("index.txt"))
                    .sorted()
                    .forEach(originals::add);
        }
        Path seed = Path.of("../shared/seed");
        if (Files.isDirectory(seed)) {
            try (Stream<Path> texts = Files.list(seed)) {
                texts.filter(p -> p.toString().endsWith(".txt")).forEach(originals::add);
            }
        } else {
            System.out.println("(../shared/seed is absent: the demo briefs only)");
        }
        for (int k = 0; k < copies; k++) {
            for (Path original : originals) {
                byte[] bytes = Files.readAllBytes(original);
                byte[] copy = Arrays.copyOf(bytes, bytes.length + k);
                Arrays.fill(copy, bytes.length, copy.length, (byte) '\n');
                Files.write(folder.resolve(k + "-" + original.getFileName()), copy);
            }
        }
        System.out.printf(Locale.ROOT, "%d documents, %d copies each, %d cores%n", originals.size(), copies, CORES);
        return folder;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
