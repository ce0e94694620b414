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
        Models.Run run = Models.withoutModels("balance", "--edges", edges.toString(), "--format", "json");
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
        Models.Run run = Models.withoutModels("balance", "--edges", edges.toString());
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
        Models.Run run = Models.withoutModels(
                "balance", "--edges", dir.resolve("absent.tsv").toString());
        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("absent.tsv: no such file").doesNotContain("Exception");
    }

    @Test
    void balance_nonPositiveBudget_isAUsageError() throws Exception {
        Path edges = file("e.tsv", "A\tB\t1\n");
        assertThat(Models.withoutModels("balance", "--edges", edges.toString(), "--max-seconds", "0")
                        .code())
                .isEqualTo(Cli.USAGE);
    }

    @Test
    void balance_withoutEdges_analysesTheStoresNetwork() throws Exception {
        Path db = dir.resolve("test.duckdb");
        try (Store store = Store.open(db)) {
            store.ingest(Fixtures.caucasus(), false);
        }
        Models.Run run = Models.withoutModels("--db", db.toString(), "balance", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("window").isNull()).isTrue();
        assertThat(json.get(0).get("edges").asInt()).isPositive();
    }

    @Test
    void balance_blocs_printsThePlantedThreeBlocsInJson() throws Exception {
        StringBuilder text = new StringBuilder();
        String[][] blocs = {{"A1", "A2", "A3"}, {"B1", "B2", "B3"}, {"C1", "C2", "C3"}};
        for (int i = 0; i < 9; i++) {
            for (int j = i + 1; j < 9; j++) {
                String sign = i / 3 == j / 3 ? "1" : "-1";
                text.append(blocs[i / 3][i % 3])
                        .append('\t')
                        .append(blocs[j / 3][j % 3])
                        .append('\t');
                text.append(sign).append('\n');
            }
        }
        Path edges = file("three.tsv", text.toString());
        Models.Run run =
                Models.withoutModels("balance", "--edges", edges.toString(), "--blocs", "3", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out()).get(0).get("blocs");
        assertThat(result.get("optimal").asBoolean()).isTrue();
        assertThat(result.get("error").asDouble()).isZero();
        assertThat(result.get("blocs")).hasSize(3);
        java.util.Set<java.util.Set<String>> found = new java.util.HashSet<>();
        result.get("blocs").forEach(b -> {
            java.util.Set<String> names = new java.util.HashSet<>();
            b.forEach(n -> names.add(n.asText()));
            found.add(names);
        });
        assertThat(found)
                .containsExactlyInAnyOrder(
                        java.util.Set.of(blocs[0]), java.util.Set.of(blocs[1]), java.util.Set.of(blocs[2]));
    }

    @Test
    void balance_blocsInTable_listsEachBlocAndWithoutTheOptionJsonHasNull() throws Exception {
        Path edges = file("e.tsv", "A\tB\t1\nB\tC\t-1\nC\tD\t1\n");
        Models.Run table = Models.withoutModels("balance", "--edges", edges.toString(), "--blocs", "2");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("2 blocs, error 0.0000, optimal").contains("Partition bloc 2:");
        Models.Run json = Models.withoutModels("balance", "--edges", edges.toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).get(0).get("blocs").isNull())
                .isTrue();
    }

    @Test
    void balance_badBlocOptions_areUsageErrors() throws Exception {
        Path edges = file("e.tsv", "A\tB\t1\n");
        assertThat(Models.withoutModels("balance", "--edges", edges.toString(), "--blocs", "0")
                        .code())
                .isEqualTo(Cli.USAGE);
        assertThat(Models.withoutModels("balance", "--edges", edges.toString(), "--blocs", "2", "--alpha", "1")
                        .code())
                .isEqualTo(Cli.USAGE);
    }

    @Test
    void balance_windowWithNoUsableLine_isReportedAndShownEmpty() throws Exception {
        Path edges = file("w.tsv", "w1\tA\tB\t1\nw2\tC\tC\t1\nw2\tC\tD\tx\n");
        Models.Run run = Models.withoutModels("balance", "--edges", edges.toString(), "--format", "json");
        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err())
                .contains(edges + ":2: self-loop on C dropped")
                .contains(edges + ":3: the sign must be 1 or -1, not 'x'")
                .contains("window w2: no edges left; reported as empty");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("window").asText()).isEqualTo("w2");
        assertThat(json.get(1).get("edges").asInt()).isZero();
    }

    @Test
    void balance_fileWithNoUsableLine_failsInOneLine() throws Exception {
        Path edges = file("none.tsv", "w1\tA\tA\t1\n");
        Models.Run run = Models.withoutModels("balance", "--edges", edges.toString());
        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("none.tsv: no usable edges").doesNotContain("Exception");
    }

    @Test
    void balance_fileNotUtf8_namesTheLineAndNoStackTrace() throws Exception {
        Path edges = dir.resolve("latin1.tsv");
        Files.write(edges, new byte[] {'A', '\t', 'B', '\t', '1', '\n', 'C', (byte) 0xE9, '\t', 'D', '\t', '1', '\n'});
        Models.Run run = Models.withoutModels("balance", "--edges", edges.toString());
        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("latin1.tsv:").contains("not UTF-8 text").doesNotContain("Exception");
    }

    @Test
    void balance_headerWithByteOrderMarkAndCrLf_isRead() throws Exception {
        Path edges = file("bom.tsv", "\uFEFFfrom\tto\tsign\r\nA\tB\t-1\r\n");
        Models.Run run = Models.withoutModels("balance", "--edges", edges.toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(new ObjectMapper()
                        .readTree(run.out())
                        .get(0)
                        .get("negativeEdges")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void balance_pajekNetwork_readsLabelsAndSignsEdgesByTheirWeights() throws Exception {
        Path net = file(
                "tribes.net",
                "*Vertices 4\n1 \"North Clan\"\n2 \"East Clan\" 0.1 0.2\n3 West\n4 South\n"
                        + "*Edges\n1 2 1\n1 3 1\n2 3 -2\n3 4 0\n*Arcs\n4 1 -1\n");
        Models.Run run = Models.withoutModels("balance", "--edges", net.toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isEqualTo(Cli.FAILED);
        assertThat(run.err())
                .contains(net + ":9: weights other than 1 and -1 are read by their sign")
                .contains(net + ":10: a weight of 0 has no sign; line skipped")
                .doesNotContain("Exception");
        JsonNode window = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(window.get("nodes").asInt()).isEqualTo(4);
        assertThat(window.get("edges").asInt()).isEqualTo(4);
        assertThat(window.get("negativeEdges").asInt()).isEqualTo(2);
        assertThat(window.get("frustration").get("value").asInt()).isEqualTo(1);
        assertThat(window.get("frustration").get("partition").toString()).contains("North Clan", "East Clan");
    }

    @Test
    void balance_commaAndSpaceSeparatedFiles_areReadLikeTabbedOnes() throws Exception {
        Path csv = file("edges.csv", "from,to,sign\nA,B,1\nB,C,-1\nA,C,-1\nC,D\n");
        Models.Run comma = Models.withoutModels("balance", "--edges", csv.toString(), "--format", "json");
        assertThat(comma.err()).contains(csv + ":5: expected 3 comma-separated columns, found 2; line skipped");
        assertThat(new ObjectMapper().readTree(comma.out()).get(0).get("edges").asInt())
                .isEqualTo(3);
        Path spaced = file("edges.txt", "A B 1\nB  C -1\nA C 1\n");
        Models.Run space = Models.withoutModels("balance", "--edges", spaced.toString(), "--format", "json");
        assertThat(space.code()).as(space.err()).isZero();
        JsonNode window = new ObjectMapper().readTree(space.out()).get(0);
        assertThat(window.get("edges").asInt()).isEqualTo(3);
        assertThat(window.get("frustration").get("value").asInt()).isEqualTo(1);
    }
}
