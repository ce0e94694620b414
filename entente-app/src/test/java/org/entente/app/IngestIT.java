package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `entente ingest` end to end: real files, the real CoreNLP models, a real store file. */
@Tag("model")
class IngestIT {
    private static final String GOOD =
            "On June 5, 2017, Saudi Arabia and the United Arab Emirates cut diplomatic ties with Qatar.\n";

    @TempDir
    Path dir;

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void ingest_realText_storesAssertionsWithTheirSentences() throws Exception {
        Path file = Files.writeString(dir.resolve("gulf.txt"), GOOD);
        Path db = dir.resolve("s.duckdb");

        Models.Run ingest = Models.run("--db", db.toString(), "ingest", file.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("Ingested 1 document");

        JsonNode assertions = json(Models.run("--db", db.toString(), "assertions", "--actor", "QAT", "--format", "json")
                .out());
        assertThat(assertions).isNotEmpty();
        JsonNode first = assertions.get(0);
        assertThat(first.get("targets").toString()).contains("QAT");
        assertThat(first.get("sign").asInt()).isEqualTo(-1);
        assertThat(first.get("evidence").get("text").asText()).contains("cut diplomatic ties with Qatar");
        assertThat(first.get("time").get("start").asText()).isEqualTo("2017-06-05");
    }

    @Test
    void ingestAgain_sameContent_isANoOpThatSaysSo() {
        Path file = dir.resolve("gulf.txt");
        Path db = dir.resolve("s.duckdb");
        try {
            Files.writeString(file, GOOD);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(Models.run("--db", db.toString(), "ingest", file.toString()).code())
                .isZero();
        Models.Run again = Models.run("--db", db.toString(), "ingest", file.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Ingested 0 documents", "1 already in the store");
    }

    @Test
    void folderWithBadFiles_reportsEachOnce_ingestsTheRest_keepsTheStore() throws Exception {
        Path db = dir.resolve("s.duckdb");
        Path earlier =
                Files.writeString(dir.resolve("earlier.txt"), "Russia and India signed a defence agreement in 2019.\n");
        assertThat(Models.run("--db", db.toString(), "ingest", earlier.toString())
                        .code())
                .isZero();

        Path folder = Files.createDirectory(dir.resolve("batch"));
        Files.writeString(folder.resolve("good.txt"), GOOD);
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 3});
        Files.write(
                folder.resolve("latin1.txt"),
                "Ankara and Athens traded warnings over the Aegean in 2020; the café talks failed.\n"
                        .getBytes(Charset.forName("windows-1252")));
        Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("does-not-exist.txt"));
        Files.writeString(folder.resolve("notes.docx"), "not read");

        Models.Run run = Models.run("--db", db.toString(), "ingest", folder.toString());

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err().lines().filter(l -> l.contains("empty.txt"))).hasSize(1);
        assertThat(run.err().lines().filter(l -> l.contains("binary.txt"))).hasSize(1);
        assertThat(run.err().lines().filter(l -> l.contains("gone.txt"))).hasSize(1);
        assertThat(run.err()).doesNotContain("latin1.txt").doesNotContain("Exception");
        assertThat(run.out()).contains("Ingested 2 documents", "3 failed", "1 skipped");
        JsonNode documents = json(Models.run("--db", db.toString(), "documents", "--format", "json")
                .out());
        assertThat(documents)
                .extracting(d -> Path.of(d.get("source").asText()).getFileName().toString())
                .containsExactlyInAnyOrder("earlier.txt", "good.txt", "latin1.txt");
    }

    @Test
    void thousandFiles_someBad_allGoodOnesIngested() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("many"));
        List<String> bad = new ArrayList<>();
        String[] states = {
            "Armenia", "Azerbaijan", "Georgia", "Turkey", "Iran", "Russia", "Qatar", "India", "China", "Egypt"
        };
        for (int i = 0; i < 1000; i++) {
            Path file = folder.resolve(String.format("doc-%04d.txt", i));
            if (i % 97 == 13) {
                Files.write(file, new byte[] {0, 1, 2, 3, 0, 0});
                bad.add(file.getFileName().toString());
            } else {
                String a = states[i % states.length];
                String b = states[(i / states.length + 1 + i) % states.length];
                if (a.equals(b)) {
                    b = "France";
                }
                Files.writeString(
                        file,
                        a + " signed a trade agreement with " + b + " in " + (1990 + i % 30) + ". Case " + i + ".\n");
            }
        }
        Path db = dir.resolve("many.duckdb");

        Models.Run run = Models.run("--db", db.toString(), "ingest", "--format", "json", folder.toString());

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        JsonNode summary = json(run.out());
        assertThat(summary.get("failed").asInt()).isEqualTo(bad.size());
        assertThat(summary.get("added").asInt()).isEqualTo(1000 - bad.size());
        assertThat(summary.get("assertions").asInt()).isGreaterThan(900);
        for (String name : bad) {
            assertThat(run.err().lines().filter(l -> l.contains(name))).hasSize(1);
        }
    }

    @Test
    void seedArticle_yieldsIransTiesAndTheWar() throws Exception {
        var seed = Models.seed();
        if (seed.isEmpty()) {
            System.err.println("SKIPPED IngestIT.seedArticle: ../shared/seed is absent");
        }
        assumeTrue(seed.isPresent(), "../shared/seed is absent: the seed-article test is skipped");
        Path db = dir.resolve("seed.duckdb");

        Models.Run ingest =
                Models.run("--db", db.toString(), "ingest", seed.get().toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();

        JsonNode war =
                json(Models.run("--db", db.toString(), "assertions", "--between", "AZE", "ARM", "--format", "json")
                        .out());
        assertThat(war).anySatisfy(a -> assertThat(a.get("sign").asInt()).isEqualTo(-1));
        JsonNode actors = json(
                Models.run("--db", db.toString(), "actors", "--format", "json").out());
        assertThat(actors).extracting(a -> a.get("id").asText()).contains("IRN", "AZE", "ARM", "TUR", "ISR", "RUS");
        JsonNode iran = json(Models.run("--db", db.toString(), "assertions", "--actor", "IRN", "--format", "json")
                .out());
        assertThat(iran)
                .anySatisfy(a -> assertThat(a.get("evidence").get("footnotes")).isNotEmpty());
    }
}
