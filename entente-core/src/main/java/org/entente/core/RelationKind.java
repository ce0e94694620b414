package org.entente.core;

import java.util.Optional;

/**
 * What an assertion says one actor does to, or how it stands toward, another. The first twenty
 * kinds are CAMEO's root categories and keep their root code and its Goldstein value, so event
 * data and text-extracted assertions meet in one store. Mediation is its own kind (CAMEO 04x, with
 * the mediator as source and the parties as targets). The durable ties at the end are standing
 * relations rather than events and have no CAMEO code.
 */
public enum RelationKind {
    PUBLIC_STATEMENT("01", 0),
    APPEAL("02", 3),
    INTENT_TO_COOPERATE("03", 4),
    CONSULT("04", 1),
    DIPLOMATIC_COOPERATION("05", 3.5),
    MATERIAL_COOPERATION("06", 6),
    AID("07", 7),
    YIELD("08", 5),
    INVESTIGATE("09", -2),
    DEMAND("10", -5),
    DISAPPROVE("11", -2),
    REJECT("12", -4),
    THREATEN("13", -6),
    PROTEST("14", -6.5),
    MILITARY_POSTURE("15", -7.2),
    REDUCE_RELATIONS("16", -4),
    COERCE("17", -7),
    ASSAULT("18", -9),
    FIGHT("19", -10),
    MASS_VIOLENCE("20", -10),
    MEDIATE("04", 5),
    ALLIANCE(null, 8),
    MEMBERSHIP(null, 5),
    AFFINITY(null, 4),
    RIVALRY(null, -5),
    TERRITORIAL_CLAIM(null, -6);

    private final String cameo;
    private final double intensity;

    RelationKind(String cameo, double intensity) {
        this.cameo = cameo;
        this.intensity = intensity;
    }

    /** CAMEO's two-digit root code, or empty for durable ties. */
    public Optional<String> cameoRoot() {
        return Optional.ofNullable(cameo);
    }

    /** The default intensity in [-10, 10]: the Goldstein value of the CAMEO root where there is one. */
    public double defaultIntensity() {
        return intensity;
    }

    public Sign defaultSign() {
        return Sign.ofWeight(intensity);
    }

    /** True for standing relations (alliance, affinity, ...) as opposed to events. */
    public boolean isDurable() {
        return cameo == null;
    }

    /**
     * GDELT's quad class of the CAMEO root: 1 verbal cooperation, 2 material cooperation, 3 verbal
     * conflict, 4 material conflict; empty for durable ties.
     */
    public Optional<Integer> quadClass() {
        if (cameo == null) {
            return Optional.empty();
        }
        int root = Integer.parseInt(cameo);
        return Optional.of(root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);
    }

    /** The kind of a CAMEO root code ("01".."20"); mediation codes map to CONSULT here. */
    public static RelationKind ofCameoRoot(String root) {
        for (RelationKind kind : values()) {
            if (root.equals(kind.cameo)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a CAMEO root code: '" + root + "'");
    }

    /** The lower-case, hyphenated name used in the CLI and JSON: "diplomatic-cooperation". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kind of a {@link #label()} or enum name, case-insensitively. */
    public static RelationKind ofLabel(String label) {
        String name = label.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown relation kind '" + label + "'", e);
        }
    }
}
