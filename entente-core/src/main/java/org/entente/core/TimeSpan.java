package org.entente.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an assertion holds: a closed span of days with its precision and the basis it was taken
 * from. An unknown span has neither start nor end.
 */
public record TimeSpan(Optional<LocalDate> start, Optional<LocalDate> end, Precision precision, TimeBasis basis) {

    private static final TimeSpan UNKNOWN =
            new TimeSpan(Optional.empty(), Optional.empty(), Precision.UNKNOWN, TimeBasis.UNKNOWN);

    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(basis, "basis");
        if (start.isPresent() != end.isPresent()) {
            throw new IllegalArgumentException("a time span has both a start and an end or neither");
        }
        if ((precision == Precision.UNKNOWN) != start.isEmpty()) {
            throw new IllegalArgumentException("precision UNKNOWN goes with an empty span, and only with it");
        }
        if ((basis == TimeBasis.UNKNOWN) != start.isEmpty()) {
            throw new IllegalArgumentException("basis UNKNOWN goes with an empty span, and only with it");
        }
        if (start.isPresent() && start.get().isAfter(end.get())) {
            throw new IllegalArgumentException("start " + start.get() + " is after end " + end.get());
        }
    }

    public static TimeSpan unknown() {
        return UNKNOWN;
    }

    /** The span of one partial date: a day, a whole month or a whole year. */
    public static TimeSpan of(PartialDate date, TimeBasis basis) {
        return new TimeSpan(Optional.of(date.first()), Optional.of(date.last()), date.precision(), basis);
    }

    /** A range from the start of one partial date to the end of another, such as "1988-94". */
    public static TimeSpan range(PartialDate from, PartialDate to, TimeBasis basis) {
        return new TimeSpan(Optional.of(from.first()), Optional.of(to.last()), Precision.RANGE, basis);
    }

    public boolean isKnown() {
        return start.isPresent();
    }

    /** True when the span and the closed interval [from, to] share a day; unknown spans overlap nothing. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return isKnown() && !start.get().isAfter(to) && !end.get().isBefore(from);
    }

    @Override
    public String toString() {
        if (!isKnown()) {
            return "unknown";
        }
        return switch (precision) {
            case DAY, MONTH, YEAR -> new PartialDate(start.get(), precision).toString();
            default -> start.get() + "/" + end.get();
        };
    }
}
