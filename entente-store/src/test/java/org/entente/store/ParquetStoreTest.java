package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBDriver;
import org.entente.core.AssertionQuery;
import org.entente.core.NetworkQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetStoreTest {
    @TempDir
    Path folder;

    /** A store file with two documents, and the same tables copied out as Parquet part files. */
    private Path parquetCopy() throws SQLException, IOException {
        Path file = folder.resolve("entente.duckdb");
        try (Store store = Store.open(file)) {
            store.ingest(Samples.extraction("a"), false);
            store.ingest(Samples.extraction("b"), false);
        }
        Path out = folder.resolve("parquet");
        try (Connection connection = new DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties());
                Statement statement = connection.createStatement()) {
            for (String table : ExtractionTables.TABLES) {
                Files.createDirectories(out.resolve(table));
                statement.execute("COPY " + table + " TO '" + out.resolve(table).resolve("part-00000.parquet")
                        + "' (FORMAT parquet)");
            }
        }
        return out;
    }

    @Test
    void parquetFolder_readsAsTheStoreFileItWasCopiedFrom() throws Exception {
        Path parquet = parquetCopy();
        try (Store file = Store.open(folder.resolve("entente.duckdb"));
                Store views = Store.openParquet(parquet)) {
            assertThat(views.readOnly()).isTrue();
            assertThat(file.readOnly()).isFalse();
            assertThat(views.documents()).isEqualTo(file.documents());
            assertThat(views.actors()).isEqualTo(file.actors());
            assertThat(views.assertions(AssertionQuery.all())).isEqualTo(file.assertions(AssertionQuery.all()));
            assertThat(views.network(NetworkQuery.defaults())).isEqualTo(file.network(NetworkQuery.defaults()));
            String id = file.documents().get(0).id();
            assertThat(views.document(id)).isEqualTo(file.document(id));
            assertThat(views.sentences(id)).isEqualTo(file.sentences(id));
            assertThat(views.reviews()).isEmpty();
        }
    }

    @Test
    void parquetFolder_refusesIngestImportAndReviews_sayingItIsReadOnly() throws Exception {
        try (Store views = Store.openParquet(parquetCopy())) {
            assertThatThrownBy(() -> views.ingest(Samples.extraction("c"), false))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only");
            assertThatThrownBy(() -> views.importEvents(folder.resolve("events.tsv"), EventFormat.GDELT))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void folderWithoutTables_isRefusedWithAMessageNamingIt() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("nothing-here"));
        assertThatThrownBy(() -> Store.openParquet(empty))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("no Entente Parquet tables");
    }

    @Test
    void tableMissingAColumn_isRefusedNamingTheTable() throws Exception {
        Path parquet = folder.resolve("bad");
        Files.createDirectories(parquet.resolve("actors"));
        try (Connection connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT 'IRN' AS id, 'Iran' AS name) TO '"
                    + parquet.resolve("actors").resolve("part-0.parquet") + "' (FORMAT parquet)");
        }
        assertThatThrownBy(() -> Store.openParquet(parquet))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("actors");
    }

    @Test
    void schema_describesTheTablesOfTheMigrations() {
        var schema = ExtractionTables.schema(ExtractionTables.TABLES);
        assertThat(schema).extracting(TableSchema::name).isEqualTo(ExtractionTables.TABLES);
        var assertions = schema.get(ExtractionTables.TABLES.indexOf("assertions"));
        assertThat(assertions.columns())
                .extracting(TableSchema.Column::name)
                .startsWith("id", "document", "sources", "targets");
        assertThat(assertions.columns().get(2).type()).isEqualTo("VARCHAR[]");
    }
}
