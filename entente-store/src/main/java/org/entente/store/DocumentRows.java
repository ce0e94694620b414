package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.FootnoteMarker;
import org.entente.core.Metadata;
import org.entente.core.PartialDate;
import org.entente.core.Precision;
import org.entente.core.Sentence;

/** Reads documents, their footnotes and sentences back. */
final class DocumentRows {
    private final Connection connection;

    DocumentRows(Connection connection) {
        this.connection = connection;
    }

    List<DocumentSummary> summaries() throws SQLException {
        List<DocumentSummary> summaries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, source, title, ingested_at,"
                        + " sentence_count, assertion_count FROM documents ORDER BY seq");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                summaries.add(new DocumentSummary(
                        rows.getString("id"),
                        rows.getString("source"),
                        Columns.text(rows, "title"),
                        Columns.instant(rows, "ingested_at"),
                        rows.getInt("sentence_count"),
                        rows.getInt("assertion_count")));
            }
        }
        return summaries;
    }

    Optional<Document> find(String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT source, title, authors, venue," + " date_first, date_precision FROM documents WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String precision = row.getString("date_precision");
                Optional<PartialDate> date = Columns.date(row, "date_first")
                        .map(first -> new PartialDate(first, Precision.valueOf(precision)));
                Metadata metadata = new Metadata(
                        Columns.text(row, "title"), Columns.texts(row, "authors"), Columns.text(row, "venue"), date);
                return Optional.of(new Document(id, row.getString("source"), metadata, blocks(id), footnotes(id)));
            }
        }
    }

    List<Sentence> sentences(String id) throws SQLException {
        List<Sentence> sentences = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT idx, block, start_offset, end_offset,"
                + " text, footnotes FROM sentences WHERE document = ? ORDER BY idx")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sentences.add(new Sentence(
                            rows.getInt("idx"),
                            rows.getInt("block"),
                            rows.getInt("start_offset"),
                            rows.getInt("end_offset"),
                            rows.getString("text"),
                            Columns.numbers(rows, "footnotes")));
                }
            }
        }
        return sentences;
    }

    /** The citations of each footnote of a document, by footnote number, in order. */
    Map<Integer, List<Citation>> citations(String id) throws SQLException {
        Map<String, List<PartialDate>> dates = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT footnote, citation, first_day, precision"
                + " FROM citation_dates WHERE document = ? ORDER BY footnote, citation, position")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    dates.computeIfAbsent(rows.getInt(1) + "/" + rows.getInt(2), k -> new ArrayList<>())
                            .add(new PartialDate(
                                    Columns.date(rows, "first_day").orElseThrow(),
                                    Precision.valueOf(rows.getString("precision"))));
                }
            }
        }
        Map<Integer, List<Citation>> byFootnote = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT footnote, position, author, title, outlet,"
                + " place, url FROM citations WHERE document = ? ORDER BY footnote, position")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int footnote = rows.getInt("footnote");
                    List<PartialDate> cited = dates.getOrDefault(footnote + "/" + rows.getInt("position"), List.of());
                    byFootnote
                            .computeIfAbsent(footnote, k -> new ArrayList<>())
                            .add(new Citation(
                                    Columns.text(rows, "author"),
                                    Columns.text(rows, "title"),
                                    Columns.text(rows, "outlet"),
                                    Columns.text(rows, "place"),
                                    cited,
                                    Columns.text(rows, "url")));
                }
            }
        }
        return byFootnote;
    }

    private List<Footnote> footnotes(String id) throws SQLException {
        Map<Integer, List<Citation>> citations = citations(id);
        List<Footnote> footnotes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT number, text FROM footnotes WHERE document = ? ORDER BY position")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int number = rows.getInt("number");
                    footnotes.add(
                            new Footnote(number, rows.getString("text"), citations.getOrDefault(number, List.of())));
                }
            }
        }
        return footnotes;
    }

    private List<Block> blocks(String id) throws SQLException {
        Map<Integer, List<FootnoteMarker>> markers = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT block, number, char_offset"
                + " FROM footnote_markers WHERE document = ? ORDER BY block, position")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    markers.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>())
                            .add(new FootnoteMarker(rows.getInt(2), rows.getInt(3)));
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        try (PreparedStatement query =
                connection.prepareStatement("SELECT idx, kind, text FROM blocks WHERE document = ? ORDER BY idx")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int index = rows.getInt("idx");
                    blocks.add(new Block(
                            index,
                            BlockKind.valueOf(rows.getString("kind")),
                            rows.getString("text"),
                            markers.getOrDefault(index, List.of())));
                }
            }
        }
        return blocks;
    }
}
