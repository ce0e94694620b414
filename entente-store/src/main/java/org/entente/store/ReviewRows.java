package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.core.Alias;
import org.entente.core.AliasKind;
import org.entente.core.Correction;
import org.entente.core.Precision;
import org.entente.core.RelationKind;
import org.entente.core.Review;
import org.entente.core.Sign;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;
import org.entente.core.Verdict;

/**
 * Appends and lists reviews. Reviews of assertions and of actors live in two tables that share one
 * sequence, which keeps the order they were made in.
 */
final class ReviewRows {
    private final Connection connection;

    ReviewRows(Connection connection) {
        this.connection = connection;
    }

    void add(Review review) throws SQLException {
        if (review instanceof Review.OfAssertion ofAssertion) {
            addOfAssertion(ofAssertion);
        } else if (review instanceof Review.Merge merge) {
            addOfActor(merge, "MERGE", merge.from(), Optional.of(merge.into()), Optional.empty());
        } else if (review instanceof Review.AddAlias addAlias) {
            addOfActor(addAlias, "ADD_ALIAS", addAlias.actor(), Optional.empty(), Optional.of(addAlias.alias()));
        } else if (review instanceof Review.Undo undo) {
            addUndo(undo);
        } else {
            throw new IllegalArgumentException(
                    "unknown kind of review " + review.getClass().getName());
        }
    }

