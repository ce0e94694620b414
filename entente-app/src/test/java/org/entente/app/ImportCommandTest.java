package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.core.NetworkQuery;
import org.entente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command over a real store file, without the language models. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private Path csv(String name, String... rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(
                file, "source,target,date,kind,sign\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void importCsv_storesTheRows_andSaysWhatItDid() throws IOException {
        Path db = dir.resolve("s.duckdb");
        Path file = csv("ties.csv", "ARM,AZE,2020-09-27,fight,-", "TUR,AZE,2020-09-28,aid,+");

        Models.Run run = Models.withoutModels("--db", db.toString(), "import", "csv", file.toString());

        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("CSV, 2 rows: 2 imported");
        try (Store store = Store.open(db)) {
            assertThat(store.network(NetworkQuery.defaults())).hasSize(2);
        }
    }

    @Test
    void importTwice_secondTimeSaysAlreadyImported() throws IOException {
        Path db = dir.resolve("s.duckdb");
        Path file = csv("ties.csv", "ARM,AZE,2020-09-27,fight,-");
        Models.withoutModels("--db", db.toString(), "import", "csv", file.toString());

        Models.Run again = Models.withoutModels("--db", db.toString(), "import", "csv", file.toString());

        assertThat(again.code()).isEqualTo(Cli.OK);
        assertThat(again.out()).contains("already imported");
    }

    @Test
    void badRowsAndMissingFiles_areOneLineEach_theRestImported_exitOne() throws Exception {
        Path db = dir.resolve("s.duckdb");
        Path file = csv("ties.csv", "ARM,AZE,2020-02-30,fight,-", "TUR,AZE,2020-09-28,aid,+");
        Path missing = dir.resolve("nowhere.csv");

        Models.Run run = Models.withoutModels(
                "--db", db.toString(), "import", "csv", "--format", "json", missing.toString(), file.toString());

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err().lines())
                .containsExactly(
                        "entente: " + missing + ": no such file; nothing imported",
                        "entente: " + file + ":2: date '2020-02-30' is not a day (YYYY-MM-DD); skipped");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode results = new ObjectMapper().readTree(run.out());
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("imported").asLong()).isEqualTo(1);
        assertThat(results.get(0).get("rejected").asLong()).isEqualTo(1);
        assertThat(results.get(0).get("status").asText()).isEqualTo("added");
    }

    /** A GDELT 2.0 event line: 61 tab-separated fields, those the import reads filled in. */
    private static String gdeltEvent(long id, String from, String to) {
        String[] fields = new String[61];
        java.util.Arrays.fill(fields, "");
        fields[0] = Long.toString(id);
        fields[1] = "20201001";
        fields[7] = from;
        fields[17] = to;
        fields[26] = "042";
        fields[28] = "04";
        fields[30] = "1.9";
        fields[60] = "https://news.example.org/" + id;
        return String.join("\t", fields);
    }

    @Test
    void folderOfGdeltFiles_withOneBadFile_importsTheOthers_reportsTheBadOne_exitOne() throws IOException {
        Path db = dir.resolve("s.duckdb");
        Path first = Files.writeString(dir.resolve("1.export.CSV"), gdeltEvent(1, "USA", "IRN") + "\n");
        Path bad = Files.writeString(dir.resolve("2.export.CSV"), "2\t20201001\tUSA\n");
        Path third = Files.writeString(dir.resolve("3.export.CSV"), gdeltEvent(3, "ARM", "AZE") + "\n");

        Models.Run run = Models.withoutModels(
                "--db", db.toString(), "import", "gdelt", first.toString(), bad.toString(), third.toString());

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err().lines()).singleElement().asString().startsWith("entente: " + bad + ":1: 3 tab-separated");
        assertThat(run.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("GDELT 2.0, 1 rows: 1 imported"));
        try (Store store = Store.open(db)) {
            assertThat(store.documents()).hasSize(2);
            assertThat(store.network(NetworkQuery.defaults())).hasSize(2);
        }
    }

    @Test
    void unknownDataset_isAUsageError() throws IOException {
        Path file = csv("ties.csv", "ARM,AZE,2020-09-27,fight,-");

        Models.Run run =
                Models.withoutModels("--db", dir.resolve("s.duckdb").toString(), "import", "icews", file.toString());

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("unknown event format 'icews'");
    }
}
