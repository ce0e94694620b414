package org.entente.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters for listing assertions; every absent field lets everything through.
 *
 * @param actor assertions with this actor among sources or targets
 * @param between assertions between these two actors, in either direction
 * @param from assertions whose span ends on or after this day (undated ones are excluded)
 * @param to assertions whose span starts on or before this day (undated ones are excluded)
 * @param includeRejected also list the assertions an analyst rejected (they are left out otherwise)
 * @param limit at most this many, 0 for all
 */
public record AssertionQuery(
        Optional<String> actor,
        Optional<Pair> between,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<RelationKind> kind,
        Optional<String> document,
        boolean includeRejected,
        int limit) {

    /** Two actors, in no particular order. */
    public record Pair(String first, String second) {
        public Pair {
            Require.text(first, "first");
            Require.text(second, "second");
        }
    }

    private static final AssertionQuery ALL = new AssertionQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            0);

    public AssertionQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(between, "between");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        Require.nonNegative(limit, "limit");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("--from " + from.get() + " is after --to " + to.get());
        }
    }

    public static AssertionQuery all() {
        return ALL;
    }

    public boolean isDated() {
        return from.isPresent() || to.isPresent();
    }
}
