package org.entente.store;

import java.util.Locale;

/** The event datasets the store imports; see docs/import.md for each one's columns and mapping. */
public enum EventFormat {
    /** GDELT 2.0 event files (61 tab-separated columns) and GDELT 1.0 daily files (57 or 58). */
    GDELT,
    /** POLECAT weekly files, coded in PLOVER: tab- or comma-separated with a header. */
    POLECAT,
    /** ACLED exports: comma-separated with a header. */
    ACLED,
    /** Entente's own comma-separated layout: {@code source,target,date,kind,sign[,intensity,evidence,url]}. */
    CSV;

    /** The lower-case name the command line uses. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of a {@link #label()}, case-insensitively. */
    public static EventFormat ofLabel(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown event format '" + label + "'; use gdelt, polecat, acled or csv", e);
        }
    }
}
