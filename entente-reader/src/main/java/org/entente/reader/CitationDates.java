package org.entente.reader;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.PartialDate;

/**
 * Dates as citations write them: "Oct. 12, 2020" (day), "Jan. 2015" or "March 2005" (month), "2006"
 * (year, only where no fuller date is given). A day without a year ("Oct. 3, Oct. 4, 2020") takes
 * the next year given. Impossible dates are skipped. Stateless.
 */
final class CitationDates {
    private static final Pattern MONTH_DATE =
            Pattern.compile("\\b(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                    + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?!\\p{L})\\.?"
                    + "(?:\\s+(?<day>\\d{1,2})(?!\\d))?(?:,?\\s+(?<year>(?:1[6-9]|20)\\d\\d)(?![\\d-]))?");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d\\-/.])(?<year>(?:1[6-9]|20)\\d\\d)(?![\\d\\-/])");
    /** {@link #MONTH_DATE}'s groups by number: a named group costs a map lookup each time it is read. */
    private static final int MONTH = 1;

    private static final int DAY = 2;
    private static final int YEAR_GROUP = 3;

    private static final Pattern DATE_FIELD = Pattern.compile(
            "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{1,2})?(?:\\s+\\d{4})?");

    /** The first three letters of each month's name, with which {@link #MONTH_DATE} and {@link #DATE_FIELD} begin. */
    private static final String MONTH_PREFIXES = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /** Whether a comma-separated field of a citation is a date or part of one ("Oct. 12", "Jan. 2015"). */
    static boolean isDateField(String field) {
        return monthAt(field, 0) && DATE_FIELD.matcher(field).matches();
    }

    /** Whether the first three letters of a month's name stand at {@code p}: where a date can begin. */
    private static boolean monthAt(String text, int p) {
        if (p + 3 > text.length()) {
            return false;
        }
        switch (text.charAt(p)) {
            case 'J', 'F', 'M', 'A', 'S', 'O', 'N', 'D' -> {
                for (int m = 0; m < MONTH_PREFIXES.length(); m += 3) {
                    if (text.regionMatches(p, MONTH_PREFIXES, m, 3)) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** Whether a year from 1600 to 2099 ({@link #YEAR}'s digits) stands at {@code p}. */
    private static boolean yearAt(String text, int p) {
        if (p + 4 > text.length()) {
            return false;
        }
        char a = text.charAt(p);
        char b = text.charAt(p + 1);
        return (a == '1' && b >= '6' && b <= '9' || a == '2' && b == '0')
                && isAsciiDigit(text.charAt(p + 2))
                && isAsciiDigit(text.charAt(p + 3));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The dates in the text, in the order written. */
    List<PartialDate> find(String text) {
        List<PartialDate> dates = new ArrayList<>();
        List<int[]> waiting = new ArrayList<>();
        Matcher matcher = MONTH_DATE.matcher(text).useTransparentBounds(true);
        boolean monthSeen = false;
        int from = 0;
        while ((from = next(matcher, text, from, CitationDates::monthAt)) >= 0) {
            boolean day = matcher.start(DAY) >= 0;
            boolean year = matcher.start(YEAR_GROUP) >= 0;
            int month = month(text, matcher.start(MONTH));
            if (!year && day) {
                monthSeen = true;
                waiting.add(new int[] {month, number(text, matcher, DAY), dates.size()});
            } else if (year) {
                monthSeen = true;
                int y = number(text, matcher, YEAR_GROUP);
                for (int[] w : waiting) {
                    add(dates, w[2], y, w[0], w[1]);
                }
                waiting.clear();
                add(dates, dates.size(), y, month, day ? number(text, matcher, DAY) : 0);
            }
        }
        if (!monthSeen) {
            Matcher years = YEAR.matcher(text).useTransparentBounds(true);
            int at = 0;
            while ((at = next(years, text, at, CitationDates::yearAt)) >= 0) {
                dates.add(PartialDate.year(number(text, years, 1)));
            }
        }
        return dates;
    }

    /** The month (1 to 12) whose name starts at {@code p}, where {@link #MONTH_DATE} found one. */
    private static int month(String text, int p) {
        for (int m = 0; m < MONTH_PREFIXES.length(); m += 3) {
            if (text.regionMatches(p, MONTH_PREFIXES, m, 3)) {
                return m / 3 + 1;
            }
        }
        throw new IllegalStateException("no month at " + p + " in " + text);
    }

    /** The ASCII digits of a group that matched, as a number, read without a substring. */
    private static int number(String text, Matcher matcher, int group) {
        return Integer.parseInt(text, matcher.start(group), matcher.end(group), 10);
    }

    /** Where a pattern might match in a text: a cheap test that every match's start passes. */
    private interface Start {
        boolean possible(String text, int p);
    }

    /**
     * What {@link Matcher#find()} does from {@code from}, for a pattern that can only match where
     * {@code start} holds: tries the pattern only there, so a footnote without dates costs a scan.
     * The matcher must use transparent bounds, so look-arounds and word boundaries see the whole
     * text. Returns where to search next (the match's end), or -1 when there is no further match.
     */
    private static int next(Matcher matcher, String text, int from, Start start) {
        for (int p = from; p < text.length(); p++) {
            if (start.possible(text, p) && matcher.region(p, text.length()).lookingAt()) {
                return matcher.end();
            }
        }
        return -1;
    }

    private static void add(List<PartialDate> dates, int at, int year, int month, int day) {
        try {
            PartialDate date = day == 0 ? PartialDate.month(year, month) : PartialDate.day(year, month, day);
            dates.add(Math.min(at, dates.size()), date);
        } catch (DateTimeException impossible) {
            // "Feb. 30, 2020" is no date: the citation keeps the dates it has.
        }
    }
}
