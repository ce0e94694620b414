package org.entente.store;

import java.util.List;
import java.util.Map;
import org.entente.core.RelationKind;

/**
 * POLECAT weekly files, coded in PLOVER. Each side is the states of its country column (ISO codes,
 * several separated by semicolons), else a slug of each of its names, an organisation. The kind comes
 * from the PLOVER event type; the intensity is the file's own "Event Intensity" when it has one and
 * the kind's default otherwise; the mode and contexts are kept in the evidence text.
 */
final class PolecatLayout implements EventLayout {
    static final List<String> REQUIRED = List.of(
            "Event ID",
            "Event Date",
            "Event Type",
            "Event Mode",
            "Actor Name",
            "Actor Country",
            "Recipient Name",
            "Recipient Country");

    /** PLOVER event types, lower case, to kinds. */
    static final Map<String, RelationKind> EVENT_TYPES = Map.ofEntries(
            Map.entry("agree", RelationKind.DIPLOMATIC_COOPERATION),
            Map.entry("consult", RelationKind.CONSULT),
            Map.entry("support", RelationKind.DIPLOMATIC_COOPERATION),
            Map.entry("concede", RelationKind.YIELD),
            Map.entry("cooperate", RelationKind.MATERIAL_COOPERATION),
            Map.entry("aid", RelationKind.AID),
            Map.entry("retreat", RelationKind.YIELD),
            Map.entry("request", RelationKind.APPEAL),
            Map.entry("accuse", RelationKind.DISAPPROVE),
            Map.entry("reject", RelationKind.REJECT),
            Map.entry("threaten", RelationKind.THREATEN),
            Map.entry("protest", RelationKind.PROTEST),
            Map.entry("sanction", RelationKind.REDUCE_RELATIONS),
            Map.entry("mobilize", RelationKind.MILITARY_POSTURE),
            Map.entry("coerce", RelationKind.COERCE),
            Map.entry("assault", RelationKind.ASSAULT));

    private final EventLayouts.Headed file;
    private final boolean hasIntensity;
    private final boolean hasContexts;

    PolecatLayout(EventLayouts.Headed file, List<String> header) {
        this.file = file;
        this.hasIntensity = header.contains("Event Intensity");
        this.hasContexts = header.contains("Contexts");
    }

    @Override
    public String dataset() {
        return "POLECAT";
    }

    @Override
    public double confidence() {
        return 0.5;
    }

    @Override
    public int headerLines() {
        return 1;
    }

    @Override
    public String staging(boolean numbered) {
        String given = hasIntensity ? "try_cast(" + EventLayouts.column("Event Intensity") + " AS DOUBLE)" : "NULL";
        String contexts = hasContexts ? EventLayouts.column("Contexts") : "NULL";
        return "SELECT " + (numbered ? "n, " : "")
                + "'polecat-' || eid AS id, nullif(src, []) AS sources, nullif(tgt, []) AS targets, k AS kind,"
                + " coalesce(" + given + ", " + AcledLayout.intensity("k") + ") AS intensity, d AS day,"
                + " concat('POLECAT event ', eid, ' (', edate, '): ', array_to_string(src, ', '), ' -> ',"
                + " array_to_string(tgt, ', '), ', ', etype, coalesce(' (' || emode || ')', ''),"
                + " ', contexts: ' || " + contexts + ") AS text,"
                + " CASE WHEN eid IS NULL THEN 'no Event ID'"
                + " WHEN d IS NULL THEN concat('Event Date ''', edate, ''' is not a day (YYYY-MM-DD)')"
                + " WHEN k IS NULL THEN concat('Event Type ''', etype, ''' is not a PLOVER event type')"
                + " WHEN " + hasIntensity + " AND " + given + " IS NULL AND "
                + EventLayouts.column("Event Intensity") + " IS NOT NULL"
                + " THEN 'Event Intensity is not a number'"
                + " WHEN abs(coalesce(" + given
                + ", 0)) > 10 THEN 'Event Intensity is outside -10 to 10' END AS problem,"
                + " list_transform(list_concat(src, tgt), x -> {'id': x, 'name': x, 'type':"
                + " CASE WHEN regexp_full_match(x, '[A-Z]{3}') THEN 'STATE' ELSE 'ORGANISATION' END}) AS actors"
                + " FROM (SELECT r.*, " + EventLayouts.column("Event ID") + " AS eid,"
                + EventLayouts.column("Event Date") + " AS edate, " + EventLayouts.column("Event Type") + " AS etype,"
                + EventLayouts.column("Event Mode") + " AS emode,"
                + AcledLayout.cases("lower(" + EventLayouts.column("Event Type") + ")", EVENT_TYPES) + " AS k,"
                + " try_strptime(left(" + EventLayouts.column("Event Date") + ", 10), '%Y-%m-%d')::DATE AS d,"
                + side("Actor") + " AS src, " + side("Recipient") + " AS tgt"
                + " FROM " + file.read(numbered) + " r, (SELECT list(code) AS known FROM import_states) s)";
    }

    /** The states of a side's country column, else the slugs of its names. */
    private static String side(String who) {
        String states = "list_sort(list_distinct(list_filter(list_transform(string_split(coalesce("
                + EventLayouts.column(who + " Country") + ", ''), ';'), x -> upper(trim(x))),"
                + " x -> list_contains(s.known, x))))";
        String names = "list_sort(list_distinct(list_filter(list_transform(string_split(coalesce("
                + EventLayouts.column(who + " Name") + ", ''), ';'), x -> " + EventLayout.slug("x") + "),"
                + " x -> x IS NOT NULL)))";
        return "CASE WHEN len(" + states + ") > 0 THEN " + states + " ELSE " + names + " END";
    }

    @Override
    public String actors(String kept, String document) {
        return EventLayout.listedActors(kept);
    }
}
