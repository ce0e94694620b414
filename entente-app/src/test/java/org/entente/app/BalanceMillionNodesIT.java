package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code balance} on a file of a million nodes: answered by local search, in bounded time. */
@Tag("slow")
class BalanceMillionNodesIT {
    @TempDir
    Path dir;

    @Test
    void balance_millionNodeRing_answersByLocalSearchAndSaysSo() throws Exception {
        int n = 1_000_000;
        Path edges = dir.resolve("ring.tsv");
        SplittableRandom random = new SplittableRandom(3);
        int negatives = 0;
        try (BufferedWriter out = Files.newBufferedWriter(edges)) {
            out.write("from\tto\tsign\n");
            for (int i = 0; i < n; i++) {
                boolean negative = random.nextInt(3) == 0;
                negatives += negative ? 1 : 0;
                out.write("n" + i + "\tn" + (i + 1) % n + "\t" + (negative ? "-1" : "1") + "\n");
            }
            out.write("n5\tn5\t1\n");
        }
        long started = System.nanoTime();
        Models.Run run = Models.run(
                java.util.Map.of(),
                () -> {
                    throw new AssertionError("balance must not load the language models");
                },
                "balance",
                "--edges",
                edges.toString(),
                "--blocs",
                "2",
                "--max-seconds",
                "3");
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "balance on a 1,000,000-node ring: %.1f s%n", seconds);
        assertThat(run.err())
                .contains(":" + (n + 2) + ": self-loop on n5 dropped")
                .contains("1000000 edges, over 50000: local search only")
                .contains("blocs by local search only, not proven optimal")
                .doesNotContain("Exception");
        // One cycle: balanced when it has an even number of negative ties, else exactly one is frustrated.
        String expected = negatives % 2 == 0 ? " 0 " : " 1 ";
        assertThat(run.out()).contains("1000000").contains(expected).contains("Partition bloc 1:");
        assertThat(seconds).as("bounded time").isLessThan(120);
    }
}
