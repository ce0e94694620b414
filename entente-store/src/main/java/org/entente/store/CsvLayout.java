package org.entente.store;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.core.RelationKind;

/**
 * Entente's generic layout, {@code source,target,date,kind,sign[,intensity,evidence,url]}: actors by
 * id (an ISO code for a known state, else a lower-case slug, an organisation when new), the day as
 * YYYY-MM-DD, the kind by label, the sign as +, -, 0 or a word. Without an intensity, the kind's
 * default strength with the row's sign. The id is a hash of the five required fields, so the same row
 * imported twice is one assertion.
 */
final class CsvLayout implements EventLayout {
    static final List<String> REQUIRED = List.of("source", "target", "date", "kind", "sign");

    private final EventLayouts.Headed file;
    private final List<String> header;

    CsvLayout(EventLayouts.Headed file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    @Override
    public String dataset() {
        return "CSV";
    }

    @Override
    public double confidence() {
        return 1.0;
    }

    @Override
    public int headerLines() {
        return 1;
    }

    @Override
    public String staging(boolean numbered) {
        String given = optional("intensity", "try_cast(intensity AS DOUBLE)");
        String kinds =
                Stream.of(RelationKind.values()).map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
        String fallback = "sg * greatest(abs(" + AcledLayout.intensity("k") + "), 1)";
        return "SELECT " + (numbered ? "n, " : "")
                + "'csv-' || left(sha256(concat_ws('|', source, target, date, kind, sign)), 16) AS id,"
                + " CASE WHEN src IS NOT NULL THEN [src] END AS sources,"
                + " CASE WHEN tgt IS NOT NULL THEN [tgt] END AS targets, k AS kind,"
                + " coalesce(" + given + ", " + fallback + ") AS intensity, d AS day,"
                + " concat(coalesce(" + optional("evidence", "evidence")
                + ", concat('CSV row: ', source, ' -> ', target,"
                + " ', ', kind, ', sign ', sign, ', ', date)), ' (' || " + optional("url", "url") + " || ')') AS text,"
                + " CASE WHEN d IS NULL THEN concat('date ''', date, ''' is not a day (YYYY-MM-DD)')"
                + " WHEN k IS NULL OR k NOT IN (" + kinds
                + ") THEN concat('kind ''', kind, ''' is not a relation kind')"
                + " WHEN sg IS NULL THEN concat('sign ''', sign, ''' is not +, -, 0, positive, negative or neutral')"
                + " WHEN src IS NULL OR tgt IS NULL THEN 'source and target must be ISO codes of states or"
                + " lower-case slugs'"
                + " WHEN " + given + " IS NOT NULL AND (abs(" + given + ") > 10 OR sign(" + given + ") <> sg)"
                + " THEN concat('intensity ''', " + optional("intensity", "intensity") + ", ''' is not from -10 to 10"
                + " with the sign given') END AS problem,"
                + " [{'id': src, 'name': source, 'type': " + type("src") + "},"
                + " {'id': tgt, 'name': target, 'type': " + type("tgt") + "}] AS actors"
                + " FROM (SELECT r.*, " + actor("source") + " AS src, " + actor("target") + " AS tgt,"
                + " upper(replace(trim(kind), '-', '_')) AS k, try_strptime(trim(date), '%Y-%m-%d')::DATE AS d,"
                + " CASE lower(trim(sign)) WHEN '+' THEN 1 WHEN '1' THEN 1 WHEN '+1' THEN 1 WHEN 'positive' THEN 1"
                + " WHEN '-' THEN -1 WHEN '-1' THEN -1 WHEN 'negative' THEN -1"
                + " WHEN '0' THEN 0 WHEN 'neutral' THEN 0 END AS sg"
                + " FROM " + file.read(numbered) + " r)";
    }

    private String optional(String column, String expression) {
        return header.contains(column) ? expression : "NULL";
    }

    /** The actor id of a field: a known state's code, or a valid slug; null otherwise. */
    private static String actor(String field) {
        return "CASE WHEN trim(" + field + ") IN (SELECT code FROM import_states)"
                + " THEN (SELECT id FROM import_states WHERE code = trim(" + field + "))"
                + " WHEN regexp_full_match(trim(" + field + "), '[a-z0-9][a-z0-9.-]{0,63}') THEN trim(" + field
                + ") END";
    }

    private static String type(String id) {
        return "CASE WHEN regexp_full_match(" + id + ", '[A-Z]{3}') THEN 'STATE' ELSE 'ORGANISATION' END";
    }

    @Override
    public String actors(String kept, String document) {
        return EventLayout.listedActors(kept);
    }
}
