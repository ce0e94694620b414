package org.entente.reader;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final Pattern DATE_FIELD = Pattern.compile(
            "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{1,2})?(?:\\s+\\d{4})?");

    /** Whether a comma-separated field of a citation is a date or part of one ("Oct. 12", "Jan. 2015"). */
    static boolean isDateField(String field) {
        return DATE_FIELD.matcher(field).matches();
    }

    /** The dates in the text, in the order written. */
    List<PartialDate> find(String text) {
        List<PartialDate> dates = new ArrayList<>();
        List<int[]> waiting = new ArrayList<>();
        Matcher matcher = MONTH_DATE.matcher(text);
        boolean monthSeen = false;
        while (matcher.find()) {
            String day = matcher.group("day");
            String year = matcher.group("year");
            int month = MONTHS.get(matcher.group("month").substring(0, 3).toLowerCase(Locale.ROOT));
            if (year == null && day != null) {
                monthSeen = true;
                waiting.add(new int[] {month, Integer.parseInt(day), dates.size()});
            } else if (year != null) {
                monthSeen = true;
                int y = Integer.parseInt(year);
                for (int[] w : waiting) {
                    add(dates, w[2], y, w[0], w[1]);
                }
                waiting.clear();
                add(dates, dates.size(), y, month, day == null ? 0 : Integer.parseInt(day));
            }
        }
        if (!monthSeen) {
            Matcher years = YEAR.matcher(text);
            while (years.find()) {
                dates.add(PartialDate.year(Integer.parseInt(years.group("year"))));
            }
        }
        return dates;
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
