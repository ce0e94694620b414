package org.entente.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.PartialDate;
import org.entente.core.Precision;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;

/**
 * Finds the dates written in a piece of English text: "September 27, 2020", "Oct. 12, 2020", "12
 * October 2020", "the last day of 2023", "March 2005", "in the autumn of 2019", "1988-94", "2018";
 * and, read against an {@link Anchor}, "On September 30" or "in November" (the narrative's year, or
 * the next one when the narrative stands at the turn of the year), "the following year", and the
 * words that point from the document's own date ("this month", "last year", "on Sunday" under a
 * dateline; {@link DeicticDates}). Forms are tried from the most to the least specific and a later form never overlaps an
 * earlier find. Numbers that look like money, percentages, decades, parts of larger numbers or of
 * names ("Mirage 2000 jets") are not years, nor is a year that names what someone owns ("its 1951
 * treaty"); dates in parentheses are asides and not found. Stateless and thread-safe.
 */
final class DateFinder {

    /**
     * A date found at {@code [start, end)}; {@code to} is present for ranges. A {@code reference} date
     * lies in a leading "After ...," phrase: it dates what came before the sentence's event.
     */
    record Found(int start, int end, PartialDate from, Optional<PartialDate> to, boolean reference) {
        TimeSpan span(TimeBasis basis) {
            return to.map(t -> TimeSpan.range(from, t, basis)).orElseGet(() -> TimeSpan.of(from, basis));
        }

        /** The day the narrative has reached once this date is read: the start of a range's last part. */
        LocalDate point() {
            return to.orElse(from).first();
        }

        /** What a date after this one, without a year of its own, is read against. */
        Anchor anchor(Optional<PartialDate> published) {
            boolean monthKnown = to.isEmpty() && from.precision() != Precision.YEAR;
            return new Anchor(
                    OptionalInt.of(point().getYear()),
                    monthKnown ? Optional.of(YearMonth.from(point())) : Optional.empty(),
                    published);
        }
    }

    /**
     * What dates without a year of their own are read against: the narrative's year and, when known,
     * its month; and the document's own date, for words such as "this month" or "on Sunday".
     */
    record Anchor(OptionalInt year, Optional<YearMonth> month, Optional<PartialDate> published) {
        static final Anchor NONE = new Anchor(OptionalInt.empty(), Optional.empty(), Optional.empty());

        static Anchor year(int year) {
            return new Anchor(OptionalInt.of(year), Optional.empty(), Optional.empty());
        }

