package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente balance} on edge lists written by the tests, and on a real store. */
class BalanceCommandTest {
    @TempDir
    Path dir;

    private Models.Run run(String... args) {
        return Models.run(
                java.util.Map.of(),
                () -> {
                    throw new AssertionError("balance must not load the language models");
                },
                args);
    }

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void balance_windowedFile_printsOneJsonResultPerWindow() throws Exception {
        Path edges = file(
                "edges.tsv",
                "window\tfrom\tto\tsign\n"
                        + "w1\tIRN\tAZE\t1\nw1\tIRN\tARM\t1\nw1\tAZE\tARM\t-1\n"
                        + "w2\tA\tB\t1\nw2\tB\tC\t-1\nw2\tA\tC\t-1\n");
        Models.Run run = run("balance", "--edges", edges.toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json).hasSize(2);
        JsonNode w1 = json.get(0);
        assertThat(w1.get("window").asText()).isEqualTo("w1");
        assertThat(w1.get("nodes").asInt()).isEqualTo(3);
        assertThat(w1.get("edges").asInt()).isEqualTo(3);
        assertThat(w1.get("negativeEdges").asInt()).isEqualTo(1);
        assertThat(w1.get("triangles").get("++-").asLong()).isEqualTo(1);
        assertThat(w1.get("balancedShare").asDouble()).isZero();
        assertThat(w1.get("frustration").get("value").asInt()).isEqualTo(1);
        assertThat(w1.get("frustration").get("optimal").asBoolean()).isTrue();
        assertThat(w1.get("frustration").get("frustratedEdges")).hasSize(1);
        assertThat(w1.get("frustration").get("partition")).hasSize(2);
        JsonNode w2 = json.get(1);
        assertThat(w2.get("triangles").get("+--").asLong()).isEqualTo(1);
        assertThat(w2.get("frustration").get("value").asInt()).isZero();
        assertThat(w2.has("seconds")).isTrue();
    }

    @Test
    void balance_badLines_areReportedWithFileAndLineAndLeftOut() throws Exception {
        Path edges = file(
                "bad.tsv",
                "A\tB\t1\n" + "A\tA\t1\n" + "A\tC\t2\n" + "B\tC\n" + "B\tA\t-1\n" + "C\tD\t-1\n" + "D\tC\t-1\n");
        Models.Run run = run("balance", "--edges", edges.toString());
        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err())
                .contains(edges + ":2: self-loop on A dropped")
                .contains(edges + ":3: the sign must be 1 or -1, not '2'; line skipped")
                .contains(edges + ":4: expected 3 tab-separated columns, found 2; line skipped")
                .contains(edges + ":5: the pair A-B has the opposite sign on line 1; both dropped")
                .contains(edges + ":7: the pair D-C repeats line 6 with the same sign; kept once")
                .doesNotContain("Exception");
        assertThat(run.out()).contains("NODES").contains("Bloc 1");
    }

    @Test
    void balance_missingFile_failsWithItsName() {
        Models.Run run = run("balance", "--edges", dir.resolve("absent.tsv").toString());
        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("absent.tsv: no such file").doesNotContain("Exception");
    }

    @Test
    void balance_nonPositiveBudget_isAUsageError() throws Exception {
        Path edges = file("e.tsv", "A\tB\t1\n");
        assertThat(run("balance", "--edges", edges.toString(), "--max-seconds", "0")
                        .code())
                .isEqualTo(Cli.USAGE);
    }

    @Test
    void balance_withoutEdges_analysesTheStoresNetwork() throws Exception {
        Path db = dir.resolve("test.duckdb");
        try (Store store = Store.open(db)) {
            store.ingest(Fixtures.caucasus(), false);
        }
        Models.Run run = run("--db", db.toString(), "balance", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("window").isNull()).isTrue();
        assertThat(json.get(0).get("edges").asInt()).isPositive();
    }
}
