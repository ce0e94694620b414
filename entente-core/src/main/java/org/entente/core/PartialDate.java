package org.entente.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar date known to a day, a month or a year, as citations and texts give them ("Oct. 12,
 * 2020", "March 2005", "1994"). {@link #first()} is the first day of the period.
 */
public record PartialDate(LocalDate first, Precision precision) implements Comparable<PartialDate> {

    public PartialDate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(precision, "precision");
        if (!precision.isCalendar()) {
            throw new IllegalArgumentException("a partial date is known to a day, month or year, not " + precision);
        }
        if (precision == Precision.MONTH && first.getDayOfMonth() != 1
                || precision == Precision.YEAR && first.getDayOfYear() != 1) {
            throw new IllegalArgumentException(first + " is not the first day of its " + precision);
        }
    }

    public static PartialDate day(int year, int month, int day) {
        return new PartialDate(LocalDate.of(year, month, day), Precision.DAY);
    }

    public static PartialDate month(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    public static PartialDate year(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** Parses the ISO forms {@code 2020}, {@code 2020-10} and {@code 2020-10-12}. */
    public static PartialDate parse(String iso) {
        Objects.requireNonNull(iso, "iso");
        String[] parts = iso.split("-", -1);
        try {
            return switch (parts.length) {
                case 1 -> year(Integer.parseInt(parts[0]));
                case 2 -> month(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                case 3 -> new PartialDate(LocalDate.parse(iso), Precision.DAY);
                default -> throw new IllegalArgumentException("not an ISO date: " + iso);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an ISO date: '" + iso + "'", e);
        }
    }

    /** The last day of the period. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            default -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDate = first.compareTo(other.first);
        return byDate != 0 ? byDate : precision.compareTo(other.precision);
    }

    /** The ISO form, as short as the precision: {@code 2020}, {@code 2020-10} or {@code 2020-10-12}. */
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> first.toString().substring(0, 7);
            default -> String.valueOf(first.getYear());
        };
    }
}
