package org.entente.reader;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import org.entente.core.Document;
import org.entente.core.DocumentReader;

/**
 * Throughput of the plain-text path, run by hand, never as a test: {@code java -cp
 * target/test-classes:target/classes:ENTENTE_CORE_JAR org.entente.reader.ReaderBenchmark [MB]}.
 * After a warm-up it reads the seed article (or, without ../shared, the fixtures) repeated to about
 * 5 and to about MB megabytes (default 20) as one file, then as that many separate documents, and
 * prints MB/s by the wall clock and by this thread's CPU time (one core, whatever else the machine
 * runs). The same MB/s at 5 and at 20 MB means linear time.
 */
public final class ReaderBenchmark {
    private static final int WARM_UP = 3;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReaderBenchmark() {}

    public static void main(String[] args) throws IOException {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        byte[] unit = unit();
        DocumentReader reader = Readers.forFile("bench.txt");
        for (int i = 0; i < WARM_UP; i++) {
            reader.read("warm-up.txt", repeat(unit, 5));
        }
        separateDocuments(reader, unit, megabytes, "warm-up, documents");
        report("one file", reader, repeat(unit, 5));
        report("one file", reader, repeat(unit, megabytes));
        separateDocuments(reader, unit, megabytes, "separate documents");
    }

    private static void separateDocuments(DocumentReader reader, byte[] unit, int megabytes, String label) {
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        long bytes = 0;
        while (bytes < (long) megabytes << 20) {
            reader.read("seed.txt", unit);
            bytes += unit.length;
        }
        print(label, bytes, System.nanoTime() - start, CPU.getCurrentThreadCpuTime() - cpu);
    }

    private static void report(String label, DocumentReader reader, byte[] content) {
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        Document document = reader.read("bench.txt", content);
        print(label, content.length, System.nanoTime() - start, CPU.getCurrentThreadCpuTime() - cpu);
        System.out.printf(
                Locale.ROOT,
                "%22s %d blocks, %d footnotes%n",
                "",
                document.blocks().size(),
                document.footnotes().size());
    }

    /** Prints MB/s by the wall clock and by this thread's CPU time (one core, whatever the machine's load). */
    private static void print(String label, long bytes, long wallNanos, long cpuNanos) {
        double mb = bytes / (double) (1 << 20);
        System.out.printf(
                Locale.ROOT,
                "%-20s %6.1f MB: %6.1f MB/s wall, %6.1f MB/s on one core%n",
                label,
                mb,
                mb / (wallNanos / 1e9),
                mb / (cpuNanos / 1e9));
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
