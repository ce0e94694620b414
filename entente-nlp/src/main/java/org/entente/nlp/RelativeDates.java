package org.entente.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.PartialDate;
import org.entente.core.Precision;

/**
 * Days and months a text names relative to another: "the next night", "two days later", "the day
 * before", "a week later", "the following week", "that evening", "the following month". Each is
 * resolved from the nearest date before it in the same sentence that is precise enough (a day for a
 * day, a month for a month), else from the narrative's day or month; with neither it stays unread.
 * "The day after" counts only when it stands alone: in "the day after his arrival" it counts from an
 * event that need not be the last day named.
 * Stateless and thread-safe.
 */
final class RelativeDates {

    /** A relative date read; {@code backward} when it looks back ("two days earlier"), a flashback. */
    record Relative(DateFinder.Found found, boolean backward) {}

    private enum Unit {
        DAY,
        WEEK,
        MONTH
    }

    /** A phrase's unit and how many units it moves; {@code WEEK} with 0 is "the following week". */
    private record Shift(int start, int end, Unit unit, int amount) {}

    private static final String PART = "(?:day|night|evening|morning|afternoon)";
    private static final String COUNT = "(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)";
    private static final List<String> COUNTS =
            List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private static final Pattern SAME_DAY =
            Pattern.compile("(?i)\\b(?:(?:later |earlier )?that " + PART + "|the same " + PART + ")\\b");
    private static final Pattern NEXT_DAY =
            Pattern.compile("(?i)\\b(?:the (?:next|following) " + PART + "|a day later|the day after(?!\\s+\\w))\\b");
    private static final Pattern PREVIOUS_DAY =
            Pattern.compile("(?i)\\b(?:the previous " + PART + "|the " + PART + " before|a day earlier)\\b");
    private static final Pattern DAYS = Pattern.compile("(?i)\\b" + COUNT + " days (later|earlier|before)\\b");
    private static final Pattern WEEKS = Pattern.compile("(?i)\\b(a|" + COUNT + ") weeks? (later|earlier)\\b");
    private static final Pattern NEXT_WEEK = Pattern.compile("(?i)\\bthe (?:next|following) week\\b");
    private static final Pattern MONTHS = Pattern.compile("(?i)\\b(?:(the (?:following|next) month|a month later)"
            + "|(that month|the same month)|(the previous month|a month earlier))\\b");

    private RelativeDates() {}

    /**
     * The relative dates of {@code text}, in text order, each read from the latest of the sentence's
     * own dates ({@code found}, in text order) and relatives before it, else from the narrative.
     */
    static List<Relative> resolve(
            String text, List<DateFinder.Found> found, Optional<LocalDate> day, Optional<YearMonth> month) {
        List<Relative> resolved = new ArrayList<>();
        for (Shift shift : shifts(text)) {
            Optional<PartialDate> base = base(found, resolved, shift.start(), shift.unit());
            Optional<DateFinder.Found> date = base.isPresent()
                    ? Optional.of(apply(shift, base.get()))
                    : shift.unit() == Unit.MONTH
                            ? month.map(m -> apply(shift, PartialDate.month(m.getYear(), m.getMonthValue())))
                            : day.map(d ->
                                    apply(shift, PartialDate.day(d.getYear(), d.getMonthValue(), d.getDayOfMonth())));
            date.ifPresent(d -> resolved.add(new Relative(d, shift.amount() < 0)));
        }
        return resolved;
    }

    private static List<Shift> shifts(String text) {
        List<Shift> shifts = new ArrayList<>();
        add(shifts, SAME_DAY, text, m -> 0);
        add(shifts, NEXT_DAY, text, m -> 1);
        add(shifts, PREVIOUS_DAY, text, m -> -1);
        add(shifts, DAYS, text, m -> count(m.group(1)) * direction(m.group(2)));
        Matcher weeks = WEEKS.matcher(text);
        while (weeks.find()) {
            int count = weeks.group(1).equalsIgnoreCase("a") ? 1 : count(weeks.group(2));
            shifts.add(new Shift(weeks.start(), weeks.end(), Unit.DAY, 7 * count * direction(weeks.group(3))));
        }
        Matcher week = NEXT_WEEK.matcher(text);
        while (week.find()) {
            shifts.add(new Shift(week.start(), week.end(), Unit.WEEK, 0));
        }
        Matcher months = MONTHS.matcher(text);
        while (months.find()) {
            int amount = months.group(1) != null ? 1 : months.group(2) != null ? 0 : -1;
            shifts.add(new Shift(months.start(), months.end(), Unit.MONTH, amount));
        }
        shifts.sort(Comparator.comparingInt(Shift::start));
        return shifts;
    }

    private static void add(List<Shift> shifts, Pattern pattern, String text, ToIntFunction<Matcher> days) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            shifts.add(new Shift(matcher.start(), matcher.end(), Unit.DAY, days.applyAsInt(matcher)));
        }
    }

    private static int count(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.isDigit(lower.charAt(0)) ? Integer.parseInt(lower) : COUNTS.indexOf(lower) + 2;
    }

    private static int direction(String word) {
        return word.equalsIgnoreCase("later") ? 1 : -1;
    }

    /** The latest date before {@code at} in the sentence that has the unit's precision, if any. */
    private static Optional<PartialDate> base(
            List<DateFinder.Found> found, List<Relative> resolved, int at, Unit unit) {
        Optional<DateFinder.Found> latest = found.stream()
                .filter(f -> f.end() <= at && f.to().isEmpty() && precise(f.from(), unit))
                .reduce((a, b) -> b);
        for (Relative relative : resolved) {
            DateFinder.Found f = relative.found();
            if (f.end() <= at
                    && f.to().isEmpty()
                    && precise(f.from(), unit)
                    && latest.map(l -> l.start() < f.start()).orElse(true)) {
                latest = Optional.of(f);
            }
        }
        return latest.map(DateFinder.Found::from);
    }

    private static boolean precise(PartialDate date, Unit unit) {
        return date.precision() == Precision.DAY || unit == Unit.MONTH && date.precision() == Precision.MONTH;
    }

    private static DateFinder.Found apply(Shift shift, PartialDate base) {
        LocalDate first = base.first();
        return switch (shift.unit()) {
            case DAY -> found(shift, day(first.plusDays(shift.amount())), Optional.empty());
            case WEEK -> {
                LocalDate monday = first.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                yield found(shift, day(monday), Optional.of(day(monday.plusDays(6))));
            }
            case MONTH -> {
                YearMonth month = YearMonth.from(first).plusMonths(shift.amount());
                yield found(shift, PartialDate.month(month.getYear(), month.getMonthValue()), Optional.empty());
            }
        };
    }

    private static DateFinder.Found found(Shift shift, PartialDate from, Optional<PartialDate> to) {
        return new DateFinder.Found(shift.start(), shift.end(), from, to, false);
    }

    private static PartialDate day(LocalDate day) {
        return PartialDate.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
