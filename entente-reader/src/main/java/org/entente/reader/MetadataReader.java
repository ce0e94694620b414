package org.entente.reader;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.Metadata;
import org.entente.core.PartialDate;

/**
 * Reads the title (the first line, when it stands alone, is short and is not a sentence) and the authors (a line
 * "by A and B" among the first few, or right after the title names alone: {@link NameList}) and marks those
 * lines {@link Role#METADATA}; a kicker in capitals over the title ("OPINION") is passed over, and a
 * title-case line right under a byline names the venue ("Entente Wire Service"). The date is the one
 * a byline ends with ("By A, Wire, January 29, 2024"), else the running header's, else a venue
 * line's; the venue is the running header's ({@link PageFurniture}), else a venue line's among the
 * first few ("Foreign Affairs Review | May 2025", "Caucasus Review | Spring 2024", "Entente Policy Briefs,
 * March 2024"), which is marked too.
 */
final class MetadataReader {
    private static final int MAX_TITLE = 200;
    private static final int AUTHOR_WINDOW = 4;
    /** How many body lines from the top may hold a venue line: room for a title, a byline and blanks. */
    private static final int VENUE_WINDOW = 6;

    private static final Pattern KICKER = Pattern.compile("\\p{Lu}{3,}");
    private static final Pattern VENUE_LINE = Pattern.compile(
            "(?<venue>\\p{Lu}[^|]*?)\\s*\\|\\s*(?:(?<season>[A-Z][a-z]+)\\s+)?(?<year>(?:19|20)\\d\\d)");
    private static final Pattern VENUE_COMMA = Pattern.compile("(?<venue>\\p{Lu}[^|,]*?),\\s*(?<season>January|February"
            + "|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Fall|Autumn|Winter)"
            + "\\s+(?<year>(?:19|20)\\d\\d)");
    /**
     * "By A and B", or after a series' name "Policy Brief No. 7, prepared by A": names that start with
     * a capital and hold no sentence end but an initial's ("By J. Ali"), so "By all accounts, ..." and
     * "By Tuesday the talks had failed." are no bylines.
     */
    private static final Pattern BY = Pattern.compile(
            "(?:(?<venue>[^,]{3,80}),\\s+(?i:prepared|written|edited|compiled)\\s+|(?i:prepared|written|edited|compiled)\\s+)?"
                    + "(?i:by)\\s+(?<names>\\p{Lu}[^.!?]*(?:\\p{Lu}\\.[^.!?]*)*)");
    /** "Ines Ortega for the Harborview Policy Circle": the authors, then the body they wrote for. */
    private static final Pattern FOR_VENUE = Pattern.compile("\\s+for\\s+(?:the\\s+)?(?<venue>\\p{Lu}.*)$");
    /** A line under a byline dating it: "Published 4 December 2023", "Updated March 3, 2024". */
    private static final Pattern DATELINE = Pattern.compile("(?i:published|updated|posted)(?::)?\\s+(?<rest>.*)");

    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,\\s*and\\s+|,|\\band\\b|&)\\s*");
    private static final String MONTH_NAMES =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final List<String> MONTHS = List.of(MONTH_NAMES.split("\\|"));
    /** A byline's closing date, "January 29, 2024", "29 January 2024" or "December 2023", after a comma. */
    private static final Pattern BYLINE_DATE = Pattern.compile(",\\s*(?:(?<month>" + MONTH_NAMES
            + ")\\s+(?<day>\\d{1,2}),?|(?<day2>\\d{1,2})\\s+(?<month2>" + MONTH_NAMES
            + ")|(?<month3>" + MONTH_NAMES + "))\\s+(?<year>(?:19|20)\\d\\d)\\s*$");

    /** The authors a byline names and the date it ends with, if any. */
    private record Byline(List<String> authors, Optional<PartialDate> date, Optional<String> venue) {
        static final Byline NONE = new Byline(List.of(), Optional.empty(), Optional.empty());
    }

    Metadata read(Layout layout, PageFurniture.Header header) {
        Optional<VenueLine> venueLine = venueLine(layout);
        Optional<String> venue = header.venue().or(() -> venueLine.map(VenueLine::venue));
        Optional<PartialDate> date = header.date().or(() -> venueLine.map(VenueLine::date));
        int first = layout.nextBody(0);
        Optional<String> title = Optional.empty();
        Byline byline = Byline.NONE;
        if (isKicker(layout, first)) {
            layout.assign(first, Role.METADATA);
            first = layout.nextBody(first + 1);
        }
        if (first < layout.size() && standsAlone(layout, first) && isTitle(layout.text(first))) {
            title = Optional.of(layout.text(first));
            layout.assign(first, Role.METADATA);
            byline = byline(layout, first + 1);
        } else if (first < layout.size()) {
            // "GULF BRIEFING No. 14 / The Title / Prepared by A for B, March 2024": a series line, the
            // title and the byline in one block.
            int byLine = first + 1 < layout.size() && !layout.line(first + 1).blank() ? first + 2 : -1;
            boolean block = byLine > 0
                    && byLine < layout.size()
                    && standsAlone(layout, byLine)
                    && isTitle(layout.text(first + 1))
                    && BY.matcher(layout.text(byLine)).matches();
            if (block) {
                title = Optional.of(layout.text(first + 1));
                String series = layout.text(first);
                venue = venue.or(() -> Optional.of(series));
                layout.assign(first, Role.METADATA);
                layout.assign(first + 1, Role.METADATA);
                byline = byline(layout, byLine);
            }
        }
        return new Metadata(
                title, byline.authors(), venue.or(byline::venue), byline.date().or(() -> date));
    }

    private record VenueLine(String venue, PartialDate date) {}

    /** The first venue line among the top body lines, marked {@link Role#METADATA}; read before the title, so it is no title. */
    private static Optional<VenueLine> venueLine(Layout layout) {
        int seen = 0;
        for (int i = layout.nextBody(0); i < layout.size() && seen < VENUE_WINDOW; i = layout.nextBody(i + 1)) {
            String text = layout.text(i);
            Matcher matcher = venueMatcher(text);
            if (matcher != null) {
                layout.assign(i, Role.METADATA);
                int year = Integer.parseInt(matcher.group("year"));
                return Optional.of(
                        new VenueLine(matcher.group("venue"), PageFurniture.issueDate(matcher.group("season"), year)));
            }
            seen++;
        }
        return Optional.empty();
    }

    /**
     * A matcher over a venue line, "Caucasus Review | Spring 2024", or with a comma when the venue is a
     * title-case name and a month or season comes before the year ("Entente Policy Briefs, March 2024",
     * not "The talks resumed in Geneva, March 2024"); null when the line is none.
     */
    private static Matcher venueMatcher(String text) {
        Matcher matcher = text.indexOf('|') > 0 ? VENUE_LINE.matcher(text) : VENUE_COMMA.matcher(text);
        boolean matches = matcher.matches() && (text.indexOf('|') > 0 || Paragraphs.isHeading(matcher.group("venue")));
        return matches ? matcher : null;
    }

    private static boolean standsAlone(Layout layout, int i) {
        return i + 1 >= layout.size() || layout.line(i + 1).blank();
    }

    /**
     * Whether line {@code i} is a kicker over the title: one word in capitals standing alone
     * ("OPINION", "ANALYSIS") with a title standing alone after it.
     */
    private static boolean isKicker(Layout layout, int i) {
        if (i >= layout.size()
                || !standsAlone(layout, i)
                || !KICKER.matcher(layout.text(i)).matches()) {
            return false;
        }
        int next = layout.nextBody(i + 1);
        return next < layout.size() && standsAlone(layout, next) && isTitle(layout.text(next));
    }

    private static boolean isTitle(String text) {
        return text.length() <= MAX_TITLE && !text.endsWith(".") && Character.isLetterOrDigit(text.codePointAt(0))
                || text.startsWith("\u201C")
                || text.startsWith("\"");
    }

    private static Byline byline(Layout layout, int from) {
        int first = layout.nextBody(from);
        Optional<List<String>> alone =
                first < layout.size() ? NameList.read(layout.text(first), layout) : Optional.empty();
        if (alone.isPresent()) {
            layout.assign(first, Role.METADATA);
            return new Byline(alone.get(), Optional.empty(), Optional.empty());
        }
        int seen = 0;
        for (int i = layout.nextBody(from); i < layout.size() && seen < AUTHOR_WINDOW; i = layout.nextBody(i + 1)) {
            var matcher = BY.matcher(layout.text(i));
            if (matcher.matches()) {
                layout.assign(i, Role.METADATA);
                String names = matcher.group("names");
                Matcher dated = BYLINE_DATE.matcher(names);
                Optional<PartialDate> date = Optional.empty();
                if (dated.find()) {
                    date = date(dated);
                    names = names.substring(0, dated.start());
                }
                Matcher forVenue = FOR_VENUE.matcher(names);
                boolean wroteFor = forVenue.find();
                Optional<String> named = Optional.ofNullable(matcher.group("venue"))
                        .or(() -> wroteFor ? Optional.of(forVenue.group("venue").strip()) : Optional.empty());
                if (wroteFor) {
                    names = names.substring(0, forVenue.start());
                }
                int under = i + 1;
                Optional<String> venue = named.or(() -> agency(layout, under));
                Optional<PartialDate> dateOrLine = date.isPresent() ? date : dateline(layout, under);
                return new Byline(authors(names), dateOrLine, venue);
            }
            seen++;
        }
        return Byline.NONE;
    }

    /**
     * The date of the lines right under a byline, up to a blank line: "Contributing columnist, The
     * Review" then "Published 4 December 2023". Those lines are marked {@link Role#METADATA} when one
     * of them is such a dateline; empty when none is.
     */
    private static Optional<PartialDate> dateline(Layout layout, int from) {
        for (int i = from; i < from + 2 && layout.is(i, Role.BODY); i++) {
            Matcher published = DATELINE.matcher(layout.text(i));
            Matcher dated = published.matches() ? BYLINE_DATE.matcher(", " + published.group("rest")) : null;
            if (dated != null && dated.find() && dated.start() == 0) {
                for (int j = from; j <= i; j++) {
                    layout.assign(j, Role.METADATA);
                }
                return date(dated);
            }
        }
        return Optional.empty();
    }

    /**
     * The venue a byline's next line names, right under it and in title case without a sentence's end
     * ("Entente Wire Service"), marked {@link Role#METADATA}; empty when there is none.
     */
    private static Optional<String> agency(Layout layout, int i) {
        if (!layout.is(i, Role.BODY) || !Paragraphs.isHeading(layout.text(i))) {
            return Optional.empty();
        }
        layout.assign(i, Role.METADATA);
        return Optional.of(layout.text(i));
    }

    private static List<String> authors(String names) {
        List<String> authors = new ArrayList<>();
        for (String name : AUTHOR_SPLIT.split(names)) {
            if (!name.isBlank()) {
                authors.add(name.strip());
            }
        }
        return authors;
    }

    private static Optional<PartialDate> date(Matcher dated) {
        if (dated.group("month3") != null) {
            return Optional.of(PartialDate.month(
                    Integer.parseInt(dated.group("year")), MONTHS.indexOf(dated.group("month3")) + 1));
        }
        String month = dated.group("month") != null ? dated.group("month") : dated.group("month2");
        String day = dated.group("day") != null ? dated.group("day") : dated.group("day2");
        try {
            return Optional.of(PartialDate.day(
                    Integer.parseInt(dated.group("year")), MONTHS.indexOf(month) + 1, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