    boolean exists(String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT (SELECT count(*) FROM assertion_reviews"
                + " WHERE id = ?) + (SELECT count(*) FROM actor_reviews WHERE id = ?)"
                + " + (SELECT count(*) FROM review_undos WHERE id = ?)")) {
            query.setString(1, id);
            query.setString(2, id);
            query.setString(3, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    private void addOfAssertion(Review.OfAssertion review) throws SQLException {
        Optional<Correction> correction = review.correction();
        Optional<TimeSpan> time = correction.flatMap(Correction::time);
        Optional<RelationKind> kind = correction.flatMap(Correction::kind);
        Optional<Sign> sign = correction.flatMap(Correction::sign).or(() -> kind.map(RelationKind::defaultSign));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO assertion_reviews (seq, id, assertion,"
                + " verdict, corrected_sources, corrected_targets, corrected_kind, corrected_sign,"
                + " corrected_time_precision, corrected_time_start, corrected_time_end, corrected_time_basis, note,"
                + " made_at, effective_sign, effective_intensity)"
                + " VALUES (nextval('review_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, review.id());
            insert.setString(2, review.assertion());
            insert.setString(3, review.verdict().name());
            insert.setArray(4, array(correction.flatMap(Correction::sources)));
            insert.setArray(5, array(correction.flatMap(Correction::targets)));
            insert.setString(6, kind.map(Enum::name).orElse(null));
            insert.setString(
                    7, correction.flatMap(Correction::sign).map(Enum::name).orElse(null));
            insert.setString(8, time.map(t -> t.precision().name()).orElse(null));
            insert.setObject(9, time.flatMap(TimeSpan::start).orElse(null));
            insert.setObject(10, time.flatMap(TimeSpan::end).orElse(null));
            insert.setString(11, time.map(t -> t.basis().name()).orElse(null));
            insert.setString(12, review.note());
            insert.setObject(13, Columns.utc(review.at()));
            insert.setString(14, sign.map(Enum::name).orElse(null));
            // A corrected kind brings its own strength; a corrected sign alone keeps the machine's.
            insert.setObject(15, kind.map(k -> strength(k, sign.orElseThrow())).orElse(null));
            insert.executeUpdate();
        }
    }

    /** The intensity of a corrected kind with a sign; a sign turned from neutral has strength 1. */
    private static double strength(RelationKind kind, Sign sign) {
        return Math.max(Math.abs(kind.defaultIntensity()), sign == Sign.NEUTRAL ? 0 : 1) * sign.value();
    }

    /** An undo names a verdict, merge or alias that stands: not an undo, not one already taken back. */
    private void addUndo(Review.Undo undo) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT (SELECT count(*) FROM assertion_reviews"
                + " WHERE id = ?) + (SELECT count(*) FROM actor_reviews WHERE id = ?),"
                + " (SELECT count(*) FROM review_undos WHERE review = ?)")) {
            query.setString(1, undo.review());
            query.setString(2, undo.review());
            query.setString(3, undo.review());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                if (row.getLong(1) == 0) {
                    throw new StoreException("there is no verdict, merge or alias with id " + undo.review()
                            + " to undo (an undo cannot itself be undone: make the review again)");
                }
                if (row.getLong(2) > 0) {
                    throw new StoreException("review " + undo.review() + " is already undone");
                }
            }
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO review_undos VALUES (nextval('review_seq'), ?, ?, ?, ?)")) {
            insert.setString(1, undo.id());
            insert.setString(2, undo.review());
            insert.setString(3, undo.note());
            insert.setObject(4, Columns.utc(undo.at()));
            insert.executeUpdate();
        }
    }

    private void addOfActor(Review review, String kind, String actor, Optional<String> into, Optional<Alias> alias)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO actor_reviews VALUES (nextval('review_seq'), ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, review.id());
            insert.setString(2, kind);
            insert.setString(3, actor);
            insert.setString(4, into.orElse(null));
            insert.setString(5, alias.map(Alias::text).orElse(null));
            insert.setString(6, alias.map(a -> a.kind().name()).orElse(null));
            insert.setString(7, review.note());
            insert.setObject(8, Columns.utc(review.at()));
            insert.executeUpdate();
        }
    }

    private java.sql.Array array(Optional<List<String>> values) throws SQLException {
        return values.isPresent()
                ? connection.createArrayOf("VARCHAR", values.get().toArray())
                : null;
    }

    /** Every review in the order made. */
    List<Review> all() throws SQLException {
        List<Map.Entry<Long, Review>> reviews = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM assertion_reviews");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                reviews.add(Map.entry(rows.getLong("seq"), ofAssertion(rows)));
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM actor_reviews");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                reviews.add(Map.entry(rows.getLong("seq"), ofActor(rows)));
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM review_undos");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                reviews.add(Map.entry(
                        rows.getLong("seq"),
                        new Review.Undo(
                                rows.getString("id"),
                                rows.getString("review"),
                                rows.getString("note"),
                                Columns.instant(rows, "made_at"))));
            }
        }
        reviews.sort(Comparator.comparing(Map.Entry::getKey));
        return reviews.stream().map(Map.Entry::getValue).toList();
    }

    private static Review ofAssertion(ResultSet row) throws SQLException {
        Verdict verdict = Verdict.valueOf(row.getString("verdict"));
        Optional<Correction> correction = Optional.empty();
        if (verdict == Verdict.CORRECTED) {
            Optional<String> precision = Columns.text(row, "corrected_time_precision");
            Optional<TimeSpan> span = precision.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new TimeSpan(
                            Columns.date(row, "corrected_time_start"),
                            Columns.date(row, "corrected_time_end"),
                            Precision.valueOf(precision.get()),
                            TimeBasis.valueOf(row.getString("corrected_time_basis"))));
            correction = Optional.of(new Correction(
                    optionalList(row, "corrected_sources"),
                    optionalList(row, "corrected_targets"),
                    Columns.text(row, "corrected_kind").map(RelationKind::valueOf),
                    Columns.text(row, "corrected_sign").map(Sign::valueOf),
                    span));
        }
        return new Review.OfAssertion(
                row.getString("id"),
                row.getString("assertion"),
                verdict,
                correction,
                row.getString("note"),
                Columns.instant(row, "made_at"));
    }

    private static Optional<List<String>> optionalList(ResultSet row, String column) throws SQLException {
        return row.getArray(column) == null ? Optional.empty() : Optional.of(Columns.texts(row, column));
    }

    private static Review ofActor(ResultSet row) throws SQLException {
        String id = row.getString("id");
        String note = row.getString("note");
        if ("MERGE".equals(row.getString("kind"))) {
            return new Review.Merge(
                    id, row.getString("actor"), row.getString("into_actor"), note, Columns.instant(row, "made_at"));
        }
        Alias alias = new Alias(row.getString("alias_text"), AliasKind.valueOf(row.getString("alias_kind")));
        return new Review.AddAlias(id, row.getString("actor"), alias, note, Columns.instant(row, "made_at"));
    }
}
