package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.entente.core.Assertion;
import org.entente.core.AssertionQuery;
import org.entente.core.Extraction;
import org.entente.core.Review;
import org.entente.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path folder;

    private static int tableCount(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT count(*) FROM duckdb_tables() WHERE table_name = '" + name + "'")) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void open_storeWrittenAtVersionOne_upgradesAndKeepsItsDocuments() throws SQLException {
        Path file = folder.resolve("old.duckdb");
        Extraction extraction = Samples.extraction("a");
        try (Connection connection = DuckDbStore.connect(file)) {
            assertThat(Migrations.migrate(connection, file, 1)).isEqualTo(1);
            assertThat(tableCount(connection, "assertion_reviews")).isZero();
            new DocumentWriter(connection, file).ingest(extraction, false);
        }

        try (Store store = Store.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.document(extraction.document().id())).contains(extraction.document());
            assertThat(store.assertions(AssertionQuery.all())).hasSize(3);
            Review review = new Review.OfAssertion(
                    "r1", extraction.assertions().get(0).id(), Verdict.ACCEPTED, Optional.empty(), "", Instant.EPOCH);
            store.addReview(review);
            assertThat(store.reviews()).containsExactly(review);
        }
        try (Connection connection = DuckDbStore.connect(file);
                Statement statement = connection.createStatement();
                ResultSet versions =
                        statement.executeQuery("SELECT list(version ORDER BY version) FROM schema_version")) {
            versions.next();
            assertThat(versions.getString(1)).isEqualTo("[1, 2, 3, 4, 5]");
        }
    }

    @Test
    void open_storeWithEventsImportedAsFullAssertions_readsThemAndStillCountsThemAsDuplicates()
            throws SQLException, IOException {
        Path file = folder.resolve("v3.duckdb");
        String text = "GDELT event 951000001: USA -> IRN, CAMEO 042 (root 04, consult, quad class 1),"
                + " Goldstein 1.9, 20201001, source https://news.example.org/story/951000001";
        try (Connection connection = DuckDbStore.connect(file);
                Statement statement = connection.createStatement()) {
            Migrations.migrate(connection, file, 3);
            // The rows an import wrote before version 4: the document, and each event in full.
            statement.execute("INSERT INTO documents VALUES ('old', 'old.export.CSV', 'GDELT 2.0 events, 2020-10-01',"
                    + " [], 'GDELT 2.0', DATE '2020-10-01', 'DAY', now()::TIMESTAMP, 1, 0, 1)");
            statement.execute("INSERT INTO actors VALUES ('USA', 'United States', 'STATE'), ('IRN', 'Iran', 'STATE')");
            statement.execute("INSERT INTO assertions VALUES ('gdelt-951000001', 'old', ['USA'], ['IRN'], 'CONSULT',"
                    + " 'POSITIVE', 1.9, DATE '2020-10-01', DATE '2020-10-01', 'DAY', 'DATASET', 'ASSERTED', NULL, 0.5,"
                    + " 0, 0, 0, " + text.length() + ", '" + text + "', [])");
        }
        Path events = EventFiles.write(
                folder,
                "20201001.export.CSV",
                GdeltRows.row(61, 951000001L, "20201001", "USA", "IRN", "042", "1.9"),
                GdeltRows.row(61, 951000002L, "20201001", "USA", "IRN", "042", "1.9"));

        try (Store store = Store.open(file)) {
            ImportResult result = store.importEvents(events, EventFormat.GDELT);

            assertThat(result.imported()).isEqualTo(1);
            assertThat(result.duplicates()).isEqualTo(1);
            List<Assertion> all = store.assertions(AssertionQuery.all());
            assertThat(all).extracting(Assertion::id).containsExactly("gdelt-951000001", "gdelt-951000002");
            assertThat(all.get(0).evidence().document()).isEqualTo("old");
            assertThat(all.get(1).evidence().document()).isEqualTo(result.documentId());
            assertThat(all.get(1).evidence().text()).isEqualTo(text.replace("951000001", "951000002"));
            assertThat(all.get(1).evidence().end())
                    .isEqualTo(all.get(0).evidence().end());
        }
    }

    @Test
    void open_storeFromNewerEntente_isRefusedAndLeftAsItWas() throws SQLException {
        Path file = folder.resolve("newer.duckdb");
        Store.open(file).close();
        try (Connection connection = DuckDbStore.connect(file);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version VALUES (" + (Migrations.LATEST + 1) + ", now())");
        }

        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessage("store " + file + " was written by a newer Entente (schema v" + (Migrations.LATEST + 1)
                        + "); this build reads up to v" + Migrations.LATEST
                        + "; upgrade Entente or choose another store with --db");
        try (Connection connection = DuckDbStore.connect(file)) {
            assertThat(Migrations.currentVersion(connection, file)).isEqualTo(Migrations.LATEST + 1);
        }
    }

    @Test
    void open_fileThatIsNotADatabase_isRefusedWithAMessage() throws Exception {
        Path file = folder.resolve("notes.txt");
        Files.writeString(file, "these are notes, not a database\n".repeat(200));

        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessage(file + " is not an Entente store (not a DuckDB database); choose another store with --db");
        assertThat(Files.readString(file)).startsWith("these are notes");
    }

    @Test
    void open_databaseOfAnotherProgram_isRefused() throws SQLException {
        Path file = folder.resolve("other.duckdb");
        try (Connection connection = DuckDbStore.connect(file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE people (name VARCHAR)");
        }

        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is a DuckDB database but not an Entente store");
    }

    @Test
    void open_folder_isRefusedWithAMessageNamingIt() {
        assertThatThrownBy(() -> Store.open(folder))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith(folder + " is a folder");
    }

    @Test
    void statements_splitAtLineEndingSemicolonsAndSkipComments() {
        assertThat(Migrations.statements(
                        "-- a comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n  y VARCHAR\n);\n"))
                .containsExactly("CREATE TABLE a (x INTEGER);", "CREATE TABLE b (\n  y VARCHAR\n);");
    }
}
