package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing several event files in one call: GDELT files read together, each written on its own. */
class SeveralEventFilesTest {
    @TempDir
    Path folder;

    private Path write(String name, String... lines) throws IOException {
        return EventFiles.write(folder, name, lines);
    }

    private static String event(long id, String day, String from, String to) {
        return GdeltRows.row(61, id, day, from, to, "042", "1.9");
    }

    private List<ImportOutcome> importAll(Store store, Path... files) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        store.importEvents(List.of(files), EventFormat.GDELT, outcomes::add);
        return outcomes;
    }

    @Test
    void filesReadTogether_eachBecomesItsOwnDocument_withItsOwnCounts_inTheOrderGiven() throws IOException {
        Path first = write("a.export.CSV", event(1L, "20201001", "USA", "IRN"), event(2L, "20201001", "ARM", "AZE"));
        Path second = write("b.export.CSV", event(3L, "20201002", "FRA", "DEU"), event(4L, "20201002", "USA", ""));
        Path third = write("c.export.CSV", event(5L, "20201003", "CHN", "IND"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            List<ImportOutcome> outcomes = importAll(store, first, second, third);

            assertThat(outcomes).extracting(ImportOutcome::file).containsExactly(first, second, third);
            List<ImportResult> results =
                    outcomes.stream().map(o -> o.result().orElseThrow()).toList();
            assertThat(results).extracting(ImportResult::imported).containsExactly(2L, 1L, 1L);
            assertThat(results).extracting(ImportResult::withoutActors).containsExactly(0L, 1L, 0L);
            assertThat(results)
                    .extracting(ImportResult::source)
                    .containsExactly("a.export.CSV", "b.export.CSV", "c.export.CSV");
            assertThat(store.documents()).hasSize(3);
            assertThat(store.assertion("gdelt-3").orElseThrow().evidence().document())
                    .isEqualTo(results.get(1).documentId());
            assertThat(store.documents())
                    .filteredOn(d -> d.id().equals(results.get(2).documentId()))
                    .singleElement()
                    .satisfies(d -> assertThat(d.title()).contains("GDELT 2.0 events, 2020-10-03"));
        }
    }

    @Test
    void filesReadTogether_bringTheStatesOfTheirKeptRows_eachOnce() throws IOException {
        Path first = write("a.export.CSV", event(1L, "20201001", "USA", "IRN"));
        Path second = write("b.export.CSV", event(2L, "20201002", "IRN", "USA"), event(3L, "20201002", "BRA", ""));
        Path third = write("c.export.CSV", event(4L, "20201003", "USA", "CHN"), event(5L, "20201003", "JPN", "JPN"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            assertThat(importAll(store, first, second, third))
                    .allSatisfy(o -> assertThat(o.result()).isPresent());

            assertThat(store.actor("USA")).isPresent();
            assertThat(store.actor("IRN")).isPresent();
            assertThat(store.actor("CHN").orElseThrow().name()).isEqualTo("China");
            assertThat(store.actor("BRA")).isEmpty();
            assertThat(store.actor("JPN")).isEmpty();
        }
    }

    @Test
    void badFilesAmongSeveral_areRefusedOrReportedByTheirOwnLines_andTheOthersImported() throws IOException {
        Path good = write("good.export.CSV", event(10L, "20201001", "USA", "IRN"));
        Path narrow = write("narrow.export.CSV", "10\t20201001\tUSA\tIRN");
        Path fakeZip = write("fake.export.CSV.zip", "plain text, not an archive");
        String shortRow = event(12L, "20201001", "RUS", "UKR");
        Path rough = write(
                "rough.export.CSV",
                event(11L, "20201001", "TUR", "GRC"),
                shortRow.substring(0, shortRow.lastIndexOf('\t')),
                event(13L, "20201340", "RUS", "UKR"),
                event(14L, "20201001", "RUS", "UKR"));
        Path zipped = folder.resolve("zipped.export.CSV.zip");
        try (OutputStream out = Files.newOutputStream(zipped);
                ZipOutputStream archive = new ZipOutputStream(out)) {
            archive.putNextEntry(new ZipEntry("zipped.export.CSV"));
            archive.write((event(15L, "20201004", "DEU", "POL") + "\n").getBytes(StandardCharsets.UTF_8));
            archive.closeEntry();
        }
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            List<ImportOutcome> outcomes = importAll(store, good, narrow, fakeZip, rough, zipped);

            assertThat(outcomes).extracting(ImportOutcome::file).containsExactly(good, narrow, fakeZip, rough, zipped);
            assertThat(outcomes.get(1).refusal())
                    .hasValueSatisfying(m -> assertThat(m).startsWith(narrow + ":1: 4 tab-separated columns"));
            assertThat(outcomes.get(2).refusal())
                    .hasValueSatisfying(
                            m -> assertThat(m).startsWith(fakeZip.toString()).contains("zip"));
            ImportResult roughResult = outcomes.get(3).result().orElseThrow();
            assertThat(roughResult.imported()).isEqualTo(2);
            assertThat(roughResult.rejected()).isEqualTo(2);
            assertThat(roughResult.problems())
                    .hasSize(2)
                    .satisfiesExactly(p -> assertThat(p).startsWith(rough + ":2: too few columns"), p -> assertThat(p)
                            .startsWith(rough + ":3: SQLDATE '20201340' is not a day"));
            assertThat(outcomes.get(0).result().orElseThrow().imported()).isEqualTo(1);
            assertThat(outcomes.get(0).result().orElseThrow().problems()).isEmpty();
            assertThat(outcomes.get(4).result().orElseThrow().imported()).isEqualTo(1);
            assertThat(store.documents()).hasSize(3);
            assertThat(store.assertion("gdelt-15")).isPresent();
        }
    }

    @Test
    void eventInTwoFilesReadTogether_isStoredOnce_andIsADuplicateInTheLaterFile() throws IOException {
        Path first = write("a.export.CSV", event(20L, "20201001", "USA", "IRN"), event(21L, "20201001", "ARM", "AZE"));
        Path second = write("b.export.CSV", event(21L, "20201001", "ARM", "AZE"), event(22L, "20201002", "FRA", "DEU"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            store.importEvents(write("earlier.export.CSV", event(22L, "20201002", "FRA", "DEU")), EventFormat.GDELT);

            List<ImportOutcome> outcomes = importAll(store, first, second);

            assertThat(outcomes.get(0).result().orElseThrow().imported()).isEqualTo(2);
            ImportResult later = outcomes.get(1).result().orElseThrow();
            assertThat(later.imported()).isZero();
            assertThat(later.duplicates()).isEqualTo(2);
            assertThat(store.assertions(org.entente.core.AssertionQuery.all())).hasSize(3);
        }
    }

    @Test
    void fileTheDatabaseRefusesWhileWriting_isRefusedAlone_andTheOthersReadWithItImported()
            throws IOException, SQLException {
        Path first = write("a.export.CSV", event(50L, "20201001", "USA", "IRN"));
        Path refused = write("b.export.CSV", event(51L, "20201001", "ARM", "AZE"));
        Path third = write("c.export.CSV", event(52L, "20201002", "FRA", "DEU"));
        Path db = folder.resolve("s.duckdb");
        Store.open(db).close();
        // A database that refuses one file's document row, as a full disk or a broken store would
        // refuse any write: the files read together fail as one, then are written one by one.
        try (Connection connection = DuckDbStore.connect(db);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE documents");
            statement.execute("CREATE TABLE documents (id VARCHAR PRIMARY KEY,"
                    + " source VARCHAR NOT NULL CHECK (source <> 'b.export.CSV'), title VARCHAR,"
                    + " authors VARCHAR[] NOT NULL, venue VARCHAR, date_first DATE, date_precision VARCHAR,"
                    + " ingested_at TIMESTAMP NOT NULL, seq BIGINT NOT NULL, sentence_count INTEGER NOT NULL,"
                    + " assertion_count INTEGER NOT NULL)");
        }
        try (Store store = Store.open(db)) {
            List<ImportOutcome> outcomes = importAll(store, first, refused, third);

            assertThat(outcomes.get(0).result().orElseThrow().imported()).isEqualTo(1);
            assertThat(outcomes.get(1).refusal())
                    .hasValueSatisfying(m -> assertThat(m).contains(refused.toString()));
            assertThat(outcomes.get(2).result().orElseThrow().imported()).isEqualTo(1);
            assertThat(store.documents()).extracting(d -> d.source()).containsExactly("a.export.CSV", "c.export.CSV");
            assertThat(store.assertions(org.entente.core.AssertionQuery.all()))
                    .extracting(a -> a.id())
                    .containsExactly("gdelt-50", "gdelt-52");
        }
    }

    @Test
    void sameFileTwiceInOneCall_isImportedOnce_andThenUnchanged() throws IOException {
        Path file = write("a.export.CSV", event(30L, "20201001", "USA", "IRN"));
        Path copy = Files.copy(file, folder.resolve("copy.export.CSV"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            List<ImportOutcome> outcomes = importAll(store, file, copy);

            assertThat(outcomes.get(0).result().orElseThrow().status()).isEqualTo(IngestResult.Status.ADDED);
            assertThat(outcomes.get(1).result().orElseThrow().status()).isEqualTo(IngestResult.Status.UNCHANGED);
            assertThat(store.documents()).hasSize(1);
        }
    }

    @Test
    void gdelt1And2FilesInOneCall_areEachReadInTheirOwnLayout() throws IOException {
        Path daily = write("20120601.export.CSV", GdeltRows.row(58, 40L, "20120601", "ISR", "IRN", "138", "-7"));
        Path recent = write("20201001.export.CSV", event(41L, "20201001", "USA", "IRN"));
        Path older = write("20120602.export.CSV", GdeltRows.row(58, 42L, "20120602", "SYR", "TUR", "042", "1.9"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            List<ImportOutcome> outcomes = importAll(store, daily, recent, older);

            assertThat(outcomes)
                    .extracting(o -> o.result().orElseThrow().dataset())
                    .containsExactly("GDELT 1.0", "GDELT 2.0", "GDELT 1.0");
            assertThat(store.assertion("gdelt-40")).isPresent();
            assertThat(store.assertion("gdelt-41")).isPresent();
            assertThat(store.assertion("gdelt-42")).isPresent();
        }
    }
}
