package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.core.Assertion;
import org.entente.core.AssertionQuery;
import org.entente.core.Citation;
import org.entente.core.Evidence;
import org.entente.core.Modality;
import org.entente.core.NetworkQuery;
import org.entente.core.Precision;
import org.entente.core.RelationKind;
import org.entente.core.Sign;
import org.entente.core.Speaker;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;

/**
 * Reads assertions back with their evidence. The evidence's citations are not stored with the
 * assertion: they are rebuilt from the footnotes of its document, by footnote number.
 */
final class AssertionRows {
    private static final String COLUMNS = "SELECT id, document, sources, targets, kind, sign, intensity,"
            + " time_start, time_end, time_precision, time_basis, modality, speaker, confidence, sentence, block,"
            + " span_start, span_end, text, footnotes, verdict FROM ";

    /**
     * Where reviewed assertions are read from: the view that applies the latest review of each, or,
     * while nobody has reviewed anything, every assertion with no verdicts: the view's join costs a
     * fifth of a large network query. The view joins the reviews to each kind of row on its own, so
     * that a filter on the reviewed actors still reaches imported GDELT events before their evidence
     * is composed (schema version 5).
     */
    static String reviewed(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM assertion_reviews)");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getBoolean(1)
                    ? "reviewed_assertions"
                    : "(SELECT *, NULL::VARCHAR AS verdict FROM all_assertions)";
        }
    }

    /** The condition that leaves out what an analyst rejected. */
    static final String NOT_REJECTED = "verdict IS DISTINCT FROM 'REJECTED'";

    private final Connection connection;

    AssertionRows(Connection connection) {
        this.connection = connection;
    }

    List<Assertion> find(AssertionQuery query) throws SQLException {
        Conditions conditions = new Conditions();
        query.actor()
                .ifPresent(actor ->
                        conditions.add("(list_contains(sources, ?) OR list_contains(targets, ?))", actor, actor));
        query.between()
                .ifPresent(pair -> conditions.add(
                        "((list_contains(sources, ?) AND list_contains(targets, ?))"
                                + " OR (list_contains(sources, ?) AND list_contains(targets, ?)))",
                        pair.first(),
                        pair.second(),
                        pair.second(),
                        pair.first()));
        query.from().ifPresent(from -> conditions.add("time_end >= ?", from));
        query.to().ifPresent(to -> conditions.add("time_start <= ?", to));
        query.kind().ifPresent(kind -> conditions.add("kind = ?", kind.name()));
        query.document().ifPresent(document -> conditions.add("document = ?", document));
        if (!query.includeRejected()) {
            conditions.add(NOT_REJECTED);
        }
        List<Object> values = new ArrayList<>(conditions.values());
        String sql = COLUMNS + reviewed(connection) + conditions.where() + " ORDER BY time_start NULLS LAST, id";
        if (query.limit() > 0) {
            sql += " LIMIT ?";
            values.add(query.limit());
        }
        return read(sql, values);
    }

    /** The assertions a network query weighs, in time order. */
    List<Assertion> find(NetworkQuery query) throws SQLException {
        Conditions conditions = NetworkRows.conditions(query);
        return read(
                COLUMNS + reviewed(connection) + conditions.where() + " ORDER BY time_start NULLS LAST, id",
                conditions.values());
    }

    Optional<Assertion> find(String id) throws SQLException {
        return read(COLUMNS + reviewed(connection) + " WHERE id = ?", List.of(id)).stream()
                .findFirst();
    }

    private List<Assertion> read(String sql, List<Object> values) throws SQLException {
        Map<String, Map<Integer, List<Citation>>> citations = new HashMap<>();
        DocumentRows documents = new DocumentRows(connection);
        Merges merges = Merges.load(connection);
        List<Assertion> assertions = new ArrayList<>();
        try (PreparedStatement query = Conditions.prepare(connection, sql, values)) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String document = rows.getString("document");
                    Map<Integer, List<Citation>> byFootnote = citations.get(document);
                    if (byFootnote == null) {
                        byFootnote = documents.citations(document);
                        citations.put(document, byFootnote);
                    }
                    assertion(rows, byFootnote, merges).ifPresent(assertions::add);
                }
            }
        }
        return assertions;
    }

    /**
     * The assertion of a row, its actors resolved through the analysts' merges; empty when a merge
     * leaves it joining an actor to itself alone.
     */
    private static Optional<Assertion> assertion(ResultSet row, Map<Integer, List<Citation>> byFootnote, Merges merges)
            throws SQLException {
        List<String> sources = merges.resolve(Columns.texts(row, "sources"));
        List<String> targets = merges.resolve(Columns.texts(row, "targets")).stream()
                .filter(t -> !sources.contains(t))
                .toList();
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> footnotes = Columns.numbers(row, "footnotes");
        List<Citation> cited = new ArrayList<>();
        for (int footnote : footnotes) {
            cited.addAll(byFootnote.getOrDefault(footnote, List.of()));
        }
        Evidence evidence = new Evidence(
                row.getString("document"),
                row.getInt("sentence"),
                row.getInt("block"),
                row.getInt("span_start"),
                row.getInt("span_end"),
                row.getString("text"),
                footnotes,
                cited);
        TimeSpan time = new TimeSpan(
                Columns.date(row, "time_start"),
                Columns.date(row, "time_end"),
                Precision.valueOf(row.getString("time_precision")),
                TimeBasis.valueOf(row.getString("time_basis")));
        return Optional.of(new Assertion(
                row.getString("id"),
                sources,
                targets,
                RelationKind.valueOf(row.getString("kind")),
                Sign.valueOf(row.getString("sign")),
                row.getDouble("intensity"),
                time,
                Modality.valueOf(row.getString("modality")),
                new Speaker(Columns.text(row, "speaker")),
                row.getDouble("confidence"),
                evidence));
    }
}
