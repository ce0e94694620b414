package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.entente.core.RelationKind;

/**
 * Imports one event file in one transaction: the database stages the file's rows, the readable ones
 * whose ids are new become assertions of one document standing for the file, and the unreadable
 * ones are counted and reported by line. Nothing is written unless all of it is.
 */
final class EventImport {
    /** The staged rows that become assertions, before the duplicate check. */
    static final String KEPT = "problem IS NULL AND sources IS NOT NULL AND targets IS NOT NULL"
            + " AND NOT list_has_any(sources, targets)";

    private final Connection connection;

    EventImport(Connection connection) {
        this.connection = connection;
    }

    ImportResult run(Path file, EventFormat format) throws SQLException {
        try (EventFile events = EventFile.open(file)) {
            String id = events.sha256();
            String source = file.getFileName().toString();
            Optional<ImportResult> stored = stored(id, source);
            if (stored.isPresent()) {
                return stored.get();
            }
            if (!codesLoaded()) {
                StateCodes.load(connection);
                loadCameo();
            }
            EventLayout layout = EventLayouts.of(format, events, connection);
            // The file is read once, into a temporary table the later steps share, filled before the
            // transaction opens: the insert that reads it ran a third slower when it was filled
            // within. The order of the rows does not matter; not keeping it lets the database spread
            // the work over its threads. Line numbers, wanted only for problems, read the file again.
            try {
                execute("SET preserve_insertion_order = false");
                execute("CREATE OR REPLACE TEMP TABLE " + EventLayout.STAGED + " AS " + layout.staging(false));
                return Transaction.run(connection, () -> write(layout, events, id, source));
            } finally {
                execute("DROP TABLE IF EXISTS " + EventLayout.STAGED);
                execute("RESET preserve_insertion_order");
            }
        }
    }

