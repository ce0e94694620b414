package org.entente.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.entente.store.EventCodes;

/**
 * The GDELT job's Spark SQL. Each rule restates, in Spark's dialect, one of the store's import
 * (GdeltLayout and EventImport): the columns read, the order in which a row's problems are named,
 * the evidence text, and the network's weighing rule. The mappings themselves are not restated:
 * they come from {@link EventCodes} as the views {@code import_states} and {@code import_cameo}.
 * Spark runs with ANSI SQL on, so every read of a cell that may be absent or malformed is a
 * {@code try_} form.
 */
final class GdeltSql {
    private GdeltSql() {}

    /** The {@code index}-th tab-separated cell (from 0) of the line's cells {@code c}; NULL when absent or empty. */
    private static String cell(int index) {
        return "nullif(try_element_at(c, " + (index + 1) + "), '')";
    }

    /** One row a non-empty line, with GDELT's columns as the store names them, and its problem. */
    static final String STAGED = "SELECT path, n, c0, c1, c7, c17, c26, c28, c30, url,"
            + " concat('gdelt-', c0) AS id, s1.id AS s, s2.id AS t, k.kind, k.label, k.quad,"
            + " try_cast(c30 AS DOUBLE) AS intensity, try_to_date(c1, 'yyyyMMdd') AS day,"
            + " CASE WHEN n NOT IN (57, 58, 61)"
            + " THEN concat_ws('', n, ' tab-separated columns, where GDELT has 57, 58 or 61')"
            + " WHEN c0 IS NULL OR NOT c0 RLIKE '^[0-9]{1,19}$'"
            + " THEN concat_ws('', 'GLOBALEVENTID ''', c0, ''' is not a number')"
            + " WHEN c0 RLIKE '^0[0-9]' THEN concat_ws('', 'GLOBALEVENTID ''', c0, ''' is not written as a plain number')"
            + " WHEN try_to_date(c1, 'yyyyMMdd') IS NULL OR NOT c1 RLIKE '^[0-9]{8}$'"
            + " THEN concat_ws('', 'SQLDATE ''', c1, ''' is not a day (YYYYMMDD)')"
            + " WHEN k.kind IS NULL THEN concat_ws('', 'EventRootCode ''', c28, ''' is not a CAMEO root (01 to 20)')"
            + " WHEN try_cast(c30 AS DOUBLE) IS NULL OR abs(try_cast(c30 AS DOUBLE)) > 10"
            + " THEN concat_ws('', 'GoldsteinScale ''', c30, ''' is not a number from -10 to 10')"
            + " END AS problem"
            + " FROM (SELECT path, size(c) AS n, " + cell(0) + " AS c0, " + cell(1) + " AS c1, " + cell(7) + " AS c7,"
            + " " + cell(17) + " AS c17, " + cell(26) + " AS c26, " + cell(28) + " AS c28, " + cell(30) + " AS c30,"
            + " CASE size(c) WHEN 61 THEN " + cell(60) + " WHEN 58 THEN " + cell(57) + " END AS url"
            + " FROM (SELECT path, split(value, '\\t', -1) AS c FROM gdelt_lines WHERE value <> '')) AS lines"
            + " LEFT JOIN import_states s1 ON s1.code = c7"
            + " LEFT JOIN import_states s2 ON s2.code = c17"
            + " LEFT JOIN import_cameo k ON k.root = c28";

    /** The usable rows, the first of each id (by file) only. */
    static final String KEPT = "SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY id ORDER BY path) AS nth"
            + " FROM gdelt_staged WHERE problem IS NULL AND s IS NOT NULL AND t IS NOT NULL AND s <> t) WHERE nth = 1";

    static final String COUNTS = "SELECT count(*),"
            + " count_if(problem IS NULL AND s IS NOT NULL AND t IS NOT NULL AND s <> t),"
            + " count_if(problem IS NOT NULL) FROM gdelt_staged";

