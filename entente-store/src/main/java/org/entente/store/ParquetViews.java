package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.duckdb.DuckDBDriver;

/**
 * A read-only store over a folder of Parquet tables, as the Spark jobs write them: one sub-folder
 * (or one {@code NAME.parquet} file) per table of the schema. An in-memory database gets the
 * whole schema from the migrations, then each table the folder holds is replaced by a view of the
 * same name over {@code read_parquet}, every column cast to the schema's type: the migrations stay
 * the one description of both forms of the store. Tables the folder lacks (reviews, for one) stay
 * empty.
 */
final class ParquetViews {
    private ParquetViews() {}

    /**
     * @throws StoreException when {@code folder} is not a folder, holds none of the store's tables,
     *     or a table's files do not fit the schema
     */
    static Connection open(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new StoreException(folder + " is not a folder of Parquet tables");
        }
        Connection connection;
        try {
            connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
        } catch (SQLException e) {
            throw Failures.ofOpen(folder, e);
        }
        try {
            Migrations.migrate(connection, folder, Migrations.LATEST);
            int views = 0;
            for (String table : tables(connection)) {
                List<Path> files = files(folder, table);
                if (!files.isEmpty()) {
                    replace(connection, table, files);
                    views++;
                }
            }
            if (views == 0) {
                throw new StoreException(folder + " is a folder but holds no Entente Parquet tables"
                        + " (documents/, assertions/, actors/, ...); give --db a .duckdb file or the"
                        + " output folder of entente-spark");
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof SQLException sql) {
                throw Failures.of(folder, "read its Parquet tables", sql);
            }
            throw (RuntimeException) e;
        }
    }

    /** The schema's tables, schema_version aside. */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM duckdb_tables()"
                        + " WHERE database_name = current_database() AND schema_name = 'main'"
                        + " AND table_name <> 'schema_version' ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** The table's Parquet files: {@code table/*.parquet} (Spark's part files), or {@code table.parquet}. */
    static List<Path> files(Path folder, String table) {
        Path single = folder.resolve(table + ".parquet");
        if (Files.isRegularFile(single)) {
            return List.of(single);
        }
        Path sub = folder.resolve(table);
        if (!Files.isDirectory(sub)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(sub)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot list " + sub + ": " + e.getMessage(), e);
        }
    }

    private static void replace(Connection connection, String table, List<Path> files) throws SQLException {
        List<String> casts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT column_name, data_type"
                + " FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?"
                + " ORDER BY ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String column = EventLayouts.column(rows.getString(1));
                    casts.add("CAST(" + column + " AS " + rows.getString(2) + ") AS " + column);
                }
            }
        }
        String list = String.join(
                ", ", files.stream().map(f -> EventLayout.literal(f.toString())).toList());
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + table);
            statement.execute("CREATE VIEW " + table + " AS SELECT " + String.join(", ", casts) + " FROM read_parquet(["
                    + list + "])");
            // Binds the view now, so that a table whose files lack a column fails here, by name.
            statement.execute("SELECT * FROM " + table + " LIMIT 0");
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot read Parquet table " + table + " (" + files.get(0).getParent() + "): "
                            + Failures.firstLine(String.valueOf(e.getMessage())),
                    e);
        }
    }
}
