package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.entente.store.ExtractionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of Parquet tables given as --db: read commands read it, writing ones refuse it. */
class ParquetStoreCommandTest {
    @TempDir
    Path dir;

    /** A store file with imported ties, and its tables copied out as Parquet, as entente-spark lays them. */
    private Path parquetStore(Path db) throws IOException, SQLException {
        Path file = dir.resolve("ties.csv");
        Files.writeString(
                file,
                "source,target,date,kind,sign\nARM,AZE,2020-09-27,fight,-\nTUR,AZE,2020-09-28,aid,+\n",
                StandardCharsets.UTF_8);
        assertThat(Models.withoutModels("--db", db.toString(), "import", "csv", file.toString())
                        .code())
                .isEqualTo(Cli.OK);
        Path folder = dir.resolve("tables");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
                Statement statement = connection.createStatement()) {
            for (String table : ExtractionTables.TABLES) {
                Files.createDirectories(folder.resolve(table));
                statement.execute("COPY " + table + " TO '"
                        + folder.resolve(table).resolve("part-00000.parquet") + "' (FORMAT parquet)");
            }
        }
        return folder;
    }

    @Test
    void readCommands_onAParquetFolder_printWhatTheyPrintOnTheStoreFile() throws Exception {
        Path db = dir.resolve("s.duckdb");
        Path folder = parquetStore(db);
        for (String command : new String[] {"network", "actors", "assertions"}) {
            Models.Run fromFile = Models.withoutModels("--db", db.toString(), command, "--format", "json");
            Models.Run fromParquet = Models.withoutModels("--db", folder.toString(), command, "--format", "json");
            assertThat(fromParquet.code()).as(command).isEqualTo(Cli.OK);
            assertThat(fromParquet.out()).as(command).isEqualTo(fromFile.out()).contains("AZE");
        }
    }

    @Test
    void importAndIngest_onAParquetFolder_sayItIsReadOnly() throws Exception {
        Path folder = parquetStore(dir.resolve("s.duckdb"));
        Models.Run imported = Models.withoutModels(
                "--db",
                folder.toString(),
                "import",
                "csv",
                dir.resolve("ties.csv").toString());
        Models.Run ingested = Models.withoutModels(
                "--db", folder.toString(), "ingest", dir.resolve("ties.csv").toString());
        for (Models.Run refused : new Models.Run[] {imported, ingested}) {
            assertThat(refused.code()).isEqualTo(Cli.FAILED);
            assertThat(refused.err())
                    .contains("read-only")
                    .contains(folder.toString())
                    .doesNotContain("\tat ");
        }
    }
}