    static final String ASSERTIONS = "SELECT k.id, d.id AS document, array(s) AS sources, array(t) AS targets, kind,"
            + " CASE WHEN intensity > 0 THEN 'POSITIVE' WHEN intensity < 0 THEN 'NEGATIVE' ELSE 'NEUTRAL' END AS sign,"
            + " intensity, day AS time_start, day AS time_end, 'DAY' AS time_precision, 'DATASET' AS time_basis,"
            + " 'ASSERTED' AS modality, CAST(NULL AS STRING) AS speaker, " + EventCodes.GDELT_CONFIDENCE
            + " AS confidence, 0 AS sentence, 0 AS block, 0 AS span_start, length(text) AS span_end, text,"
            + " CAST(array() AS ARRAY<INT>) AS footnotes"
            + " FROM (SELECT *, concat_ws('', 'GDELT event ', c0, ': ', coalesce(c7, '?'), ' -> ', coalesce(c17, '?'),"
            + " ', CAMEO ', c26, ' (root ', c28, ', ', label, ', quad class ', quad, '), Goldstein ', c30, ', ', c1,"
            + " concat(', source ', url)) AS text FROM gdelt_kept) k"
            + " JOIN gdelt_documents d ON d.path = k.path";

    static final String DOCUMENTS = "SELECT f.id, regexp_extract(f.path, '[^/]+$', 0) AS source,"
            + " concat_ws('', dataset, ' events', concat(', ', first), CASE WHEN last <> first THEN concat(' to ', last) END)"
            + " AS title, CAST(array() AS ARRAY<STRING>) AS authors, dataset AS venue, first AS date_first,"
            + " CASE WHEN first IS NOT NULL THEN 'DAY' END AS date_precision,"
            + " row_number() OVER (ORDER BY regexp_extract(f.path, '[^/]+$', 0), f.path) AS seq,"
            + " 0 AS sentence_count, coalesce(imported, 0) AS assertion_count, f.path"
            + " FROM gdelt_files f LEFT JOIN (SELECT path, CASE WHEN max(n) = 61 THEN 'GDELT 2.0' ELSE 'GDELT 1.0' END"
            + " AS dataset FROM gdelt_staged WHERE n IN (57, 58, 61) GROUP BY path) l ON l.path = f.path"
            + " LEFT JOIN (SELECT path, min(day) AS first, max(day) AS last, count(*) AS imported FROM gdelt_kept"
            + " GROUP BY path) k ON k.path = f.path";

    static final String ACTORS = "SELECT id, any_value(name) AS name, 'STATE' AS type FROM import_states"
            + " WHERE id IN (SELECT s FROM gdelt_kept UNION SELECT t FROM gdelt_kept) GROUP BY id";

    static final String FAILURES = "SELECT regexp_extract(path, '[^/]+$', 0) AS source,"
            + " concat_ws('', problem, ' (GLOBALEVENTID ', coalesce(c0, '?'), ')') AS reason"
            + " FROM gdelt_staged WHERE problem IS NOT NULL";

    /** The dyads per {@code unit} (MONTH or YEAR), weighed as the store weighs a tie in a window. */
    static String dyads(String unit) {
        return "SELECT least(s, t) AS first, greatest(s, t) AS second,"
                + " CAST(date_trunc('" + unit + "', day) AS DATE) AS period, count(*) AS count,"
                + " count_if(intensity > 0) AS positive, count_if(intensity < 0) AS negative,"
                + " CASE WHEN bool_or(kind IN (" + GdeltJob.names(EventCodes.ARMED) + "))"
                + " THEN coalesce(sum(CASE WHEN kind NOT IN (" + GdeltJob.names(EventCodes.MANAGEMENT)
                + ") THEN intensity END), 0.0) ELSE sum(intensity) END AS weight"
                + " FROM gdelt_kept GROUP BY 1, 2, 3";
    }

    /** A file's path as both of Spark's file sources give it, whatever form of URI each uses. */
    static Column normalised(Column path) {
        return functions.regexp_replace(path, "^file:/+", "/");
    }
}
