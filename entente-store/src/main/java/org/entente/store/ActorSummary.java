package org.entente.store;

import java.util.Objects;
import org.entente.core.Actor;

/**
 * A stored actor with the number of stored assertions that name it as a source or a target.
 */
public record ActorSummary(Actor actor, int assertions) {
    public ActorSummary {
        Objects.requireNonNull(actor, "actor");
        if (assertions < 0) {
            throw new IllegalArgumentException("assertions must be >= 0, was " + assertions);
        }
    }
}
