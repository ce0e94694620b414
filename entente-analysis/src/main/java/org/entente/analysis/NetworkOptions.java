package org.entente.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which assertions a network is built from.
 *
 * @param from keep assertions whose time span reaches this day or later (undated ones are dropped)
 * @param to keep assertions whose time span starts on or before this day (undated ones are dropped)
 * @param factualOnly keep only asserted and reported claims, leaving out alleged, hypothetical and
 *     negated ones
 */
public record NetworkOptions(Optional<LocalDate> from, Optional<LocalDate> to, boolean factualOnly) {
    public NetworkOptions {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("window starts " + from.get() + " after it ends " + to.get());
        }
    }

    /** Every factual assertion, dated or not. */
    public static NetworkOptions defaults() {
        return new NetworkOptions(Optional.empty(), Optional.empty(), true);
    }
}
