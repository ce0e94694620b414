package org.entente.core;

import java.util.Locale;

/** What kind of actor an {@link Actor} is. */
public enum ActorType {
    STATE,
    /** An intergovernmental organisation or alliance: UN, NATO, CSTO. */
    IGO,
    PERSON,
    ORGANISATION,
    /** A part of a state or movement that can take its own line: the IRGC, a parliamentary bloc. */
    FACTION,
    MEDIA_OUTLET,
    ARMED_GROUP;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ActorType ofLabel(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown actor type '" + label + "'", e);
        }
    }
}
