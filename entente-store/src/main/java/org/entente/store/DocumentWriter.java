package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.core.Assertion;
import org.entente.core.Document;
import org.entente.core.Extraction;

/**
 * Writes one extraction in one transaction: the document's rows through {@link Rows}, the actors by
 * upsert, then checks that every actor an assertion names is stored, all before the commit.
 */
final class DocumentWriter {
    /** The tables holding one document's rows, each with a {@code document} column. */
    private static final List<String> DOCUMENT_TABLES = List.of(
            "blocks", "footnote_markers", "footnotes", "citations", "citation_dates", "sentences", "assertions");

    private final Connection connection;
    private final Path file;

    DocumentWriter(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    IngestResult ingest(Extraction extraction, boolean replace) throws SQLException {
        Document document = extraction.document();
        requireDistinctIds(extraction);
        return Transaction.run(connection, () -> {
            Optional<IngestResult> stored = stored(document.id());
            if (stored.isPresent() && !replace) {
                return stored.get();
            }
            if (stored.isPresent()) {
                delete(document.id());
            }
            writeDocumentRow(extraction);
            new ContentRows(connection).write(extraction);
            new ActorRows(connection).upsert(extraction.actors());
            requireKnownActors(document.id());
            return new IngestResult(
                    document.id(),
                    document.source(),
                    stored.isPresent() ? IngestResult.Status.REPLACED : IngestResult.Status.ADDED,
                    extraction.sentences().size(),
                    extraction.assertions().size());
        });
    }

    private Optional<IngestResult> stored(String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT source, sentence_count, assertion_count FROM documents WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IngestResult(
                        id, row.getString(1), IngestResult.Status.UNCHANGED, row.getInt(2), row.getInt(3)));
            }
        }
    }

    private void delete(String id) throws SQLException {
        for (String table : DOCUMENT_TABLES) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE document = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
        // An imported GDELT file's events name their document by its seq (see the schema's version 4).
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM gdelt_events WHERE document IN (SELECT seq FROM documents WHERE id = ?)")) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM documents WHERE id = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
    }

    private void writeDocumentRow(Extraction extraction) throws SQLException {
        Document document = extraction.document();
        var metadata = document.metadata();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO documents VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM documents), ?, ?)")) {
            insert.setString(1, document.id());
            insert.setString(2, document.source());
            insert.setString(3, metadata.title().orElse(null));
            insert.setArray(
                    4, connection.createArrayOf("VARCHAR", metadata.authors().toArray()));
            insert.setString(5, metadata.venue().orElse(null));
            insert.setObject(6, metadata.date().map(d -> d.first()).orElse(null));
            insert.setString(7, metadata.date().map(d -> d.precision().name()).orElse(null));
            insert.setObject(8, Columns.utc(Instant.now().truncatedTo(ChronoUnit.MICROS)));
            insert.setInt(9, extraction.sentences().size());
            insert.setInt(10, extraction.assertions().size());
            insert.executeUpdate();
        }
    }

    private void requireDistinctIds(Extraction extraction) {
        Set<String> ids = new HashSet<>();
        for (Assertion assertion : extraction.assertions()) {
            if (!ids.add(assertion.id())) {
                throw new StoreException(
                        "store " + file + ": document " + extraction.document().source()
                                + " has two assertions with id " + assertion.id() + "; nothing was stored");
            }
        }
    }

    /** Every source, target and speaker of the document's assertions must be a stored actor. */
    private void requireKnownActors(String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT named FROM ("
                + " SELECT unnest(list_concat(sources, targets)) AS named FROM assertions WHERE document = ?"
                + " UNION ALL SELECT speaker FROM assertions WHERE document = ? AND speaker IS NOT NULL)"
                + " WHERE named NOT IN (SELECT id FROM actors) ORDER BY named LIMIT 5")) {
            query.setString(1, id);
            query.setString(2, id);
            List<String> unknown = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    unknown.add(rows.getString(1));
                }
            }
            if (!unknown.isEmpty()) {
                throw new StoreException("store " + file + ": assertions name actors that are neither in the"
                        + " extraction nor in the store: " + String.join(", ", unknown) + "; nothing was stored");
            }
        }
    }
}
