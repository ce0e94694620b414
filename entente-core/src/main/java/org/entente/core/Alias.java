package org.entente.core;

import java.util.Objects;

/** One way a text names an actor. */
public record Alias(String text, AliasKind kind) {
    public Alias {
        Require.text(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
