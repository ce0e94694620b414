package org.entente.nlp;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.PartialDate;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;

/**
 * Finds the dates written in a piece of English text: "September 27, 2020", "Oct. 12, 2020", "12
 * October 2020", "March 2005", "1988-94", "2018", and "On September 30" whose year is the
 * narrative's, given by the caller, as is the year of "the following year", "a year earlier" or
 * "that year". Forms are tried from the most to the least specific and a
 * later form never overlaps an earlier find. Numbers that look like money, percentages, decades or
 * parts of larger numbers are not years. Stateless and thread-safe.
 */
final class DateFinder {

    /** A date found at {@code [start, end)}; {@code to} is present for ranges. */
    record Found(int start, int end, PartialDate from, Optional<PartialDate> to) {
        TimeSpan span(TimeBasis basis) {
            return to.map(t -> TimeSpan.range(from, t, basis)).orElseGet(() -> TimeSpan.of(from, basis));
        }

        /** The year the text has reached once this date is read: the end year of a range. */
        int lastYear() {
            return to.orElse(from).first().getYear();
        }
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String YEAR = "(1[89]\\d\\d|20\\d\\d)";
    private static final String ORDINAL = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+" + ORDINAL + ",?\\s+" + YEAR + "\\b");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b" + ORDINAL + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + ORDINAL + "\\b(?![,.]?\\d)");
    /** "On 26 February", "the 3rd of March": a day before its month, without a year after it. */
    private static final Pattern DAY_MONTH =
            Pattern.compile("(?<![\\d.,])\\b" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + "\\b(?![,.]?\\s*\\d)");
    /** "In November", "by March": a month the narrative year completes. */
    private static final Pattern MONTH_ALONE =
            Pattern.compile("\\b(?:[Ii]n|[Bb]y|[Ee]arly|[Ll]ate)\\s+" + MONTH + "\\b(?![,.]?\\s*\\d)");

    private static final Pattern YEAR_AFTER =
            Pattern.compile("\\b(?:[Tt]he following year|[Tt]he next year|[Aa] year later)\\b");
    private static final Pattern YEAR_BEFORE =
            Pattern.compile("\\b(?:[Tt]he previous year|[Tt]he year before|[Aa] year earlier)\\b");
    private static final Pattern SAME_YEAR = Pattern.compile("\\b(?:[Tt]hat year|[Tt]he same year)\\b");
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\d$\u00a3\u20ac.,])\\b" + YEAR + "\\s*[-\u2013]\\s*(\\d{2}|" + YEAR + ")\\b(?![\\d%])");
    private static final Pattern YEAR_ALONE = Pattern.compile(
            "(?<![\\d$\u00a3\u20ac.,-])(?<![Ss]ince )\\b" + YEAR + "\\b(?![\\d%]|[.,]\\d|\\s*(?:percent|per cent))");

    private DateFinder() {}

    /**
     * The dates in {@code text} in text order. A month and day without a year take {@code
     * narrativeYear}, and are skipped when it is empty.
     */
    static List<Found> find(String text, OptionalInt narrativeYear) {
        List<Found> found = new ArrayList<>();
        scan(MONTH_DAY_YEAR, text, found, m -> day(m.group(3), month(m.group(1)), m.group(2)));
        scan(DAY_MONTH_YEAR, text, found, m -> day(m.group(3), month(m.group(2)), m.group(1)));
        scan(MONTH_YEAR, text, found, m -> Optional.of(PartialDate.month(year(m.group(2)), month(m.group(1)))));
        if (narrativeYear.isPresent()) {
            String year = String.valueOf(narrativeYear.getAsInt());
            scan(MONTH_DAY, text, found, m -> day(year, month(m.group(1)), m.group(2)));
            scan(DAY_MONTH, text, found, m -> day(year, month(m.group(2)), m.group(1)));
            scan(
                    MONTH_ALONE,
                    text,
                    found,
                    m -> Optional.of(PartialDate.month(narrativeYear.getAsInt(), month(m.group(1)))));
            int narrative = narrativeYear.getAsInt();
            scan(YEAR_AFTER, text, found, m -> Optional.of(PartialDate.year(narrative + 1)));
            scan(YEAR_BEFORE, text, found, m -> Optional.of(PartialDate.year(narrative - 1)));
            scan(SAME_YEAR, text, found, m -> Optional.of(PartialDate.year(narrative)));
        }
        scanRanges(text, found);
        scan(YEAR_ALONE, text, found, m -> Optional.of(PartialDate.year(year(m.group(1)))));
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private interface Reading {
        Optional<PartialDate> read(Matcher matcher);
    }

    private static void scan(Pattern pattern, String text, List<Found> found, Reading reading) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (free(found, matcher.start(), matcher.end())) {
                Optional<PartialDate> date = reading.read(matcher);
                if (date.isPresent()) {
                    found.add(new Found(matcher.start(), matcher.end(), date.get(), Optional.empty()));
                }
            }
        }
    }

    private static void scanRanges(String text, List<Found> found) {
        Matcher matcher = RANGE.matcher(text);
        while (matcher.find()) {
            int from = year(matcher.group(1));
            String second = matcher.group(2);
            int to = second.length() == 2 ? from / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
            if (to > from && free(found, matcher.start(), matcher.end())) {
                found.add(new Found(
                        matcher.start(), matcher.end(), PartialDate.year(from), Optional.of(PartialDate.year(to))));
            }
        }
    }

    private static boolean free(List<Found> found, int start, int end) {
        return found.stream().noneMatch(f -> f.start() < end && start < f.end());
    }

    private static Optional<PartialDate> day(String year, int month, String day) {
        try {
            return Optional.of(PartialDate.day(year(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        int index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(prefix);
        return index + 1;
    }
}
