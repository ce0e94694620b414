package org.entente.store;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * GDELT events: 2.0 files have 61 tab-separated columns, 1.0 daily files 57 (before April 2013) or
 * 58 (with the source URL). Actors are the two country codes; the kind is that of the CAMEO root,
 * the Goldstein scale is the intensity, SQLDATE the day, GLOBALEVENTID the id.
 */
final class GdeltLayout implements EventLayout {
    private final String file;
    private final int columns;

    /** @param columns 57, 58 or 61: the number of columns of the file's first line */
    GdeltLayout(Path csv, int columns) {
        if (columns != 57 && columns != 58 && columns != 61) {
            throw new IllegalArgumentException("GDELT files have 57, 58 or 61 columns, not " + columns);
        }
        this.file = csv.toString();
        this.columns = columns;
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
    public String staging(boolean numbered) {
        String names = IntStream.range(0, columns)
                .mapToObj(i -> "'c" + i + "': 'VARCHAR'")
                .collect(Collectors.joining(", ", "{", "}"));
        String url = columns == 57 ? "NULL" : "c" + (columns - 1);
        String day = "try_strptime(c1, '%Y%m%d')::DATE";
        String goldstein = "try_cast(c30 AS DOUBLE)";
        return "SELECT " + (numbered ? "n, " : "") + "'gdelt-' || c0 AS id,"
                + " CASE WHEN s1.id IS NOT NULL THEN [s1.id] END AS sources,"
                + " CASE WHEN s2.id IS NOT NULL THEN [s2.id] END AS targets,"
                + " k.kind, " + goldstein + " AS intensity, " + day + " AS day,"
                + " concat('GDELT event ', c0, ': ', coalesce(c7, '?'), ' -> ', coalesce(c17, '?'), ', CAMEO ', c26,"
                + " ' (root ', c28, ', ', k.label, ', quad class ', k.quad, '), Goldstein ', c30, ', ', c1,"
                + " ', source ' || " + url + ") AS text,"
                + " CASE WHEN try_cast(c0 AS UBIGINT) IS NULL"
                + " THEN concat('GLOBALEVENTID ''', c0, ''' is not a number')"
                + " WHEN " + day + " IS NULL THEN concat('SQLDATE ''', c1, ''' is not a day (YYYYMMDD)')"
                + " WHEN k.kind IS NULL THEN concat('EventRootCode ''', c28, ''' is not a CAMEO root (01 to 20)')"
                + " WHEN " + goldstein + " IS NULL OR abs(" + goldstein + ") > 10"
                + " THEN concat('GoldsteinScale ''', c30, ''' is not a number from -10 to 10')"
                + " END AS problem"
                + " FROM " + (numbered ? "(SELECT row_number() OVER () AS n, * FROM " : "")
                + "read_csv(" + EventLayout.literal(file) + ", columns = " + names
                + ", delim = '\\t', header = false, quote = '', escape = '', auto_detect = false, "
                + EventLayout.REJECTS + ")" + (numbered ? ")" : "")
                + " LEFT JOIN import_states s1 ON s1.code = c7"
                + " LEFT JOIN import_states s2 ON s2.code = c17"
                + " LEFT JOIN import_cameo k ON k.root = c28";
    }

    @Override
    public String actors(String kept, String document) {
        String named = " FROM " + STAGED + " WHERE " + kept;
        return "SELECT id, any_value(name) AS name, 'STATE' AS type FROM import_states WHERE id IN"
                + " (SELECT sources[1]" + named + " UNION SELECT targets[1]" + named + ") GROUP BY id";
    }
}
