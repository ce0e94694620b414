package org.entente.core;

import java.util.Objects;

/**
 * An actor's tie to another actor it belongs to or speaks for, with the period it holds: Zarif to
 * IRN as "foreign minister", 2013-2021; Kayhan to IRN as "close to the Supreme Leader".
 */
public record Affiliation(String actor, String role, Period period) {
    public Affiliation {
        Require.text(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(period, "period");
    }
}
