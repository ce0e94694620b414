package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.duckdb.DuckDBDriver;
import org.entente.core.Document;
import org.entente.core.Extraction;

/**
 * The store's tables for writers outside the database: their schema as the migrations define it,
 * and the rows one extraction puts in them, built by the same code the store's ingest runs. A
 * folder holding these tables as Parquet opens with {@link Store#openParquet}.
 */
public final class ExtractionTables {
    /** The tables an extraction fills, in the order {@link #rows} lists them. */
    public static final List<String> TABLES = List.of(
            "documents",
            "blocks",
            "footnote_markers",
            "footnotes",
            "citations",
            "citation_dates",
            "sentences",
            "assertions",
            "actors",
            "actor_aliases",
            "actor_affiliations");

    private ExtractionTables() {}

    /**
     * The schema of {@code tables}, read from an in-memory database the migrations have just built.
     *
     * @throws IllegalArgumentException naming a table the schema does not have
     */
    public static List<TableSchema> schema(List<String> tables) {
        try (Connection connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties())) {
            Migrations.migrate(connection, java.nio.file.Path.of(":memory:"), Migrations.LATEST);
            List<TableSchema> schemas = new ArrayList<>();
            for (String table : tables) {
                schemas.add(new TableSchema(table, columns(connection, table)));
            }
            return List.copyOf(schemas);
        } catch (SQLException e) {
            throw new StoreException("cannot build the store's schema in memory: " + e.getMessage(), e);
        }
    }

    private static List<TableSchema.Column> columns(Connection connection, String table) throws SQLException {
        List<TableSchema.Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT column_name, data_type, is_nullable"
                + " FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?"
                + " ORDER BY ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new TableSchema.Column(
                            rows.getString(1), rows.getString(2), "YES".equals(rows.getString(3))));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("the store has no table " + table);
        }
        return columns;
    }

    /**
     * The rows of one extraction by table (every name of {@link #TABLES}, in that order, empty lists
     * included), as the store's ingest would write them into an empty store. Each row is a list of
     * cells in the columns' order: {@code String}, {@code Integer}, {@code Long}, {@code Double},
     * {@code LocalDate}, {@code LocalDateTime} (UTC) or {@code List} of these; a cell is null exactly
     * where the column is SQL NULL.
     *
     * @param ingestedAt the documents row's ingestion time, kept to the microsecond
     * @param seq the documents row's sequence number, its place in the order of documents
     */
    public static Map<String, List<List<Object>>> rows(Extraction extraction, Instant ingestedAt, long seq) {
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        TABLES.forEach(table -> rows.put(table, new ArrayList<>()));
        rows.get("documents").add(documentRow(extraction, ingestedAt, seq));
        Rows.Target target = table -> new Rows(rows.get(table));
        try {
            new ContentRows(target).write(extraction);
            Map<String, org.entente.core.Actor> byId = new LinkedHashMap<>();
            extraction.actors().forEach(actor -> byId.put(actor.id(), actor));
            ActorRows.write(byId.values(), target);
        } catch (SQLException e) {
            throw new IllegalStateException("collecting rows touches no database", e);
        }
        return rows;
    }

    /** The columns of {@code documents}, as {@link DocumentWriter} fills them. */
    private static List<Object> documentRow(Extraction extraction, Instant ingestedAt, long seq) {
        Document document = extraction.document();
        var metadata = document.metadata();
        return Arrays.asList(
                document.id(),
                document.source(),
                metadata.title().orElse(null),
                List.copyOf(metadata.authors()),
                metadata.venue().orElse(null),
                metadata.date().map(d -> d.first()).orElse(null),
                metadata.date().map(d -> d.precision().name()).orElse(null),
                Columns.utc(ingestedAt.truncatedTo(ChronoUnit.MICROS)),
                seq,
                extraction.sentences().size(),
                extraction.assertions().size());
    }
}
