package org.entente.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * GDELT events: 2.0 files have 61 tab-separated columns, 1.0 daily files 57 (before April 2013) or
 * 58 (with the source URL). Actors are the two country codes; the kind is that of the CAMEO root,
 * the Goldstein scale is the intensity, SQLDATE the day, GLOBALEVENTID the id.
 *
 * <p>Several files of one column count are read together, in one scan: the staged table keeps, for
 * each line, only the eight fields the import reads, what they map to, and the number of its file.
 * The events are written compactly to {@code gdelt_events}, not as full assertions (see {@link
 * #insert}); their evidence text is composed when they are read.
 */
final class GdeltLayout implements EventLayout {
    private final List<String> files;
    private final int columns;

    /** @param columns 57, 58 or 61: the number of columns of each file's first line */
    GdeltLayout(List<Path> csvs, int columns) {
        if (columns != 57 && columns != 58 && columns != 61) {
            throw new IllegalArgumentException("GDELT files have 57, 58 or 61 columns, not " + columns);
        }
        if (csvs.isEmpty()) {
            throw new IllegalArgumentException("a layout reads at least one file");
        }
        this.files = csvs.stream().map(Path::toString).toList();
        this.columns = columns;
    }

    /** 57, 58 or 61: layouts with the same count read their files together. */
    int columns() {
        return columns;
    }

    /** This layout reading {@code csvs} instead. */
    GdeltLayout reading(List<Path> csvs) {
        return new GdeltLayout(csvs, columns);
    }

    @Override
    public String dataset() {
        return columns == 61 ? "GDELT 2.0" : "GDELT 1.0";
    }

    @Override
    public double confidence() {
        return EventCodes.GDELT_CONFIDENCE;
    }

    @Override
    public int headerLines() {
        return 0;
    }

    @Override
    public boolean filesNumbered() {
        return true;
    }

    @Override
    public EventLayout only(Path file) {
        return reading(List.of(file));
    }

    /**
     * Stages, for each line, what the import writes (see {@link #insert}) and the line's problem if
     * any; so that the statements run once per file join nothing.
     */
    @Override
    public String staging(boolean numbered) {
        if (numbered) {
            return staged("(SELECT row_number() OVER () AS n, * FROM " + read() + ")", "n, 1 AS file", "n, file");
        }
        if (files.size() == 1) {
            return staged(read(), "1 AS file", "file");
        }
        String numbers = IntStream.range(0, files.size())
                .mapToObj(i -> "(" + EventLayout.literal(files.get(i)) + ", " + (i + 1) + ")")
                .collect(Collectors.joining(", "));
        return staged(
                read() + " JOIN (VALUES " + numbers + ") AS f(name, number) ON f.name = filename",
                "f.number AS file",
                "file");
    }

    /**
     * The staged rows by their numbers: the event's, and its states' ({@link StateCodes#number});
     * without {@code text}, as the evidence is composed when read.
     */
    @Override
    public String rows() {
        return "SELECT file, event, src, tgt, day, problem FROM " + STAGED;
    }

    @Override
    public String kept() {
        return "problem IS NULL AND src IS NOT NULL AND tgt IS NOT NULL AND src <> tgt";
    }

    /** GDELT events are told apart by their number, cheaper to compare than their ids' text. */
    @Override
    public String key() {
        return "event";
    }

    @Override
    public String ids() {
        return "SELECT file, event FROM " + STAGED;
    }

    /**
     * Events imported since schema version 4 are rows of {@code gdelt_events}; those imported before
     * are assertions, found by the number in their id. Each join builds its table on the side that
     * is usually the smaller: the file's events against the store's, the events imported before
     * version 4 (rarely any) against the file's.
     */
    @Override
    public String storedIds() {
        return "SELECT e.event FROM gdelt_events e SEMI JOIN (" + ids() + ") s ON s.event = e.event"
                + " UNION ALL SELECT event FROM (" + ids()
                + ") WHERE event IN (SELECT try_cast(substr(id, 7) AS UBIGINT)"
                + " FROM assertions WHERE starts_with(id, 'gdelt-'))";
    }

    /**
     * Writes the events compactly into {@code gdelt_events} (see the schema's version 4), as
     * numbers where it can: what differs from event to event, and a field as the file wrote it only
     * where that differs from what it maps to, so that the view {@code gdelt_assertions} gives back
     * the evidence quoting the file. GDELT numbers its events one by one, so a file is not checked
     * for repeated ones (an expensive step on millions of rows); those already stored are.
     */
    @Override
    public String insert(String mine, String document, long seq, boolean known) {
        return "INSERT INTO gdelt_events SELECT " + seq + ", event, src, tgt, root, intensity, day, code, url,"
                + " written_source, written_target, written_code, written_goldstein, written_day"
                + " FROM " + STAGED + " s" + (known ? " ANTI JOIN " + KNOWN + " k ON k.event = s.event" : "")
                + " WHERE "
                + mine + kept();
    }

    /**
     * All the files' events in one statement, each file's as its document's; an event several files
     * keep is written from the first of them, as it is when the files are written one by one.
     */
    @Override
    public String insertFiles(long firstSeq, boolean known, boolean shared) {
        String firsts = "SELECT event AS shared_event, min(file) AS first_file FROM " + STAGED + " WHERE " + kept()
                + " AND event IN (SELECT key FROM " + SHARED + ") GROUP BY event";
        return "INSERT INTO gdelt_events SELECT " + (firstSeq - 1) + " + s.file, s.event, src, tgt, root, intensity,"
                + " day, code, url, written_source, written_target, written_code, written_goldstein, written_day"
                + " FROM " + STAGED + " s" + (known ? " ANTI JOIN " + KNOWN + " k ON k.event = s.event" : "")
                + (shared ? " LEFT JOIN (" + firsts + ") f ON f.shared_event = s.event" : "")
                + " WHERE " + kept() + (shared ? " AND (f.first_file IS NULL OR f.first_file = s.file)" : "");
    }

    @Override
    public String writtenByFile(long firstSeq) {
        return "SELECT document - " + (firstSeq - 1) + ", count(*) FROM gdelt_events WHERE document >= " + firstSeq
                + " GROUP BY document";
    }

    private String read() {
        String names = IntStream.range(0, columns)
                .mapToObj(i -> "'c" + i + "': 'VARCHAR'")
                .collect(Collectors.joining(", ", "{", "}"));
        String list = files.stream().map(EventLayout::literal).collect(Collectors.joining(", ", "[", "]"));
        return "read_csv(" + list + ", columns = " + names
                + ", delim = '\\t', header = false, quote = '', escape = '', auto_detect = false"
                + (files.size() > 1 ? ", filename = true, " : ", ") + EventLayout.REJECTS + ")";
    }

    /**
     * The staged columns, after {@code first}, from {@code source}: a read of the files; {@code
     * outer} names the columns of {@code first}.
     */
    private String staged(String source, String first, String outer) {
        String url = columns == 57 ? "NULL" : "c" + (columns - 1);
        String both = "src_id IS NOT NULL AND tgt_id IS NOT NULL AND ";
        return "SELECT " + outer + ", event, src, tgt, root, day, intensity, code, url,"
                + " CASE WHEN c7 <> src_id THEN c7 END AS written_source,"
                + " CASE WHEN c17 <> tgt_id THEN c17 END AS written_target,"
                + " CASE WHEN code IS NULL OR code::VARCHAR <> '1' || c26 THEN c26 END AS written_code,"
                + " CASE WHEN " + both + "c30 <> intensity::VARCHAR THEN c30 END AS written_goldstein,"
                + " CASE WHEN " + both + "c1 <> strftime(day, '%Y%m%d') THEN c1 END AS written_day,"
                + " CASE WHEN event IS NULL THEN concat('GLOBALEVENTID ''', c0, ''' is not a number')"
                + " WHEN event::VARCHAR <> c0 THEN concat('GLOBALEVENTID ''', c0, ''' is not written as a plain number')"
                + " WHEN day IS NULL THEN concat('SQLDATE ''', c1, ''' is not a day (YYYYMMDD)')"
                + " WHEN root IS NULL THEN concat('EventRootCode ''', c28, ''' is not a CAMEO root (01 to 20)')"
                + " WHEN intensity IS NULL OR abs(intensity) > 10"
                + " THEN concat('GoldsteinScale ''', c30, ''' is not a number from -10 to 10')"
                + " END AS problem"
                + " FROM (SELECT " + first + ", c0, c1, c7, c17, c26, c28, c30, " + url + " AS url,"
                + " try_cast(c0 AS UBIGINT) AS event, try_strptime(c1, '%Y%m%d')::DATE AS day,"
                + " try_cast(c30 AS DOUBLE) AS intensity,"
                // The event code as a number, a 1 before it keeping its leading zeros: 1042 for 042.
                + " try_cast('1' || c26 AS USMALLINT) AS code,"
                + " s1.id AS src_id, s1.number AS src, s2.id AS tgt_id, s2.number AS tgt, k.root"
                + " FROM " + source
                + " LEFT JOIN import_states s1 ON s1.code = c7"
                + " LEFT JOIN import_states s2 ON s2.code = c17"
                + " LEFT JOIN cameo_roots k ON k.code = c28)";
    }

    /** The table of the pairs of states each file's rows name, with whether the row has a problem. */
    private static final String PAIRS = "import_pairs";

    /**
     * The pairs of states of each file: GDELT files read together are written one by one, and
     * finding the states each names in its 5,000 rows of the staged table took as long as writing
     * them.
     */
    @Override
    public Map<String, String> helpers() {
        return Map.of(
                PAIRS,
                "SELECT DISTINCT file, src, tgt, CASE WHEN problem IS NOT NULL THEN '' END AS problem FROM " + STAGED);
    }

    /**
     * Most files read together name only states that an earlier one brought: writing their actors
     * was a statement per file for nothing. The first file naming each new state brings it.
     */
    @Override
    public Optional<String> filesNamingNewActors(String kept) {
        return Optional.of("SELECT DISTINCT min(file) FROM (SELECT file, unnest([src, tgt]) AS number FROM " + PAIRS
                + " WHERE " + kept + ") WHERE number NOT IN (SELECT s.number FROM import_states s"
                + " SEMI JOIN actors a ON a.id = s.id) GROUP BY number");
    }

    /** {@code kept} is a condition on the columns of {@link #helpers}' table, which {@link #rows} has too. */
    @Override
    public String actors(String kept, String document) {
        return "SELECT id, any_value(name) AS name, 'STATE' AS type FROM import_states WHERE number IN"
                + " (SELECT unnest([src, tgt]) FROM " + PAIRS + " WHERE " + kept + ")"
                + " GROUP BY id";
    }
}