        /**
         * The year of a month named without one: the narrative's, or the one next to it when that puts
         * the month within a quarter of the narrative's month instead of most of a year away ("On
         * January 10" after "the last day of 2023" is in 2024).
         */
        int yearOf(int month) {
            int year = this.year.orElseThrow();
            if (this.month.isEmpty()) {
                return year;
            }
            long behind = ChronoUnit.MONTHS.between(YearMonth.of(year, month), this.month.get());
            return behind >= 9 ? year + 1 : behind <= -9 ? year - 1 : year;
        }
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String YEAR = "(1[89]\\d\\d|20\\d\\d)";
    private static final String ORDINAL = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern EDGE_DAY =
            Pattern.compile("\\b(?:[Tt]he )?(first|last) day of (?:" + MONTH + ",?\\s+)?" + YEAR + "\\b");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+" + ORDINAL + ",?\\s+" + YEAR + "\\b");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b" + ORDINAL + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");
    /** "in the autumn of 2019", "through the summer": a season's months, northern. Winter spans two years. */
    private static final Pattern SEASON = Pattern.compile("\\b(?:[Ii]n|[Bb]y|[Dd]uring|[Tt]hrough|[Oo]ver) the"
            + " (?:(?:early|late) )?(spring|summer|autumn|fall)(?: of " + YEAR + "|(?! of))\\b");

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
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)\\s+$");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");
    /** A leading "After the coups of 2022," or "Following talks in May,": the dates before the event. */
    private static final Pattern LEADING_REFERENCE = Pattern.compile("^\\s*(?:After|Following)\\b[^,;]*[,;]");

    private DateFinder() {}

    /** The dates in {@code text} in text order; those that need a part of the anchor it lacks are skipped. */
    static List<Found> find(String text, Anchor anchor) {
        List<Found> found = new ArrayList<>();
        scan(EDGE_DAY, text, found, DateFinder::edgeDay);
        scan(MONTH_DAY_YEAR, text, found, m -> day(year(m.group(3)), month(m.group(1)), m.group(2)));
        scan(DAY_MONTH_YEAR, text, found, m -> day(year(m.group(3)), month(m.group(2)), m.group(1)));
        scan(MONTH_YEAR, text, found, m -> Optional.of(PartialDate.month(year(m.group(2)), month(m.group(1)))));
        scanSeasons(text, anchor, found);
        scanAnchored(
                text,
                found,
                anchor,
                List.of(
                        new Form(MONTH_DAY, (m, a) -> day(a.yearOf(month(m.group(1))), month(m.group(1)), m.group(2))),
                        new Form(DAY_MONTH, (m, a) -> day(a.yearOf(month(m.group(2))), month(m.group(2)), m.group(1))),
                        new Form(MONTH_ALONE, (m, a) -> {
                            int month = month(m.group(1));
                            return Optional.of(PartialDate.month(a.yearOf(month), month));
                        }),
                        new Form(
                                YEAR_AFTER,
                                (m, a) -> Optional.of(PartialDate.year(a.year().getAsInt() + 1))),
                        new Form(
                                YEAR_BEFORE,
                                (m, a) -> Optional.of(PartialDate.year(a.year().getAsInt() - 1))),
                        new Form(
                                SAME_YEAR,
                                (m, a) -> Optional.of(PartialDate.year(a.year().getAsInt())))));
        anchor.published().ifPresent(published -> DeicticDates.find(text, published).stream()
                .filter(f -> free(found, f.start(), f.end()))
                .forEach(found::add));
        scanRanges(text, found);
        scan(
                YEAR_ALONE,
                text,
                found,
                m -> partOfAName(text, m.start(), m.end())
                        ? Optional.empty()
                        : Optional.of(PartialDate.year(year(m.group(1)))));
        found.removeIf(f -> inParentheses(text, f.start()));
        found.sort(Comparator.comparingInt(Found::start));
        return markReferences(text, found);
    }

    /**
     * True inside parentheses: "the Minsk Group (created in 1994)", "Khatami (1997-2005)" are asides
     * about something named, not the sentence's time nor the narrative's.
     */
    private static boolean inParentheses(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    private interface Reading {
        Optional<PartialDate> read(MatchResult match);
    }

    private interface AnchoredReading {
        Optional<PartialDate> read(MatchResult match, Anchor anchor);
    }

    /** A form without a year of its own, and how to read it against an anchor. */
    private record Form(Pattern pattern, AnchoredReading reading) {}

    private record Match(MatchResult result, AnchoredReading reading) {}

    /**
     * Finds the forms without a year of their own in text order, each read against the nearest date
     * before it in the text ("in March 2015, and in June"; "the following year, in June"), else
     * against the narrative's anchor; skipped when neither gives a year. Where two overlap, the one
     * that starts first, else the earlier form, wins.
     */
    private static void scanAnchored(String text, List<Found> found, Anchor anchor, List<Form> forms) {
        List<Match> matches = new ArrayList<>();
        for (Form form : forms) {
            Matcher matcher = form.pattern().matcher(text);
            while (matcher.find()) {
                matches.add(new Match(matcher.toMatchResult(), form.reading()));
            }
        }
        matches.sort(Comparator.comparingInt(m -> m.result().start()));
        for (Match match : matches) {
            MatchResult m = match.result();
            if (!free(found, m.start(), m.end())) {
                continue;
            }
            Anchor local = found.stream()
                    .filter(f -> f.end() <= m.start())
                    .max(Comparator.comparingInt(Found::end))
                    .map(f -> f.anchor(anchor.published()))
                    .orElse(anchor);
            Optional<PartialDate> date =
                    local.year().isPresent() ? match.reading().read(m, local) : Optional.empty();
            date.ifPresent(d -> found.add(new Found(m.start(), m.end(), d, Optional.empty(), false)));
        }
    }

    private static void scan(Pattern pattern, String text, List<Found> found, Reading reading) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (free(found, matcher.start(), matcher.end())) {
                Optional<PartialDate> date = reading.read(matcher);
                if (date.isPresent()) {
                    found.add(new Found(matcher.start(), matcher.end(), date.get(), Optional.empty(), false));
                }
            }
        }
    }

    private static Optional<PartialDate> edgeDay(MatchResult m) {
        int year = year(m.group(3));
        boolean first = m.group(1).equals("first");
        if (m.group(2) == null) {
            return Optional.of(first ? PartialDate.day(year, 1, 1) : PartialDate.day(year, 12, 31));
        }
        YearMonth month = YearMonth.of(year, month(m.group(2)));
        return Optional.of(PartialDate.day(year, month.getMonthValue(), first ? 1 : month.lengthOfMonth()));
    }

    private static void scanSeasons(String text, Anchor anchor, List<Found> found) {
        Matcher matcher = SEASON.matcher(text);
        while (matcher.find()) {
            OptionalInt year = matcher.group(2) != null ? OptionalInt.of(year(matcher.group(2))) : anchor.year();
            if (year.isPresent() && free(found, matcher.start(), matcher.end())) {
                int first =
                        switch (matcher.group(1)) {
                            case "spring" -> 3;
                            case "summer" -> 6;
                            default -> 9;
                        };
                int y = year.getAsInt();
                found.add(new Found(
                        matcher.start(),
                        matcher.end(),
                        PartialDate.month(y, first),
                        Optional.of(PartialDate.month(y, first + 2)),
                        false));
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
                        matcher.start(),
                        matcher.end(),
                        PartialDate.year(from),
                        Optional.of(PartialDate.year(to)),
                        false));
            }
        }
    }

    /**
     * A number after a capitalised word inside the sentence is part of a name ("Mirage 2000 jets",
     * "Resolution 2098"); after a possessive and before a word it names what was made that year ("its
     * 1951 treaty"): neither dates the sentence.
     */
    private static boolean partOfAName(String text, int start, int end) {
        Matcher before = WORD_BEFORE.matcher(text.substring(0, start));
        if (!before.find()) {
            return false;
        }
        String word = before.group(1);
        boolean capitalised =
                Character.isUpperCase(word.codePointAt(0)) && word.chars().allMatch(Character::isLetter);
        if (capitalised && before.start(1) > 0) {
            return true;
        }
        boolean possessive =
                POSSESSIVES.contains(word.toLowerCase(Locale.ROOT)) || word.endsWith("'s") || word.endsWith("\u2019s");
        return possessive && end < text.length() - 1 && Character.isLetter(text.charAt(end + 1));
    }

    private static List<Found> markReferences(String text, List<Found> found) {
        Matcher leading = LEADING_REFERENCE.matcher(text);
        if (!leading.find()) {
            return found;
        }
        return found.stream()
                .map(f -> f.end() <= leading.end() ? new Found(f.start(), f.end(), f.from(), f.to(), true) : f)
                .toList();
    }

    private static boolean free(List<Found> found, int start, int end) {
        return found.stream().noneMatch(f -> f.start() < end && start < f.end());
    }

    private static Optional<PartialDate> day(int year, int month, String day) {
        try {
            return Optional.of(PartialDate.day(year, month, Integer.parseInt(day)));
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
