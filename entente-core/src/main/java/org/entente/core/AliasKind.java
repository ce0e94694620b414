package org.entente.core;

import java.util.Locale;

/** How an alias refers to its actor. */
public enum AliasKind {
    /** A full or official name: "Islamic Republic of Iran". */
    NAME,
    /** The everyday name: "Iran". */
    SHORT_NAME,
    /** Letters standing for the name: "IRGC", "U.S.". */
    ABBREVIATION,
    /** The people or the adjective: "Iranian", "Iranians", "Azeri". */
    DEMONYM,
    /** A capital or seat standing for the government: "Tehran", "the Kremlin". */
    METONYM,
    /** A descriptive name: "the Islamic Republic", "the Jewish state". */
    EPITHET;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AliasKind ofLabel(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown alias kind '" + label + "'", e);
        }
    }
}
