package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.entente.core.Modality;
import org.entente.core.NetworkQuery;
import org.entente.core.Period;
import org.entente.core.RelationKind;
import org.entente.core.StancePoint;
import org.entente.core.Tie;

/**
 * The network of a window, aggregated where the rows are: one pass of DuckDB over the reviewed
 * assertions, one row per tie out.
 *
 * <p>A tie's weight is the sum of its assertions' intensities, with one exception: between two
 * actors that fought each other in the window (fight, assault, mass violence), their talks,
 * appeals, agreements and concessions (ceasefires, prisoner exchanges) are the management of their
 * conflict, not alignment, and do not offset the fighting; they stay on the tie as evidence. Aid,
 * material cooperation, mediation and durable ties still count.
 */
final class NetworkRows {
    /**
     * The order of a tie's evidence, strongest first, as one number: |intensity| to a tenth, then
     * the later end (as days from the year 1, which twenty bits hold until the year 2871), then a
     * hash of the id so that equals still come in one order. Comparing one
     * BIGINT instead of a (double, date, string) triple made the network of every month over
     * millions of assertions a quarter faster.
     */
    private static final String STRENGTH = "((round(abs(intensity) * 10)::BIGINT << 52)"
            + " | (least(greatest(coalesce(time_end, DATE '0001-01-01') - DATE '0001-01-01', 0), 1048575)::BIGINT << 32)"
            + " | (hash(id) & 4294967295)::BIGINT)";

    private final Connection connection;

    NetworkRows(Connection connection) {
        this.connection = connection;
    }

