package org.entente.store;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * GDELT events: 2.0 files have 61 tab-separated columns, 1.0 daily files 57 (before April 2013) or
 * 58 (with the source URL). Actors are the two country codes; the kind is that of the CAMEO root,
 * the Goldstein scale is the intensity, SQLDATE the day, GLOBALEVENTID the id.
 *
 * <p>Several files of one column count are read together, in one scan: the staged table keeps, for
 * each line, only the eight fields the import reads, what they map to, and the number of its file;
 * the evidence text is built from them as the assertions are written, for the rows that are kept and
 * for no others.
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

    /** GDELT numbers its events one by one: a GLOBALEVENTID occurs once in an export. */
    @Override
    public boolean idsUniqueInFile() {
        return true;
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
     * Stages the fields the import reads, as text, with what they map to: the states, the CAMEO
     * root's kind, the day, the intensity, and the row's problem if any; so that the statements run
     * once per file join nothing.
     */
    @Override
    public String staging(boolean numbered) {
        if (numbered) {
            return staged("(SELECT row_number() OVER () AS n, * FROM " + read() + ")", "n, 1 AS file");
        }
        if (files.size() == 1) {
            return staged(read(), "1 AS file");
        }
        String numbers = IntStream.range(0, files.size())
                .mapToObj(i -> "(" + EventLayout.literal(files.get(i)) + ", " + (i + 1) + ")")
                .collect(Collectors.joining(", "));
        return staged(
                read() + " JOIN (VALUES " + numbers + ") AS f(name, number) ON f.name = filename", "f.number AS file");
    }

    @Override
    public String rows() {
        return "SELECT file, 'gdelt-' || c0 AS id, CASE WHEN src IS NOT NULL THEN [src] END AS sources,"
                + " CASE WHEN tgt IS NOT NULL THEN [tgt] END AS targets, kind, intensity, day,"
                + " concat('GDELT event ', c0, ': ', coalesce(c7, '?'), ' -> ', coalesce(c17, '?'), ', CAMEO ', c26,"
                + " ' (root ', c28, ', ', label, ', quad class ', quad, '), Goldstein ', c30, ', ', c1,"
                + " ', source ' || url) AS text, problem FROM " + STAGED;
    }

    @Override
    public String ids() {
        return "SELECT file, 'gdelt-' || c0 AS id FROM " + STAGED;
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

    /** The staged columns, after {@code first}, from {@code source}: a read of the files. */
    private String staged(String source, String first) {
        String url = columns == 57 ? "NULL" : "c" + (columns - 1);
        String day = "try_strptime(c1, '%Y%m%d')::DATE";
        String goldstein = "try_cast(c30 AS DOUBLE)";
        return "SELECT " + first + ", c0, c1, c7, c17, c26, c28, c30, " + url + " AS url,"
                + " s1.id AS src, s2.id AS tgt, k.kind, k.label, k.quad, " + day + " AS day, "
                + goldstein + " AS intensity,"
                + " CASE WHEN try_cast(c0 AS UBIGINT) IS NULL"
                + " THEN concat('GLOBALEVENTID ''', c0, ''' is not a number')"
                + " WHEN " + day + " IS NULL THEN concat('SQLDATE ''', c1, ''' is not a day (YYYYMMDD)')"
                + " WHEN k.kind IS NULL THEN concat('EventRootCode ''', c28, ''' is not a CAMEO root (01 to 20)')"
                + " WHEN " + goldstein + " IS NULL OR abs(" + goldstein + ") > 10"
                + " THEN concat('GoldsteinScale ''', c30, ''' is not a number from -10 to 10')"
                + " END AS problem"
                + " FROM " + source
                + " LEFT JOIN import_states s1 ON s1.code = c7"
                + " LEFT JOIN import_states s2 ON s2.code = c17"
                + " LEFT JOIN import_cameo k ON k.root = c28";
    }

    @Override
    public String actors(String kept, String document) {
        return "SELECT id, any_value(name) AS name, 'STATE' AS type FROM import_states WHERE id IN"
                + " (SELECT unnest(list_concat(sources, targets)) FROM (" + rows() + ") WHERE " + kept + ")"
                + " GROUP BY id";
    }
}
