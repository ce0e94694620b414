package org.entente.reader;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import org.entente.core.Document;
import org.entente.core.DocumentReader;

/**
 * Throughput of the plain-text path, run by hand with {@code bin/bench reader [MB]}, never as a test.
 * After a warm-up it reads the seed article (or, without ../shared, the fixtures) repeated to about
 * 5, MB (default 20) and three times MB megabytes (at most 60: a reader refuses more than 64 MiB) as
 * one file, then MB megabytes as separate documents of the seed's size in five rounds, after a
 * warm-up of their own that goes on until a round of documents passes with the JIT (nearly) idle:
 * one file holds few footnotes, so the citation path is compiled only once separate documents come,
 * and on a loaded machine the compiler threads take seconds; without that warm-up the first rounds
 * time the compiler's queue, not the reader. It prints
 * MB/s by the wall clock and by this thread's CPU time ("on one core", whatever else the machine
 * runs), the best and the median of repeated runs (a shared machine makes single runs noisy), the
 * load average beside them, and whether the time is linear in the size: the larger files must read
 * at no less than {@value #LINEAR} of the 5 MB rate. The bound is loose because single runs on a
 * shared machine vary by a third; a quadratic pass would read 60 MB at a twelfth of that rate.
 */
public final class ReaderBenchmark {
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 5;
    private static final double LINEAR = 0.5;
    private static final double GOAL = 20;
    private static final int MAX_MB = 60;
    private static final int SETTLE_MB = 4;
    private static final int SETTLE_MS = 10;
    private static final int MAX_SETTLE_ROUNDS = 25;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReaderBenchmark() {}

    public static void main(String[] args) throws IOException {
        int megabytes = Math.min(MAX_MB, args.length > 0 ? Integer.parseInt(args[0]) : 20);
        byte[] unit = unit();
        DocumentReader reader = Readers.forFile("bench.txt");
        System.out.printf(Locale.ROOT, "load average %.1f on %d cores%n", load(), cores());
        for (int i = 0; i < WARM_UP; i++) {
            reader.read("warm-up.txt", repeat(unit, 5));
        }
        separateDocuments(reader, unit, megabytes, 1);
        double small = oneFile(reader, unit, 5, 3);
        double middle = oneFile(reader, unit, megabytes, 2);
        double large = oneFile(reader, unit, Math.min(MAX_MB, 3 * megabytes), 1);
        warmUpDocuments(reader, unit);
        double[] documents = separateDocuments(reader, unit, megabytes, ROUNDS);
        System.out.printf(
                Locale.ROOT,
                "linear in size: %s (%d MB at %.2f and %d MB at %.2f of the 5 MB rate)%n",
                middle >= LINEAR * small && large >= LINEAR * small ? "yes" : "NO",
                megabytes,
                middle / small,
                Math.min(MAX_MB, 3 * megabytes),
                large / small);
        System.out.printf(
                Locale.ROOT,
                "goal %.0f MB/s on one core: one file of %d MB %s (best %.1f), separate documents %s (median %.1f,"
                        + " best %.1f); load average %.1f%n",
                GOAL,
                megabytes,
                middle >= GOAL ? "met" : "NOT met",
                middle,
                median(documents) >= GOAL ? "met" : "NOT met",
                median(documents),
                max(documents),
                load());
    }

    /** Reads the unit repeated to about {@code megabytes} as one file, {@code runs} times; the best MB/s on one core. */
    private static double oneFile(DocumentReader reader, byte[] unit, int megabytes, int runs) {
        byte[] content = repeat(unit, megabytes);
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        int blocks = 0;
        int footnotes = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            Document document = reader.read("bench.txt", content);
            blocks = document.blocks().size();
            footnotes = document.footnotes().size();
            cpu[run] = rate(content.length, CPU.getCurrentThreadCpuTime() - cpuStart);
            wall[run] = rate(content.length, System.nanoTime() - start);
        }
        print("one file", content.length, runs, wall, cpu);
        System.out.printf(Locale.ROOT, "%28s %d blocks, %d footnotes%n", "", blocks, footnotes);
        return max(cpu);
    }

    /** Reads the unit as separate documents, {@code megabytes} in all, in rounds; their MB/s on one core. */
    private static double[] separateDocuments(DocumentReader reader, byte[] unit, int megabytes, int rounds) {
        long perRound = ((long) megabytes << 20) / rounds;
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        long total = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long bytes = 0;
            while (bytes < perRound) {
                reader.read("seed.txt", unit);
                bytes += unit.length;
            }
            cpu[round] = rate(bytes, CPU.getCurrentThreadCpuTime() - cpuStart);
            wall[round] = rate(bytes, System.nanoTime() - start);
            total += bytes;
        }
        print(rounds == 1 ? "warm-up, documents" : "separate documents", total, rounds, wall, cpu);
        return cpu;
    }

    /**
     * Reads separate documents in rounds of {@value #SETTLE_MB} MB until one passes in which the JIT
     * compiled for less than {@value #SETTLE_MS} ms, or for at most {@value #MAX_SETTLE_ROUNDS} rounds.
     */
    private static void warmUpDocuments(DocumentReader reader, byte[] unit) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int rounds = 0;
        long compiled;
        do {
            long before = jit.getTotalCompilationTime();
            for (long bytes = 0; bytes < (long) SETTLE_MB << 20; bytes += unit.length) {
                reader.read("seed.txt", unit);
            }
            compiled = jit.getTotalCompilationTime() - before;
            rounds++;
        } while (compiled >= SETTLE_MS && rounds < MAX_SETTLE_ROUNDS);
        System.out.printf(
                Locale.ROOT,
                "%-20s %6d MB: the JIT compiled for %d ms in the last round%n",
                "warm-up, documents",
                rounds * SETTLE_MB,
                compiled);
    }

    private static double rate(long bytes, long nanos) {
        return bytes / (double) (1 << 20) / (nanos / 1e9);
    }

    /** Prints MB/s by the wall clock and on one core: the only figure, or the best and the median of the runs. */
    private static void print(String label, long bytes, int runs, double[] wall, double[] cpu) {
        double mb = bytes / (double) (1 << 20);
        if (runs == 1) {
            System.out.printf(
                    Locale.ROOT,
                    "%-20s %6.1f MB: %6.1f MB/s wall, %6.1f MB/s on one core%n",
                    label,
                    mb,
                    wall[0],
                    cpu[0]);
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "%-20s %6.1f MB: %6.1f MB/s wall, %6.1f MB/s on one core (best of %d; median %.1f)%n",
                label,
                mb,
                max(wall),
                max(cpu),
                runs,
                median(cpu));
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static byte[] unit() throws IOException {
        var seed = Fixtures.seed();
        if (seed.isPresent()) {
            return Files.readAllBytes(seed.get());
        }
        StringBuilder text = new StringBuilder();
        for (String name :
                new String[] {"footnotes.txt", "caption.txt", "pullquote.txt", "markers.txt", "headings.txt"}) {
            text.append(new String(Fixtures.bytes(name), StandardCharsets.UTF_8))
                    .append("\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeat(byte[] unit, int megabytes) {
        int copies = (int) Math.max(1, ((long) megabytes << 20) / unit.length);
        byte[] out = new byte[copies * (unit.length + 2)];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(unit, 0, out, i * (unit.length + 2), unit.length);
            out[i * (unit.length + 2) + unit.length] = '\n';
            out[i * (unit.length + 2) + unit.length + 1] = '\n';
        }
        return out;
    }
}