    List<Tie> ties(NetworkQuery query) throws SQLException {
        String ends = query.directed() ? "s AS first, t AS second" : "least(s, t) AS first, greatest(s, t) AS second";
        List<Tie> ties = new ArrayList<>();
        try (PreparedStatement statement = aggregate(query, new Conditions(), ends, "first, second");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ties.add(tie(rows));
            }
        }
        return finished(ties, Merges.load(connection), query.directed());
    }

    /**
     * The network of each period (month or year) of the query's window, in time order, from one
     * pass over the store: for each period the ties {@link #ties} would give with that period as the
     * window. Only periods with ties are passed on.
     */
    void periods(NetworkQuery query, ChronoUnit per, BiConsumer<LocalDate, List<Tie>> each) throws SQLException {
        String unit = unit(per);
        String ends = query.directed() ? "s AS first, t AS second" : "least(s, t) AS first, greatest(s, t) AS second";
        Merges merges = Merges.load(connection);
        try (PreparedStatement statement = aggregate(
                        query,
                        new Conditions(),
                        Optional.of(unit),
                        "period, " + ends,
                        "period, first, second" + " ORDER BY period");
                ResultSet rows = statement.executeQuery()) {
            LocalDate current = null;
            List<Tie> ties = new ArrayList<>();
            while (rows.next()) {
                LocalDate period = rows.getObject("period", LocalDate.class);
                if (!period.equals(current) && current != null) {
                    each.accept(current, finished(ties, merges, query.directed()));
                    ties = new ArrayList<>();
                }
                current = period;
                ties.add(tie(rows));
            }
            if (current != null) {
                each.accept(current, finished(ties, merges, query.directed()));
            }
        }
    }

    private static List<Tie> finished(List<Tie> ties, Merges merges, boolean directed) {
        return sorted(merges.isEmpty() ? ties : merged(ties, merges, directed));
    }

    private static Tie tie(ResultSet rows) throws SQLException {
        return new Tie(
                rows.getString("first"),
                rows.getString("second"),
                rows.getDouble("weight"),
                rows.getInt("n"),
                rows.getInt("positive"),
                rows.getInt("negative"),
                Columns.date(rows, "latest"),
                ids(rows.getString("evidence")));
    }

    private static String unit(ChronoUnit per) {
        return switch (per) {
            case MONTHS -> "month";
            case YEARS -> "year";
            default -> throw new IllegalArgumentException("periods are months or years, not " + per);
        };
    }

    Period timeRange() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT min(time_start), max(time_end) FROM "
                        + AssertionRows.reviewed(connection) + " WHERE " + AssertionRows.NOT_REJECTED);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return new Period(
                    Optional.ofNullable(row.getObject(1, LocalDate.class)),
                    Optional.ofNullable(row.getObject(2, LocalDate.class)));
        }
    }

    /**
     * The stance of {@code from} toward {@code to} per period (month or year) of the assertions'
     * start, in time order; both directions unless the query is directed. Undated assertions have
     * no place on a timeline.
     */
    List<StancePoint> stance(String from, String to, NetworkQuery query, ChronoUnit per) throws SQLException {
        Merges merges = Merges.load(connection);
        List<String> a = merges.members(from);
        List<String> b = merges.members(to);
        String forward = "s IN (" + marks(a) + ") AND t IN (" + marks(b) + ")";
        String backward = "s IN (" + marks(b) + ") AND t IN (" + marks(a) + ")";
        List<Object> ends = new ArrayList<>(a);
        ends.addAll(b);
        if (!query.directed()) {
            ends.addAll(b);
            ends.addAll(a);
        }
        Conditions pair = new Conditions()
                .add("time_start IS NOT NULL")
                .add(query.directed() ? forward : "((" + forward + ") OR (" + backward + "))", ends.toArray());
        String period = "date_trunc('" + unit(per) + "', time_start)::DATE AS period";
        List<StancePoint> points = new ArrayList<>();
        try (PreparedStatement statement = aggregate(query, pair, period, "period ORDER BY period");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                points.add(new StancePoint(
                        rows.getObject("period", LocalDate.class),
                        rows.getDouble("weight"),
                        rows.getInt("n"),
                        rows.getInt("positive"),
                        rows.getInt("negative"),
                        ids(rows.getString("evidence"))));
            }
        }
        return List.copyOf(points);
    }

    /** Assertion ids joined by spaces; ids never hold one. */
    private static List<String> ids(String joined) {
        return List.of(joined.split(" "));
    }

    private static String marks(List<String> values) {
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }

    /**
     * One pass over the reviewed assertions the query selects, unnested to source-target pairs
     * (after merges are applied by {@code merged}), filtered by {@code pairs}, grouped by
     * {@code key}: the network's weighing rule lives here and only here.
     */
    private PreparedStatement aggregate(NetworkQuery query, Conditions pairs, String select, String groupBy)
            throws SQLException {
        return aggregate(query, pairs, Optional.empty(), select, groupBy);
    }

    /**
     * As above; with {@code per} ("month" or "year"), each dated pair is repeated once for every
     * period of that length its span overlaps within the query's window, as column {@code period}
     * (the period's first day), so that grouping by it gives each period's network in one pass.
     */
    PreparedStatement aggregate(
            NetworkQuery query, Conditions pairs, Optional<String> per, String select, String groupBy)
            throws SQLException {
        Conditions conditions = conditions(query);
        List<Object> values = new ArrayList<>(conditions.values());
        String rows;
        if (per.isPresent()) {
            rows = " q AS (" + periods(per.get(), query, values) + " WHERE s <> t" + pairs.and() + ")";
        } else {
            // Most assertions join one source to one target: those skip the (costly) unnesting.
            rows = " p AS (SELECT * FROM (SELECT sources[1] AS s, targets[1] AS t, id, kind, sign, intensity,"
                    + " time_start, time_end FROM a WHERE len(sources) = 1 AND len(targets) = 1"
                    + " UNION ALL SELECT s, t, id, kind, sign, intensity, time_start, time_end"
                    + " FROM (SELECT * FROM a WHERE len(sources) > 1 OR len(targets) > 1) AS m,"
                    + " unnest(m.sources) AS u(s), unnest(m.targets) AS v(t))"
                    + " WHERE s <> t" + pairs.and() + ")";
        }
        values.addAll(pairs.values());
        values.add(query.evidencePerTie());
        String sql = "WITH a AS (SELECT id, sources, targets, kind, sign, intensity, time_start, time_end"
                + " FROM " + AssertionRows.reviewed(connection) + conditions.where() + ")," + rows
                + " SELECT " + select + ","
                + " CASE WHEN bool_or(kind IN (" + names(EventCodes.ARMED) + "))"
                + " THEN coalesce(sum(intensity) FILTER (WHERE kind NOT IN (" + names(EventCodes.MANAGEMENT) + ")), 0)"
                + " ELSE sum(intensity) END AS weight,"
                + " count(*) AS n,"
                + " count(*) FILTER (WHERE sign = 'POSITIVE') AS positive,"
                + " count(*) FILTER (WHERE sign = 'NEGATIVE') AS negative,"
                + " max(time_end) AS latest,"
                // Joined into one string: reading a list per row through JDBC costs more than the query.
                + " array_to_string(max_by(id, " + STRENGTH + ", ?), ' ')"
                + " AS evidence"
                + " FROM " + (per.isPresent() ? "q" : "p") + " GROUP BY " + groupBy;
        return Conditions.prepare(connection, sql, values);
    }

    /**
     * The dated assertions of {@code a} as source-target pairs with the periods they fall in, as
     * columns {@code s}, {@code t} and {@code period}; {@code bounds} gets the values of the window's
     * parameters. Most assertions join one source to one target within one period, and become one
     * row; the others are repeated for every pair of their actors and every period of their span,
     * cut to the query's window. One list per assertion, unnested once: unnesting the pairs and then
     * the periods made the database keep all the assertions in memory to read them twice, and took
     * a sixth longer over ten million.
     */
    private static String periods(String unit, NetworkQuery query, List<Object> bounds) {
        String start = "date_trunc('" + unit + "', time_start)";
        String end = "date_trunc('" + unit + "', coalesce(time_end, time_start))";
        String first = query.from().isPresent() ? "date_trunc('" + unit + "', greatest(time_start, ?))" : start;
        String last =
                query.to().isPresent() ? "date_trunc('" + unit + "', least(coalesce(time_end, time_start), ?))" : end;
        query.from().ifPresent(bounds::add);
        query.to().ifPresent(bounds::add);
        String spread = "flatten(list_transform(sources, x -> flatten(list_transform(targets,"
                + " y -> list_transform(generate_series(" + first + ", " + last + ", INTERVAL 1 " + unit + "),"
                + " m -> {'s': x, 't': y, 'period': m::DATE})))))";
        return "SELECT id, kind, sign, intensity, time_start, time_end, u.s AS s, u.t AS t, u.period AS period"
                + " FROM (SELECT *, unnest(CASE WHEN len(sources) = 1 AND len(targets) = 1 AND " + start + " = " + end
                + " THEN [{'s': sources[1], 't': targets[1], 'period': " + start + "::DATE}] ELSE " + spread
                + " END) AS u FROM a WHERE time_start IS NOT NULL)";
    }

    /** The conditions a network query puts on reviewed assertions, rejected ones left out. */
    static Conditions conditions(NetworkQuery query) {
        Conditions conditions = new Conditions().add(AssertionRows.NOT_REJECTED);
        query.from().ifPresent(from -> conditions.add("time_end >= ?", from));
        query.to().ifPresent(to -> conditions.add("time_start <= ?", to));
        conditions.in("kind", query.kinds().stream().map(Enum::name).toList());
        if (query.modalities().size() < Modality.values().length) {
            conditions.in(
                    "modality", query.modalities().stream().map(Enum::name).toList());
        }
        if (query.reviewedOnly()) {
            conditions.add("verdict IN ('ACCEPTED', 'CORRECTED')");
        }
        query.speaker().ifPresent(speaker -> speaker.actor()
                .ifPresentOrElse(
                        actor -> conditions.add("speaker = ?", actor), () -> conditions.add("speaker IS NULL")));
        return conditions;
    }

    /** Constant SQL list of enum names; the names are the code's own, never user input. */
    private static String names(Set<RelationKind> kinds) {
        return kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
    }

    /**
     * Ties re-joined after actor merges: ties whose ends now coincide vanish, ties that now share
     * their ends add up (weights, counts, the latest day, and the strongest evidence of each).
     */
    private static List<Tie> merged(List<Tie> ties, Merges merges, boolean directed) {
        Map<List<String>, Tie> byEnds = new LinkedHashMap<>();
        // The database hands the ties over in no set order: merged ties join their evidence in the
        // order of their own ends, so one window and the same month in a pass over many agree.
        List<Tie> inOrder = new ArrayList<>(ties);
        inOrder.sort(Comparator.comparing(Tie::first).thenComparing(Tie::second));
        for (Tie tie : inOrder) {
            String first = merges.resolve(tie.first());
            String second = merges.resolve(tie.second());
            if (first.equals(second)) {
                continue;
            }
            if (!directed && first.compareTo(second) > 0) {
                String swap = first;
                first = second;
                second = swap;
            }
            Tie moved = new Tie(
                    first,
                    second,
                    tie.weight(),
                    tie.count(),
                    tie.positive(),
                    tie.negative(),
                    tie.latest(),
                    tie.evidence());
            byEnds.merge(List.of(first, second), moved, NetworkRows::sum);
        }
        return new ArrayList<>(byEnds.values());
    }

    private static Tie sum(Tie a, Tie b) {
        List<String> evidence = new ArrayList<>(a.evidence());
        evidence.addAll(b.evidence());
        return new Tie(
                a.first(),
                a.second(),
                a.weight() + b.weight(),
                a.count() + b.count(),
                a.positive() + b.positive(),
                a.negative() + b.negative(),
                a.latest().isEmpty()
                        ? b.latest()
                        : b.latest().filter(d -> d.isAfter(a.latest().get())).or(a::latest),
                evidence);
    }

    /** Strongest first, then by ends: the same query always lists the same ties in the same order. */
    private static List<Tie> sorted(List<Tie> ties) {
        ties.sort(Comparator.comparingDouble((Tie t) -> -Math.abs(t.weight()))
                .thenComparing(Tie::first)
                .thenComparing(Tie::second));
        return List.copyOf(ties);
    }
}
