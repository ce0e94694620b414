package org.entente.store;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.core.RelationKind;

/**
 * ACLED exports: the kind comes from the sub-event type, else the event type; the intensity is the
 * kind's default. A state's forces ("Military Forces of Sudan (2019-)", "Police Forces of ...")
 * are the state; any other actor is a slug of its name, an organisation for civilians, protesters
 * and rioters, an armed group otherwise. Extra columns are ignored.
 */
final class AcledLayout implements EventLayout {
    static final List<String> REQUIRED =
            List.of("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "source");

    /** Event types, lower case, to kinds. */
    static final Map<String, RelationKind> EVENT_TYPES = Map.of(
            "battles", RelationKind.FIGHT,
            "explosions/remote violence", RelationKind.FIGHT,
            "violence against civilians", RelationKind.ASSAULT,
            "protests", RelationKind.PROTEST,
            "riots", RelationKind.PROTEST,
            "strategic developments", RelationKind.PUBLIC_STATEMENT);

    /** Sub-event types, lower case, whose kind differs from their event type's. */
    static final Map<String, RelationKind> SUB_EVENT_TYPES = Map.ofEntries(
            Map.entry("suicide bomb", RelationKind.ASSAULT),
            Map.entry("remote explosive/landmine/ied", RelationKind.ASSAULT),
            Map.entry("grenade", RelationKind.ASSAULT),
            Map.entry("chemical weapon", RelationKind.MASS_VIOLENCE),
            Map.entry("abduction/forced disappearance", RelationKind.ASSAULT),
            Map.entry("mob violence", RelationKind.ASSAULT),
            Map.entry("excessive force against protesters", RelationKind.ASSAULT),
            Map.entry("violent demonstration", RelationKind.ASSAULT),
            Map.entry("agreement", RelationKind.DIPLOMATIC_COOPERATION),
            Map.entry("arrests", RelationKind.COERCE),
            Map.entry("disrupted weapons use", RelationKind.COERCE),
            Map.entry("looting/property destruction", RelationKind.COERCE),
            Map.entry("headquarters or base established", RelationKind.MILITARY_POSTURE),
            Map.entry("non-violent transfer of territory", RelationKind.YIELD));

    private final EventLayouts.Headed file;

    AcledLayout(EventLayouts.Headed file, List<String> header) {
        this.file = file;
    }

    @Override
    public String dataset() {
        return "ACLED";
    }

    @Override
    public double confidence() {
        return 0.9;
    }

    @Override
    public int headerLines() {
        return 1;
    }

    @Override
    public String staging(boolean numbered) {
        String kind = "coalesce(" + cases("lower(sub_event_type)", SUB_EVENT_TYPES) + ", "
                + cases("lower(event_type)", EVENT_TYPES) + ")";
        String day = "coalesce(try_strptime(event_date, '%Y-%m-%d'), try_strptime(event_date, '%d %B %Y'))::DATE";
        return "SELECT " + (numbered ? "n, " : "") + "'acled-' || event_id_cnty AS id,"
                + " CASE WHEN a1 IS NOT NULL THEN [a1] END AS sources,"
                + " CASE WHEN a2 IS NOT NULL THEN [a2] END AS targets,"
                + " k AS kind, " + intensity("k") + " AS intensity, d AS day,"
                + " concat('ACLED event ', event_id_cnty, ' (', event_date, '): ', actor1, ' -> ',"
                + " coalesce(actor2, 'no second actor'), ', ', event_type, ' / ', sub_event_type,"
                + " ', source: ' || source) AS text,"
                + " CASE WHEN event_id_cnty IS NULL THEN 'no event_id_cnty'"
                + " WHEN d IS NULL THEN concat('event_date ''', event_date, ''' is not a day (YYYY-MM-DD)')"
                + " WHEN k IS NULL THEN concat('event type ''', event_type, ' / ', sub_event_type,"
                + " ''' is not one ACLED defines') END AS problem,"
                + " [{'id': a1, 'name': actor1, 'type': " + type("actor1", "s1") + "},"
                + " {'id': a2, 'name': actor2, 'type': " + type("actor2", "s2") + "}] AS actors"
                + " FROM (SELECT r.*, " + kind + " AS k, " + day + " AS d,"
                + " coalesce(s1.id, " + EventLayout.slug("actor1") + ") AS a1,"
                + " coalesce(s2.id, " + EventLayout.slug("actor2") + ") AS a2, s1.id AS s1, s2.id AS s2"
                + " FROM " + file.read(numbered) + " r"
                + " LEFT JOIN import_state_names s1 ON s1.name = " + forcesOf("actor1")
                + " LEFT JOIN import_state_names s2 ON s2.name = " + forcesOf("actor2") + ")";
    }

    @Override
    public String actors(String kept, String document) {
        return EventLayout.listedActors(kept);
    }

    /** The default intensity of the kind named by the SQL expression {@code kind}. */
    static String intensity(String kind) {
        StringBuilder sql = new StringBuilder("CASE " + kind);
        for (RelationKind k : RelationKind.values()) {
            sql.append(" WHEN '").append(k.name()).append("' THEN ").append(k.defaultIntensity());
        }
        return sql.append(" END").toString();
    }

    /** A CASE mapping lower-case values to kind names; null for other values. */
    static String cases(String value, Map<String, RelationKind> kinds) {
        return kinds.entrySet().stream()
                .map(e -> " WHEN " + EventLayout.literal(e.getKey()) + " THEN '"
                        + e.getValue().name() + "'")
                .collect(Collectors.joining("", "CASE " + value, " END"));
    }

    private static String forcesOf(String actor) {
        return "lower(trim(regexp_extract(" + actor + ", '^(?:Military|Police) Forces of ([^(]+)', 1)))";
    }

    private static String type(String actor, String state) {
        return "CASE WHEN " + state + " IS NOT NULL THEN 'STATE' WHEN regexp_matches(lower(" + actor
                + "), '^(civilians|protesters|rioters)') THEN 'ORGANISATION' ELSE 'ARMED_GROUP' END";
    }
}
