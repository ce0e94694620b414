package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing commands over a real store file, without the language models. */
class CliTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void fillStore() {
        db = Fixtures.store(dir.resolve("test.duckdb"), Fixtures.caucasus());
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void noCommand_printsUsage_exitsZero() {
        Models.Run run = Models.withoutModels();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("ingest", "assertions", "demo");
    }

    @Test
    void unknownOption_exitsTwo() {
        Models.Run run = Models.withoutModels("--db", db.toString(), "documents", "--colour");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--colour");
    }

    @Test
    void documents_listsTheStoredDocument() {
        Models.Run run = Models.withoutModels("--db", db.toString(), "documents");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("fixtures/caucasus.txt", "A Test Brief");
    }

    @Test
    void dbOption_afterTheCommand_choosesTheStoreToo() {
        assertThat(Models.withoutModels("documents", "--db", db.toString()).out())
                .contains("fixtures/caucasus.txt");
    }

    @Test
    void storeFromEnvironment_isUsedWithoutDbOption() {
        Models.Run run = Models.withoutModels(Map.of("ENTENTE_DB", db.toString()), "documents", "--format", "json");
        assertThat(run.out()).contains("fixtures/caucasus.txt");
    }

    @Test
    void emptyStore_saysHowToFillIt() {
        Models.Run run =
                Models.withoutModels("--db", dir.resolve("empty.duckdb").toString(), "documents");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("entente ingest");
    }