    private Optional<ImportResult> stored(String id, String source) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT venue, assertion_count FROM documents WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String dataset = Optional.ofNullable(row.getString(1)).orElse("documents");
                return Optional.of(
                        new ImportResult(id, source, dataset, IngestResult.Status.UNCHANGED, 0, 0, 0, 0, 0, List.of()));
            }
        }
    }

    private ImportResult write(EventLayout layout, EventFile events, String id, String source) throws SQLException {
        long imported = insert(layout, id);
        execute("INSERT INTO actors SELECT n.id, n.name, n.type FROM (" + layout.actors(KEPT, id) + ") n"
                + " WHERE n.id NOT IN (SELECT id FROM actors)");
        long[] counts = counts();
        long rows = counts[0];
        long kept = counts[1];
        long unreadable = counts[2];
        Problems problems = problems(layout, events, unreadable > 0);
        writeDocument(id, source, layout.dataset(), imported);
        return new ImportResult(
                id,
                source,
                layout.dataset(),
                IngestResult.Status.ADDED,
                rows + problems.lines(),
                imported,
                kept - imported,
                rows - kept - unreadable,
                unreadable + problems.lines(),
                problems.messages());
    }

    /** Writes the kept rows whose ids are new as assertions of the document; returns how many. */
    private long insert(EventLayout layout, String id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO assertions"
                + " SELECT id, ?, sources, targets, kind,"
                + " CASE WHEN intensity > 0 THEN 'POSITIVE' WHEN intensity < 0 THEN 'NEGATIVE' ELSE 'NEUTRAL' END,"
                + " intensity, day, day, 'DAY', 'DATASET', 'ASSERTED', NULL, ?, 0, 0, 0, length(text), text,"
                + " []::INTEGER[]"
                + " FROM " + EventLayout.STAGED + " s WHERE " + KEPT
                + " AND NOT EXISTS (SELECT 1 FROM assertions a WHERE a.id = s.id)"
                + (layout.idsUniqueInFile() ? "" : " QUALIFY row_number() OVER (PARTITION BY id) = 1"))) {
            insert.setString(1, id);
            insert.setDouble(2, layout.confidence());
            return insert.executeUpdate();
        }
    }

    /** The staged rows: all of them, the kept ones, and those with a problem. */
    private long[] counts() throws SQLException {
        long[] counts = new long[3];
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*), count(*) FILTER (WHERE " + KEPT + "),"
                        + " count(*) FILTER (WHERE problem IS NOT NULL) FROM " + EventLayout.STAGED)) {
            row.next();
            for (int i = 0; i < counts.length; i++) {
                counts[i] = row.getLong(i + 1);
            }
        }
        return counts;
    }

    /** The rejected lines of the latest read and the staged rows with a problem, by line. */
    private Problems problems(EventLayout layout, EventFile events, boolean unreadable) throws SQLException {
        TreeMap<Long, String> byLine = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT line, any_value(error_type), any_value(error_message)"
                        + " FROM reject_errors WHERE scan_id = (SELECT max(scan_id) FROM reject_scans)"
                        + " GROUP BY line ORDER BY line")) {
            while (rows.next()) {
                byLine.put(rows.getLong(1), rejection(rows.getString(2), rows.getString(3)));
            }
        }
        long rejected = byLine.size();
        List<Long> rejectedLines = new ArrayList<>(byLine.keySet());
        if (unreadable) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT n, problem FROM (" + layout.staging(true)
                            + ") WHERE problem IS NOT NULL ORDER BY n LIMIT "
                            + ImportResult.MAX_PROBLEMS)) {
                while (rows.next()) {
                    byLine.put(line(rows.getLong(1), layout.headerLines(), rejectedLines), rows.getString(2));
                }
            }
        }
        List<String> messages = new ArrayList<>();
        byLine.entrySet().stream()
                .limit(ImportResult.MAX_PROBLEMS)
                .forEach(e -> messages.add(events.name() + ":" + e.getKey() + ": " + e.getValue() + "; skipped"));
        return new Problems(rejected, messages);
    }

    private record Problems(long lines, List<String> messages) {}

    /** The line (from 1) of the n-th staged row (from 1), counting the header and the rejected lines. */
    private static long line(long n, int headerLines, List<Long> rejectedLines) {
        long line = n + headerLines;
        for (long rejected : rejectedLines) {
            if (rejected <= line) {
                line++;
            }
        }
        return line;
    }

    private static String rejection(String type, String message) {
        String detail = Failures.firstLine(String.valueOf(message));
        return switch (String.valueOf(type)) {
            case "MISSING COLUMNS" -> "too few columns (" + detail + ")";
            case "TOO MANY COLUMNS" -> "too many columns (" + detail + ")";
            default -> "unreadable line (" + detail + ")";
        };
    }

    private void writeDocument(String id, String source, String dataset, long imported) throws SQLException {
        List<Optional<LocalDate>> span = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT min(time_start) AS first, max(time_start) AS last FROM assertions WHERE document = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                span.add(Columns.date(row, "first"));
                span.add(Columns.date(row, "last"));
            }
        }
        Optional<LocalDate> first = span.get(0);
        Optional<LocalDate> last = span.get(1).filter(d -> !first.equals(Optional.of(d)));
        String title = dataset + " events" + first.map(d -> ", " + d).orElse("")
                + last.map(d -> " to " + d).orElse("");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO documents VALUES"
                + " (?, ?, ?, []::VARCHAR[], ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM documents), 0, ?)")) {
            insert.setString(1, id);
            insert.setString(2, source);
            insert.setString(3, title);
            insert.setString(4, dataset);
            insert.setObject(5, first.orElse(null));
            insert.setString(6, first.map(d -> "DAY").orElse(null));
            insert.setObject(7, Columns.utc(Instant.now().truncatedTo(ChronoUnit.MICROS)));
            insert.setLong(8, imported);
            insert.executeUpdate();
        }
    }

    /**
     * True when the connection already holds the temporary code tables: they never change, and
     * loading them took longer than importing a file of a few thousand events.
     */
    private boolean codesLoaded() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT count(*) FROM duckdb_tables()" + " WHERE temporary AND table_name = 'import_cameo'")) {
            row.next();
            return row.getLong(1) > 0;
        }
    }

    /** The CAMEO roots with their kind, label and quad class, as {@code import_cameo}; loaded last. */
    private void loadCameo() throws SQLException {
        execute("CREATE OR REPLACE TEMP TABLE import_cameo (root VARCHAR, kind VARCHAR, label VARCHAR, quad INTEGER)");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_cameo VALUES (?, ?, ?, ?)")) {
            for (int code = 1; code <= 20; code++) {
                String root = String.format("%02d", code);
                RelationKind kind = RelationKind.ofCameoRoot(root);
                insert.setString(1, root);
                insert.setString(2, kind.name());
                insert.setString(3, kind.label());
                insert.setInt(4, kind.quadClass().orElseThrow());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
