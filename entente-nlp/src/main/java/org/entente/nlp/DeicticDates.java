package org.entente.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.PartialDate;
import org.entente.core.Precision;

/**
 * Words that point from the document's own date, as a dateline or byline gives it: "this month",
 * "earlier this year", "last year", "on Sunday", "last Tuesday", "yesterday", each read only as far
 * as that date is precise (a weekday needs a day). Nothing else is ever dated by the publication
 * date. Stateless and thread-safe.
 */
final class DeicticDates {

    /** A month's name, to tell "on Sunday, March 3" (a date) from "on Sunday". */
    private static final String MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?"
            + "|Oct\\.?|Nov\\.?|Dec\\.?)";

    private static final Pattern THIS = Pattern.compile("\\b(?:[Ee]arlier |[Ll]ater )?[Tt]his (month|year)\\b");

    /** "last year", not "the last year" (the twelve months before) nor "the last year of the war". */
    private static final Pattern LAST = Pattern.compile("(?<![Tt]he )\\b[Ll]ast (month|year)\\b");
    /** "on Sunday", not "on Sunday, 3 March" or "on Sunday March 3", which only name a date's weekday. */
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:[Oo]n|[Ll]ast) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!,?\\s+(?:the\\s+)?\\d|,?\\s+"
                    + MONTH_NAME + ")");

    private static final Pattern YESTERDAY = Pattern.compile("\\b[Yy]esterday\\b");

    private DeicticDates() {}

    /** "this month", "last year", "on Sunday", "yesterday", each as far as the document's date is precise. */
    static List<DateFinder.Found> find(String text, PartialDate published) {
        List<DateFinder.Found> found = new ArrayList<>();
        LocalDate today = published.first();
        boolean month = published.precision() == Precision.DAY || published.precision() == Precision.MONTH;
        boolean day = published.precision() == Precision.DAY;
        scan(
                THIS,
                text,
                found,
                m -> m.group(1).equals("year")
                        ? Optional.of(PartialDate.year(today.getYear()))
                        : month
                                ? Optional.of(PartialDate.month(today.getYear(), today.getMonthValue()))
                                : Optional.empty());
        scan(LAST, text, found, m -> {
            if (m.group(1).equals("year")) {
                return Optional.of(PartialDate.year(today.getYear() - 1));
            }
            LocalDate before = today.minusMonths(1);
            return month ? Optional.of(PartialDate.month(before.getYear(), before.getMonthValue())) : Optional.empty();
        });
        if (day) {
            scan(WEEKDAY, text, found, m -> Optional.of(of(weekdayBefore(today, m.group(0)))));
            scan(YESTERDAY, text, found, m -> Optional.of(of(today.minusDays(1))));
        }
        return found;
    }

    /** The named weekday on or before {@code today} ("on Sunday"), or strictly before it ("last Sunday"). */
    private static LocalDate weekdayBefore(LocalDate today, String phrase) {
        String[] words = phrase.split(" ");
        DayOfWeek named = DayOfWeek.valueOf(words[1].toUpperCase(Locale.ROOT));
        int back = Math.floorMod(today.getDayOfWeek().getValue() - named.getValue(), 7);
        boolean last = words[0].equalsIgnoreCase("last");
        return today.minusDays(back == 0 && last ? 7 : back);
    }

    private static PartialDate of(LocalDate day) {
        return PartialDate.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    private static void scan(
            Pattern pattern,
            String text,
            List<DateFinder.Found> found,
            Function<MatchResult, Optional<PartialDate>> reading) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            MatchResult match = matcher.toMatchResult();
            reading.apply(match)
                    .ifPresent(date ->
                            found.add(new DateFinder.Found(match.start(), match.end(), date, Optional.empty(), false)));
        }
    }
}
