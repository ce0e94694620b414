package org.entente.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How one event format's file becomes staged rows. The staging query reads the file with DuckDB's
 * own CSV reader (rejected lines go to DuckDB's reject tables) and yields, in file order, one row per
 * data line with the columns {@code id, sources, targets, kind, intensity, day, text, problem} ({@code
 * text} only for a layout that writes with the default {@link #insert}):
 * {@code problem} is null for a readable row, else what is wrong with it; {@code sources} or
 * {@code targets} is null when the row does not name an actor the store can place.
 */
interface EventLayout {

    /** The dataset and version, such as "GDELT 2.0": the document's venue and the start of its title. */
    String dataset();

    /** The confidence given to every assertion of this dataset. */
    double confidence();

    /** Lines before the first data line. */
    int headerLines();

    /**
     * The query that stages the layout's files into {@link #STAGED}; when {@code numbered}, instead
     * the rows of its one file, as {@link #rows()} yields them, with each data row's number from 1 in
     * file order as column {@code n}.
     */
    String staging(boolean numbered);

    /** The temporary table that holds the staged rows of the files being imported. */
    String STAGED = "import_staged";

    /**
     * The staged rows with the columns this interface describes, computed from {@link #STAGED}; by
     * default the staged table itself, for layouts that stage computed rows.
     */
    default String rows() {
        return "SELECT * FROM " + STAGED;
    }

    /**
     * The ids of the staged rows, unchecked, as column {@code id}, and for a layout that {@link
     * #filesNumbered() numbers its files} their file as {@code file}: cheaper than {@link #rows()}.
     */
    default String ids() {
        return "SELECT id FROM " + STAGED;
    }

    /**
     * True when the layout reads several files at once and its {@link #rows()} and {@link #ids()}
     * carry each row's file in the column {@code file}: its number from 1 in the layout's list of
     * files. A layout without it reads one file.
     */
    default boolean filesNumbered() {
        return false;
    }

    /** The same layout reading only {@code file}, one of its files: for a second, numbered read. */
    default EventLayout only(Path file) {
        return this;
    }

    /**
     * The column of {@link #rows()} and {@link #ids()} that tells rows apart for duplicates: by
     * default the {@code id} they would be stored under.
     */
    default String key() {
        return "id";
    }

    /** The condition on {@link #rows()} that a row kept must meet, before the duplicate check. */
    default String kept() {
        return StagedEvents.KEPT;
    }

    /** The temporary table of the staged rows' {@link #key() keys} that the store holds already. */
    String KNOWN = "import_known";

    /**
     * The temporary table of the {@link #key() keys} that several of the files read together hold,
     * in its column {@code key}.
     */
    String SHARED = "import_shared";

    /** The query filling {@link #KNOWN}: the keys of {@link #ids()} that the store holds already. */
    default String storedIds() {
        return "SELECT a.id FROM assertions a SEMI JOIN (" + ids() + ") s ON s.id = a.id";
    }

    /**
     * The statement writing the rows of {@link #rows()} that are kept, satisfy {@code mine} (empty,
     * or a condition on {@code file} followed by {@code AND}) and whose ids are not {@link #KNOWN},
     * as the assertions of the document {@code document}, whose {@code seq} is given; {@code known}
     * is false when {@link #KNOWN} is empty, and the statement need not read it. By default full rows
     * of {@code assertions}, each id once.
     */
    default String insert(String mine, String document, long seq, boolean known) {
        return "INSERT INTO assertions SELECT s.id, " + literal(document) + ", sources, targets, kind,"
                + " CASE WHEN intensity > 0 THEN 'POSITIVE' WHEN intensity < 0 THEN 'NEGATIVE' ELSE 'NEUTRAL' END,"
                + " intensity, day, day, 'DAY', 'DATASET', 'ASSERTED', NULL, " + confidence() + "::DOUBLE,"
                + " 0, 0, 0, length(text), text, []::INTEGER[]"
                + " FROM (" + rows() + ") s" + (known ? " ANTI JOIN " + KNOWN + " k ON k.id = s.id" : "") + " WHERE "
                + mine + kept()
                + " QUALIFY row_number() OVER (PARTITION BY s.id) = 1";
    }

    /**
     * For a layout that {@link #filesNumbered() numbers its files}: the statement writing the kept
     * rows of all of them whose keys are not {@link #KNOWN} as {@link #insert} does one file's, each
     * as the assertions of the document whose {@code seq} is {@code firstSeq - 1} plus its file's
     * number; when {@code shared}, an event kept in several files only from the first of them.
     */
    default String insertFiles(long firstSeq, boolean known, boolean shared) {
        throw new UnsupportedOperationException(dataset() + " files are not written together");
    }

    /**
     * For a layout that {@link #filesNumbered() numbers its files}, after {@link #insertFiles}: each
     * file's number with how many rows it wrote.
     */
    default String writtenByFile(long firstSeq) {
        throw new UnsupportedOperationException(dataset() + " files are not written together");
    }

    /**
     * Temporary tables, by name, with the queries that fill them from {@link #STAGED} once after
     * staging, so that each file's statements read a small table instead; dropped with it.
     */
    default Map<String, String> helpers() {
        return Map.of();
    }

    /**
     * A query of the files (their numbers, in the first column) that bring the actors the store does
     * not hold yet: for each such actor, the first file whose rows satisfying {@code kept} name it.
     * Run once after staging; while every file is written, the others' {@link #actors} are not. Empty
     * when the layout cannot tell, and each file's actors are then always written.
     */
    default Optional<String> filesNamingNewActors(String kept) {
        return Optional.empty();
    }

    /**
     * A query yielding {@code id, name, type} once for each actor the rows of {@link #rows()} that
     * satisfy {@code kept} name, run after those rows were written as assertions of {@code document}.
     */
    String actors(String kept, String document);

    /** An SQL string literal. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The options every read of an event file shares: rejected lines are kept for the report. */
    String REJECTS = "store_rejects = true";

    /** Actors of staged rows that carry an {@code actors} list of {@code {id, name, type}} structs. */
    static String listedActors(String kept) {
        return "SELECT a.id, coalesce(any_value(s.name), any_value(a.name)) AS name, any_value(a.type) AS type"
                + " FROM (SELECT unnest(actors) AS a FROM " + STAGED + " WHERE " + kept + ")"
                + " LEFT JOIN import_states s ON s.code = a.id WHERE a.id IS NOT NULL GROUP BY a.id";
    }

    /** The SQL of a lower-case slug of a name, as actor ids are written: "al-shabaab". */
    static String slug(String name) {
        return "nullif(left(trim(regexp_replace(lower(strip_accents(" + name
                + ")), '[^a-z0-9]+', '-', 'g'), '-'), 60), '')";
    }
}