    @Test
    void assertionsJson_hasTheDocumentedFields() throws Exception {
        Models.Run run = Models.withoutModels("--db", db.toString(), "assertions", "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode all = json(run.out());
        assertThat(all).hasSize(3);
        assertThat(all).extracting(a -> a.get("kind").asText()).containsExactly("fight", "aid", "aid");
        JsonNode aid = all.get(1);
        assertThat(aid.get("sources").get(0).asText()).isEqualTo("TUR");
        assertThat(aid.get("targets").get(0).asText()).isEqualTo("AZE");
        assertThat(aid.get("kind").asText()).isEqualTo("aid");
        assertThat(aid.get("cameo").asText()).isEqualTo("07");
        assertThat(aid.get("sign").asInt()).isEqualTo(1);
        assertThat(aid.get("modality").asText()).isEqualTo("asserted");
        assertThat(aid.get("speaker").asText()).isEqualTo("author");
        assertThat(aid.get("time").get("start").asText()).isEqualTo("2020-10-01");
        assertThat(aid.get("time").get("precision").asText()).isEqualTo("month");
        assertThat(aid.get("time").get("basis").asText()).isEqualTo("text");
        JsonNode evidence = aid.get("evidence");
        assertThat(evidence.get("text").asText()).isEqualTo(Fixtures.FIRST);
        assertThat(evidence.get("source").asText()).isEqualTo("fixtures/caucasus.txt");
        assertThat(evidence.get("footnotes").get(0).asInt()).isEqualTo(1);
        JsonNode citation = evidence.get("citations").get(0);
        assertThat(citation.get("outlet").asText()).isEqualTo("Anadolu Agency");
        assertThat(citation.get("place").asText()).isEqualTo("Ankara");
        assertThat(citation.get("dates").get(0).asText()).isEqualTo("2020-10-06");
        assertThat(citation.has("author")).isTrue();
        assertThat(all.get(2).get("time").get("start").isNull()).isTrue();
    }

    @Test
    void assertions_filterByPairInEitherOrder() throws Exception {
        JsonNode between = json(
                Models.withoutModels("--db", db.toString(), "assertions", "--between", "ARM", "AZE", "--format", "json")
                        .out());
        assertThat(between).hasSize(1);
        assertThat(between.get(0).get("kind").asText()).isEqualTo("fight");
    }

    @Test
    void assertions_actorIdIsForgivingOfCase() throws Exception {
        JsonNode iran =
                json(Models.withoutModels("--db", db.toString(), "assertions", "--actor", "irn", "--format", "json")
                        .out());
        assertThat(iran).hasSize(1);
        assertThat(iran.get(0).get("modality").asText()).isEqualTo("negated");
    }

    @Test
    void assertions_windowLeavesOutUndatedAndOutside() throws Exception {
        JsonNode october = json(Models.withoutModels(
                        "--db", db.toString(), "assertions", "--from", "2020-10", "--to", "2020-10", "--format", "json")
                .out());
        assertThat(october).hasSize(2);
        JsonNode earlier =
                json(Models.withoutModels("--db", db.toString(), "assertions", "--to", "2019", "--format", "json")
                        .out());
        assertThat(earlier).isEmpty();
    }

    @Test
    void assertions_byKind() {
        Models.Run run = Models.withoutModels("--db", db.toString(), "assertions", "--kind", "FIGHT");
        assertThat(run.out()).contains("AZE", "ARM").doesNotContain("TUR");
    }

    @Test
    void assertions_malformedDate_exitsTwoNamingIt() {
        Models.Run run = Models.withoutModels("--db", db.toString(), "assertions", "--from", "last spring");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("last spring");
    }

    @Test
    void assertions_windowBackwards_exitsTwo() {
        Models.Run run = Models.withoutModels("--db", db.toString(), "assertions", "--from", "2021", "--to", "2020");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("2021").doesNotContain("Exception");
    }

    @Test
    void assertions_unknownKind_exitsTwo() {
        Models.Run run = Models.withoutModels("--db", db.toString(), "assertions", "--kind", "friendship");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("friendship");
    }

    @Test
    void show_printsSentenceDocumentAndFootnote() throws Exception {
        String id = json(Models.withoutModels(
                                "--db",
                                db.toString(),
                                "assertions",
                                "--kind",
                                "aid",
                                "--actor",
                                "TUR",
                                "--format",
                                "json")
                        .out())
                .get(0)
                .get("id")
                .asText();
        Models.Run run = Models.withoutModels("--db", db.toString(), "show", id);
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains(Fixtures.FIRST)
                .contains("fixtures/caucasus.txt")
                .contains("footnote 1: Anadolu Agency (Ankara), Oct. 6, 2020.")
                .contains("cites Anadolu Agency (Ankara), 2020-10-06")
                .contains("2020-10 (month, from the text)");
    }

    @Test
    void show_unknownId_saysSo() {
        Models.Run run = Models.withoutModels("--db", db.toString(), "show", "0000000000000000");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("no assertion with id '0000000000000000'");
    }

    @Test
    void actorsJson_listsActorsWithCounts() throws Exception {
        JsonNode actors = json(Models.withoutModels("--db", db.toString(), "actors", "--format", "json")
                .out());
        assertThat(actors).extracting(a -> a.get("id").asText()).contains("AZE", "ARM", "TUR", "IRN");
        JsonNode azerbaijan = actors.get(0).get("id").asText().equals("AZE") ? actors.get(0) : actors.get(1);
        assertThat(azerbaijan.get("type").asText()).isEqualTo("state");
        assertThat(azerbaijan.get("aliases").get(0).get("kind").asText()).isEqualTo("metonym");
    }

    private Path brief() throws java.io.IOException {
        String text = String.join(
                "\n",
                "Drones Over the Caucasus",
                "",
                "by Ada Writer and Ben Author",
                "",
                "Turkey supplied Azerbaijan with armed drones in October 2020.1 Russia brokered a",
                "ceasefire between the two sides on October 10, 2020, in Moscow.2",
                "",
                " ".repeat(49),
                "1 Anadolu Agency (Ankara), Oct. 6, 2020.",
                "",
                "2 TASS (Moscow), Oct. 10, 2020; Ibid., Oct. 11, 2020.",
                "");
        return java.nio.file.Files.writeString(dir.resolve("brief.txt"), text);
    }

    @Test
    void readJson_givesParagraphsFootnotesAndCitations_withoutAStore() throws Exception {
        Path empty = dir.resolve("untouched.duckdb");
        Models.Run run = Models.withoutModels("--db", empty.toString(), "read", brief().toString(), "--format", "json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode document = json(run.out());
        assertThat(document.get("metadata").get("title").asText()).isEqualTo("Drones Over the Caucasus");
        assertThat(document.get("paragraphs").get(0).get("text").asText())
                .startsWith("Turkey supplied Azerbaijan")
                .doesNotContain("2020.1");
        assertThat(document.get("paragraphs").get(0).get("footnotes").toString())
                .isEqualTo("[1,2]");
        JsonNode second = document.get("footnotes").get(1);
        assertThat(second.get("citations").get(0).get("outlet").asText()).isEqualTo("TASS");
        assertThat(second.get("citations").get(0).get("place").asText()).isEqualTo("Moscow");
        assertThat(java.nio.file.Files.exists(empty)).isFalse();
    }

    @Test
    void readJson_givesTheRunningHeader_andBlockKinds() throws Exception {
        StringBuilder pages = new StringBuilder();
        String[] bodies = {
            "The port talks opened in March and went on for weeks.",
            "Both delegations kept their instructions from the press.",
            "A draft was initialled in the last days of April."
        };
        for (int i = 0; i < bodies.length; i++) {
            pages.append("HARBOUR QUARTERLY   Spring 2022   Port Diplomacy / ")
                    .append(i + 4)
                    .append("\n\n");
            pages.append(bodies[i]).append("\n\n");
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("paged.txt"), pages);
        Models.Run run = Models.withoutModels("read", file.toString(), "--format", "json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode document = json(run.out());
        assertThat(document.get("header").asText()).isEqualTo("HARBOUR QUARTERLY   Spring 2022   Port Diplomacy / 4");
        assertThat(document.get("metadata").get("venue").asText()).isEqualTo("Harbour Quarterly");
        assertThat(document.get("paragraphs").get(0).get("kind").asText()).isEqualTo("body");
        assertThat(document.get("paragraphs").toString()).doesNotContain("QUARTERLY");
    }

    @Test
    void readJson_withoutARunningHeader_givesNull() throws Exception {
        JsonNode document = json(Models.withoutModels("read", brief().toString(), "--format", "json")
                .out());
        assertThat(document.get("header").isNull()).isTrue();
    }

    @Test
    void readText_showsMarkersWhereTheyStood() throws Exception {
        Models.Run run = Models.withoutModels("read", brief().toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("in October 2020.[1] Russia", "Footnotes", "1. Anadolu Agency (Ankara), Oct. 6, 2020.");
    }

    @Test
    void newerStore_isRefusedWithOneLine() throws Exception {
        Path newer = dir.resolve("newer.duckdb");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + newer);
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            statement.execute("INSERT INTO schema_version VALUES (999)");
        }
        Models.Run run = Models.withoutModels("--db", newer.toString(), "documents");
        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("newer").doesNotContain("at org.");
    }
}
