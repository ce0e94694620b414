package org.entente.reader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.PartialDate;

/**
 * Finds running headers, footers and page numbers and marks them {@link Role#FURNITURE}. A line is
 * furniture when it looks like a journal header ("VENUE   Season 2021 Authors: Short title / 5"; the
 * issue date is the year, or the month where a month is named),
 * when it is a bare page number standing alone, or when it stands alone and repeats (digits
 * ignored) at least {@value #REPEATS} times without closing a sentence or opening with a number (a
 * footnote such as "12 Ibid., p. 4." may repeat). One pass to count, one to mark: linear.
 */
final class PageFurniture {
    static final int REPEATS = 3;
    private static final Pattern HEADER = Pattern.compile(
            "(?<venue>[A-Z][A-Z&'.]+(?: [A-Z&'.]+)+)\\s{2,}(?:(?<season>Spring|Summer|Fall|Autumn|Winter|[A-Z][a-z]+)\\s+)?"
                    + "(?<year>(?:19|20)\\d\\d)\\b.*");
    private static final Pattern PAGE_TAIL = Pattern.compile(".*\\s[/|]\\s*\\d{1,4}|\\d{1,4}\\s*[/|]\\s.*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:[Pp]age\\s+)?[-\u2013]?\\s*\\d{1,4}\\s*[-\u2013]?");
    private static final int MIN_REPEATED_LENGTH = 12;
    private static final List<String> MONTHS = List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");

    /**
     * The venue and issue date of the first journal header line, as far as found, and the text of
     * the running header (the first journal header line, else the most repeated furniture line).
     */
    record Header(Optional<String> venue, Optional<PartialDate> date, Optional<String> text) {}

    /** The venue and issue date when the text is a journal header line ("VENUE   Winter 2021 ..."). */
    static Optional<Header> parse(String text) {
        Matcher matcher = HEADER.matcher(text);
        return matcher.matches() ? Optional.of(header(matcher, text)) : Optional.empty();
    }

    Header mark(Layout layout) {
        Map<String, Integer> counts = countStandalone(layout);
        Header header = new Header(Optional.empty(), Optional.empty(), Optional.empty());
        Map<String, Integer> marked = new HashMap<>();
        Map<String, String> firstText = new HashMap<>();
        for (int i = 0; i < layout.size(); i++) {
            if (!layout.is(i, Role.BODY)) {
                continue;
            }
            String text = layout.text(i);
            Matcher matcher = mayBeHeader(text) ? HEADER.matcher(text) : null;
            if (matcher != null && matcher.matches()) {
                layout.assign(i, Role.FURNITURE);
                if (header.venue().isEmpty()) {
                    header = header(matcher, text);
                }
            } else if (text.length() > 20
                            && (text.indexOf('/') >= 0 || text.indexOf('|') >= 0)
                            && standsAlone(layout, i)
                            && PAGE_TAIL.matcher(text).matches()
                    || text.length() <= 12
                            && standsAlone(layout, i)
                            && PAGE_NUMBER.matcher(text).matches()
                    || !counts.isEmpty() && standsAlone(layout, i) && counts.containsKey(key(text))) {
                layout.assign(i, Role.FURNITURE);
                if (counts.containsKey(key(text))) {
                    marked.merge(key(text), 1, Integer::sum);
                    firstText.putIfAbsent(key(text), text);
                }
            }
        }
        if (header.text().isEmpty()) {
            Optional<String> repeated = marked.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> firstText.get(e.getKey()));
            header = new Header(header.venue(), header.date(), repeated);
        }
        return header;
    }

    private static Header header(Matcher matcher, String text) {
        String venue = titleCase(matcher.group("venue"));
        PartialDate date = issueDate(matcher.group("season"), Integer.parseInt(matcher.group("year")));
        return new Header(Optional.of(venue), Optional.of(date), Optional.of(text));
    }

    /** An issue's date: the month where {@code season} names one ("May"), else the year ("Spring", or none: null). */
    static PartialDate issueDate(String season, int year) {
        int month = season == null ? 0 : MONTHS.indexOf(season) + 1;
        return month > 0 ? PartialDate.month(year, month) : PartialDate.year(year);
    }

    private static Map<String, Integer> countStandalone(Layout layout) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < layout.size(); i++) {
            String text = layout.text(i);
            if (layout.is(i, Role.BODY)
                    && text.length() >= MIN_REPEATED_LENGTH
                    && standsAlone(layout, i)
                    && !Character.isDigit(text.charAt(0))
                    && !Paragraphs.endsSentence(text)) {
                counts.merge(key(text), 1, Integer::sum);
            }
        }
        counts.values().removeIf(count -> count < REPEATS);
        return counts;
    }

    private static boolean standsAlone(Layout layout, int i) {
        return (i == 0 || layout.line(i - 1).blank())
                && (i + 1 >= layout.size() || layout.line(i + 1).blank());
    }

    private static boolean mayBeHeader(String text) {
        return text.length() > 8
                && Character.isUpperCase(text.charAt(0))
                && Character.isUpperCase(text.charAt(1))
                && text.contains("  ");
    }

    /** The line with digit runs as '#' and space runs as one space, so page numbers do not matter. */
    private static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.isDigit(text.charAt(i))
                    ? '#'
                    : Character.isWhitespace(text.charAt(i)) ? ' ' : text.charAt(i);
            if (!(c == previous && (c == '#' || c == ' '))) {
                key.append(c);
            }
            previous = c;
        }
        return key.toString();
    }

    static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder(capitals.length());
        boolean start = true;
        for (char c : capitals.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
