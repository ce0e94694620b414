package org.entente.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A closed period of validity; an absent end is open, an absent start reaches back indefinitely. */
public record Period(Optional<LocalDate> from, Optional<LocalDate> to) {
    private static final Period ALWAYS = new Period(Optional.empty(), Optional.empty());

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("period starts " + from.get() + " after it ends " + to.get());
        }
    }

    public static Period always() {
        return ALWAYS;
    }

    public static Period between(LocalDate from, LocalDate to) {
        return new Period(Optional.of(from), Optional.of(to));
    }

    public static Period since(LocalDate from) {
        return new Period(Optional.of(from), Optional.empty());
    }

    public boolean contains(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true)
                && to.map(t -> !day.isAfter(t)).orElse(true);
    }

    @Override
    public String toString() {
        return from.map(LocalDate::toString).orElse("") + ".."
                + to.map(LocalDate::toString).orElse("");
    }
}
