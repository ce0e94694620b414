package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rows of one or more event files, read by the database into the temporary table {@link
 * EventLayout#STAGED} in one scan, before any transaction opens; {@link #write} then writes one file's
 * rows in the caller's transaction, or {@link #writeTogether} those of all the files read. No row
 * passes through Java.
 *
 * <p>Where the time goes, and so the shape of the statements: the scan reads every byte, but the
 * staged table keeps only the fields the import reads; writing the rows to the store file costs
 * most, so each layout writes them as narrowly as it can ({@link EventLayout#insert}: GDELT's
 * events without their evidence text, which is composed when read). Ids already stored are looked
 * up once for all the files read together ({@code import_known}), so that a file's insert checks
 * its ids against that small table instead of scanning every stored assertion.
 */
final class StagedEvents {
    /** The staged rows that become assertions, before the duplicate check. */
    static final String KEPT = "problem IS NULL AND sources IS NOT NULL AND targets IS NOT NULL"
            + " AND NOT list_has_any(sources, targets)";

    private static final String KNOWN = EventLayout.KNOWN;
    private static final String SHARED = EventLayout.SHARED;

    private final Connection connection;
    private final EventLayout layout;
    private final boolean several;
    private final long scan;
    private final boolean rejects;
    private final Map<Integer, Counts> counts;
    private final boolean shared;

    /** The files that bring new actors; empty, once a file failed, for all of them. */
    private Optional<Set<Integer>> naming;

    /** Whether {@link EventLayout#KNOWN} holds any key; it grows as files sharing events are written. */
    private boolean known;

    private StagedEvents(
            Connection connection,
            EventLayout layout,
            boolean several,
            long scan,
            boolean rejects,
            Map<Integer, Counts> counts,
            Optional<Set<Integer>> naming,
            boolean known,
            boolean shared) {
        this.connection = connection;
        this.layout = layout;
        this.several = several;
        this.scan = scan;
        this.rejects = rejects;
        this.counts = counts;
        this.naming = naming;
        this.known = known;
        this.shared = shared;
    }

    /**
     * Reads the layout's files into the staged table, and finds which of their ids are stored already.
     *
     * @param several whether the layout reads several files, which {@link #write} then tells apart by
     *     their number, in the column {@code file}
     */
    static StagedEvents stage(Connection connection, EventLayout layout, boolean several) throws SQLException {
        // Not keeping the order of the rows lets the database spread the work over its threads; the
        // files read together keep it, so that each file's rows lie together and its later reads
        // skip the others' blocks. The CSV reader guesses a few dozen rows, for which the optimizer
        // would build the joins' hash tables on the file's millions of rows rather than on the code
        // tables: written as they are, the joins ran 40% faster.
        execute(connection, "SET preserve_insertion_order = " + several);
        execute(connection, "SET disabled_optimizers = 'build_side_probe_side'");
        try {
            execute(connection, "CREATE OR REPLACE TEMP TABLE " + EventLayout.STAGED + " AS " + layout.staging(false));
        } finally {
            execute(connection, "RESET disabled_optimizers");
            execute(connection, "RESET preserve_insertion_order");
        }
        long scan = single(connection, "SELECT coalesce(max(scan_id), -1) FROM reject_scans");
        boolean rejects = single(connection, "SELECT count(*) FROM reject_errors WHERE scan_id = " + scan) > 0;
        Map<Integer, Counts> counts = counts(connection, layout, several);
        for (Map.Entry<String, String> helper : layout.helpers().entrySet()) {
            execute(connection, "CREATE OR REPLACE TEMP TABLE " + helper.getKey() + " AS " + helper.getValue());
        }
        execute(connection, "CREATE OR REPLACE TEMP TABLE " + KNOWN + " AS " + layout.storedIds());
        Optional<String> bringing = layout.filesNamingNewActors(layout.kept());
        Optional<Set<Integer>> naming =
                bringing.isPresent() ? Optional.of(numbers(connection, bringing.get())) : Optional.empty();
        long known = single(connection, "SELECT count(*) FROM " + KNOWN);
        boolean shared = false;
        if (several) {
            execute(
                    connection,
                    "CREATE OR REPLACE TEMP TABLE " + SHARED + " AS SELECT " + layout.key() + " AS key FROM ("
                            + layout.ids() + ") GROUP BY key HAVING count(DISTINCT file) > 1");
            shared = single(connection, "SELECT count(*) FROM " + SHARED) > 0;
        }
        return new StagedEvents(connection, layout, several, scan, rejects, counts, naming, known > 0, shared);
    }

    /** Each file's counts, by its number (0 when the layout reads one file). */
    private static Map<Integer, Counts> counts(Connection connection, EventLayout layout, boolean several)
            throws SQLException {
        String file = several ? "file" : "0";
        String kept = layout.kept();
        Map<Integer, Counts> counts = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT " + file + ", count(*), count(*) FILTER (WHERE "
                        + kept + "), count(*) FILTER (WHERE problem IS NOT NULL), min(day) FILTER (WHERE " + kept
                        + ") AS first, max(day) FILTER (WHERE " + kept + ") AS last FROM (" + layout.rows()
                        + ") GROUP BY ALL")) {
            while (row.next()) {
                counts.put(
                        row.getInt(1),
                        new Counts(
                                row.getLong(2),
                                row.getLong(3),
                                row.getLong(4),
                                Columns.date(row, "first"),
                                Columns.date(row, "last")));
            }
        }
        return counts;
    }

    /**
     * Writes the staged rows of {@code events}, the file numbered {@code number} (from 1) of those
     * read, as the document {@code id} in the caller's transaction: its new assertions, the actors
     * they bring, the document's row.
     */
    ImportResult write(EventFile events, int number, String id, String source) throws SQLException {
        String mine = several ? "file = " + number + " AND " : "";
        long seq = single(connection, "SELECT coalesce(max(seq), 0) + 1 FROM documents");
        long imported = insert(mine, id, seq);
        if (shared) {
            known = true;
            execute(
                    connection,
                    "INSERT INTO " + KNOWN + " SELECT " + layout.key() + " FROM (" + layout.rows() + ") WHERE " + mine
                            + layout.kept() + " AND " + layout.key() + " IN (SELECT key FROM " + SHARED + ")");
        }
        if (naming.map(files -> files.contains(number)).orElse(true)) {
            insertActors(mine + layout.kept(), id);
        }
        Written written =
                new Written(events, id, source, seq, counts.getOrDefault(several ? number : 0, Counts.NONE), imported);
        insertDocuments(List.of(written));
        return result(written);
    }

    /** A file read together with others, to be written as the document {@code id}. */
    record Member(EventFile events, String id, String source) {}

    /**
     * Writes the staged rows of all the files read together, {@code files} in the order of their
     * numbers, in the caller's transaction: their new events, the actors they bring, their
     * documents' rows, each as {@link #write} does one file's but in a few statements for all of
     * them. Their results, in order.
     */
    List<ImportResult> writeTogether(List<Member> files) throws SQLException {
        long first = single(connection, "SELECT coalesce(max(seq), 0) + 1 FROM documents");
        execute(connection, "SET preserve_insertion_order = false");
        try {
            execute(connection, layout.insertFiles(first, known, shared));
        } finally {
            execute(connection, "RESET preserve_insertion_order");
        }
        Map<Integer, Long> imported = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(layout.writtenByFile(first))) {
            while (rows.next()) {
                imported.put(rows.getInt(1), rows.getLong(2));
            }
        }
        if (naming.map(bringing -> !bringing.isEmpty()).orElse(true)) {
            insertActors(layout.kept(), "");
        }
        List<Written> written = new ArrayList<>();
        for (int number = 1; number <= files.size(); number++) {
            Member file = files.get(number - 1);
            written.add(new Written(
                    file.events(),
                    file.id(),
                    file.source(),
                    first - 1 + number,
                    counts.getOrDefault(number, Counts.NONE),
                    imported.getOrDefault(number, 0L)));
        }
        insertDocuments(written);
        List<ImportResult> results = new ArrayList<>();
        for (Written file : written) {
            results.add(result(file));
        }
        return results;
    }

    /** One file written: its document's id, source and sequence number, its counts, its rows written. */
    private record Written(EventFile events, String id, String source, long seq, Counts count, long imported) {}

    private void insertActors(String kept, String document) throws SQLException {
        execute(
                connection,
                "INSERT INTO actors SELECT n.id, n.name, n.type FROM (" + layout.actors(kept, document)
                        + ") n WHERE n.id NOT IN (SELECT id FROM actors)");
    }

    private ImportResult result(Written file) throws SQLException {
        Counts count = file.count();
        Problems problems = problems(file.events(), count.unreadable() > 0);
        return new ImportResult(
                file.id(),
                file.source(),
                layout.dataset(),
                IngestResult.Status.ADDED,
                count.rows() + problems.lines(),
                file.imported(),
                count.kept() - file.imported(),
                count.rows() - count.kept() - count.unreadable(),
                count.unreadable() + problems.lines(),
                problems.messages());
    }

    /**
     * One file's staged rows: all of them, those kept, those with a problem, and the first and last
     * day of those kept.
     */
    private record Counts(long rows, long kept, long unreadable, Optional<LocalDate> first, Optional<LocalDate> last) {
        static final Counts NONE = new Counts(0, 0, 0, Optional.empty(), Optional.empty());
    }

    /**
     * Tells that a file was not written: the actors it was to bring are then written by every later
     * file that names them.
     */
    void failed() {
        naming = Optional.empty();
    }

    /** Drops the staged tables. */
    void drop() throws SQLException {
        List<String> tables = new ArrayList<>(List.of(EventLayout.STAGED, KNOWN, SHARED));
        tables.addAll(layout.helpers().keySet());
        for (String table : tables) {
            execute(connection, "DROP TABLE IF EXISTS " + table);
        }
    }

    /**
     * Writes the kept rows of the file whose ids are new as the assertions (or events) of the
     * document; returns how many.
     */
    private long insert(String mine, String id, long seq) throws SQLException {
        execute(connection, "SET preserve_insertion_order = false");
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(layout.insert(mine, id, seq, known));
        } finally {
            execute(connection, "RESET preserve_insertion_order");
        }
    }

    /** The rejected lines of the file in the staging scan and its staged rows with a problem, by line. */
    private Problems problems(EventFile events, boolean unreadable) throws SQLException {
        TreeMap<Long, String> byLine = new TreeMap<>();
        if (rejects) {
            rejectedLines(events, byLine);
        }
        long rejected = byLine.size();
        List<Long> rejectedLines = new ArrayList<>(byLine.keySet());
        if (unreadable) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT n, problem FROM ("
                            + layout.only(events.readable()).staging(true)
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

    /** The lines of {@code events} that the staging scan rejected, with why, into {@code byLine}. */
    private void rejectedLines(EventFile events, TreeMap<Long, String> byLine) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT e.line, any_value(e.error_type), any_value(e.error_message) FROM reject_errors e"
                        + " JOIN reject_scans s ON s.scan_id = e.scan_id AND s.file_id = e.file_id"
                        + " WHERE e.scan_id = ? AND s.file_path = ? GROUP BY e.line ORDER BY e.line")) {
            query.setLong(1, scan);
            query.setString(2, events.readable().toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byLine.put(rows.getLong(1), rejection(rows.getString(2), rows.getString(3)));
                }
            }
        }
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

    /** The documents' rows, each titled by the dataset and the days its file's kept rows cover. */
    private void insertDocuments(List<Written> files) throws SQLException {
        String row = "(?, ?, ?, []::VARCHAR[], ?, ?, ?, ?, ?, 0, ?)";
        Object importedAt = Columns.utc(Instant.now().truncatedTo(ChronoUnit.MICROS));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO documents VALUES " + String.join(", ", Collections.nCopies(files.size(), row)))) {
            int parameter = 0;
            for (Written file : files) {
                Optional<LocalDate> first = file.count().first();
                Optional<LocalDate> last = file.count().last().filter(d -> !first.equals(Optional.of(d)));
                String title =
                        layout.dataset() + " events" + first.map(d -> ", " + d).orElse("")
                                + last.map(d -> " to " + d).orElse("");
                insert.setString(++parameter, file.id());
                insert.setString(++parameter, file.source());
                insert.setString(++parameter, title);
                insert.setString(++parameter, layout.dataset());
                insert.setObject(++parameter, first.orElse(null));
                insert.setString(++parameter, first.map(d -> "DAY").orElse(null));
                insert.setObject(++parameter, importedAt);
                insert.setLong(++parameter, file.seq());
                insert.setLong(++parameter, file.imported());
            }
            insert.executeUpdate();
        }
    }

    /** The numbers the query yields in its first column. */
    private static Set<Integer> numbers(Connection connection, String sql) throws SQLException {
        Set<Integer> numbers = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                numbers.add(rows.getInt(1));
            }
        }
        return numbers;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
