package org.entente.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each line of a PDF its role from its type and place, the evidence plain text loses.
 *
 * <ul>
 *   <li>The body size is the size most characters have.
 *   <li>Furniture: a line in the top or bottom {@value #MARGIN} of the page that recurs (digits
 *       ignored) on at least two pages and half of them, or a bare page number there. The running
 *       header is the most frequent such line at the top.
 *   <li>Metadata: on page 1, the lines before the first line in body type (title in large type, "By
 *       ..." authors, a standfirst).
 *   <li>Small type below every body line of its column is a footnote zone: a line starting with the
 *       next footnote number (raised or not, up to two skipped) opens a footnote, other lines continue
 *       the open one (across pages); small type elsewhere, or before any footnote opens, is a caption.
 *   <li>Large type: a run of it ending a sentence or longer than {@value #MAX_HEADING_WORDS} words is a
 *       pull quote, else a heading; a bold body-size line shaped like a heading is a heading.
 * </ul>
 *
 * Linear in the lines but for the footnote-zone test, which looks at the lines of the same page.
 */
final class PdfRoles {
    private static final float MARGIN = 0.075f;
    private static final float SAME_PLACE = 3;
    private static final float SMALL = 0.9f;
    private static final float LARGE = 1.12f;
    private static final int MAX_HEADING_WORDS = 12;
    private static final int MAX_SKIP = 2;
    private static final int MAX_BYLINE = 80;

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:[Pp]age\\s+)?[-\u2013]?\\s*\\d{1,4}\\s*[-\u2013]?");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\.?\\s+(\\S.*)");
    private static final Pattern BY = Pattern.compile("(?i)by\\s+(\\p{Lu}.*)");

    /** The lines in reading order with their roles, the footnotes found and what page 1 says. */
    record Result(
            List<PdfLine> lines,
            List<Role> roles,
            List<RawFootnote> footnotes,
            float bodySize,
            Map<Integer, Float> widths,
            Optional<String> header,
            Optional<String> title,
            Optional<String> byline) {}

    private final List<PdfLine> lines;
    private final Map<Integer, Float> heights;

    private final Map<Integer, Float> widths;
    private final Role[] roles;
    private final float body;

    /** Lines in reading order; page sizes by page number, in points. */
    PdfRoles(List<PdfLine> lines, Map<Integer, Float> widths, Map<Integer, Float> heights) {
        this.lines = new ArrayList<>(lines);
        this.widths = Map.copyOf(widths);
        this.heights = Map.copyOf(heights);
        this.roles = new Role[lines.size()];
        this.body = bodySize(lines);
    }

    Result classify() {
        for (int i = 0; i < roles.length; i++) {
            roles[i] = sizeRole(lines.get(i));
        }
        Optional<String> header = furniture();
        StringBuilder title = new StringBuilder();
        Optional<String> byline = frontMatter(title);
        List<RawFootnote> footnotes = footnotes();
        largeType();
        PdfDropCaps.attach(lines, roles, body);
        return new Result(
                List.copyOf(lines),
                List.of(roles),
                footnotes,
                body,
                widths,
                header,
                title.length() == 0 ? Optional.empty() : Optional.of(title.toString()),
                byline);
    }

    private static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (PdfLine line : lines) {
            chars.merge(line.size(), line.text().length(), Integer::sum);
        }
        return chars.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(10f);
    }

    private Role sizeRole(PdfLine line) {
        if (line.text().length() == 1
                && Character.isUpperCase(line.text().charAt(0))
                && line.size() >= PdfLines.INITIAL * body) {
            return Role.DROP_CAP;
        }
        if (line.size() < SMALL * body) {
            return Role.FOOTNOTE;
        }
        if (line.size() > LARGE * body) {
            return Role.PULL_QUOTE;
        }
        return line.bold() && Paragraphs.isHeading(line.text()) ? Role.HEADING : Role.BODY;
    }

    private boolean inMargin(PdfLine line) {
        float height = heights.get(line.page());
        return line.y() < MARGIN * height || line.y() > (1 - MARGIN) * height;
    }

    /** Marks furniture; returns the running header's text. */
    private Optional<String> furniture() {
        Map<String, Set<Integer>> pages = new HashMap<>();
        for (PdfLine line : lines) {
            if (inMargin(line)) {
                pages.computeIfAbsent(key(line), k -> new HashSet<>()).add(line.page());
            }
        }
        int pageCount = heights.size();
        Map<String, Integer> topCounts = new HashMap<>();
        Map<String, String> firstText = new HashMap<>();
        for (int i = 0; i < roles.length; i++) {
            PdfLine line = lines.get(i);
            if (!inMargin(line)) {
                continue;
            }
            int seen = pages.get(key(line)).size();
            boolean repeated = pageCount > 1 && seen >= 2 && 2 * seen >= pageCount;
            if (repeated || PAGE_NUMBER.matcher(line.text()).matches()) {
                roles[i] = Role.FURNITURE;
                if (repeated && line.y() < MARGIN * heights.get(line.page())) {
                    topCounts.merge(key(line), 1, Integer::sum);
                    firstText.putIfAbsent(key(line), line.text());
                }
            }
        }
        return topCounts.entrySet().stream()
                .filter(e -> !PAGE_NUMBER.matcher(firstText.get(e.getKey())).matches())
                .max(Map.Entry.comparingByValue())
                .map(e -> firstText.get(e.getKey()));
    }

    /** Marks page 1's lines before the body as metadata, gathering the title; returns a byline. */
    private Optional<String> frontMatter(StringBuilder title) {
        Optional<String> byline = Optional.empty();
        float largest = 0;
        for (int i = 0; i < roles.length && lines.get(i).page() == lines.get(0).page(); i++) {
            PdfLine line = lines.get(i);
            Matcher by = BY.matcher(line.text());
            if (roles[i] == Role.FURNITURE) {
                continue;
            }
            if (by.matches() && byline.isEmpty() && line.text().length() <= MAX_BYLINE) {
                byline = Optional.of(by.group(1));
                roles[i] = Role.METADATA;
                continue;
            }
            if (roles[i] == Role.BODY || roles[i] == Role.HEADING) {
                break;
            }
            roles[i] = Role.METADATA;
            if (line.size() > largest + 0.5f) {
                largest = line.size();
                title.setLength(0);
                title.append(line.text());
            } else if (Math.abs(line.size() - largest) <= 0.5f) {
                title.append(' ').append(line.text());
            }
        }
        return byline;
    }

    /** Splits the small type into footnotes and captions; returns the footnotes. */
    private List<RawFootnote> footnotes() {
        List<RawFootnote> notes = new ArrayList<>();
        int expected = 1;
        int open = -1;
        int openPage = 0;
        List<String> text = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != Role.FOOTNOTE) {
                continue;
            }
            PdfLine line = lines.get(i);
            if (!inFootnoteZone(i)) {
                roles[i] = Role.CAPTION;
                continue;
            }
            Optional<PdfLine> opening = opening(line, expected);
            if (opening.isPresent()) {
                if (open > 0) {
                    notes.add(new RawFootnote(open, openPage, text));
                }
                openPage = line.page();
                open = expected = number(line);
                expected++;
                text = new ArrayList<>(List.of(opening.get().text()));
            } else if (open > 0) {
                text.add(line.text());
            } else {
                roles[i] = Role.CAPTION;
            }
        }
        if (open > 0) {
            notes.add(new RawFootnote(open, openPage, text));
        }
        return notes;
    }

    /** The line without its number when it opens a footnote numbered expected to expected + 2. */
    private static Optional<PdfLine> opening(PdfLine line, int expected) {
        int number = number(line);
        if (number < expected || number > expected + MAX_SKIP) {
            return Optional.empty();
        }
        if (!line.raised().isEmpty() && line.raised().get(0).offset() == 0) {
            return Optional.of(line.dropStart(0).withoutFirstRaised());
        }
        Matcher matcher = NUMBERED.matcher(line.text());
        matcher.matches();
        return Optional.of(line.dropStart(matcher.start(2)));
    }

    /** The footnote number a line opens with, raised or not, or -1. */
    private static int number(PdfLine line) {
        if (!line.raised().isEmpty() && line.raised().get(0).offset() == 0) {
            String digits = line.raised().get(0).digits();
            return digits.chars().allMatch(Character::isDigit) && digits.length() <= 3 ? Integer.parseInt(digits) : -1;
        }
        Matcher matcher = NUMBERED.matcher(line.text());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** True when no body-type line of the same page stands below this one in its columns. */
    private boolean inFootnoteZone(int i) {
        PdfLine line = lines.get(i);
        for (int step = -1; step <= 1; step += 2) {
            for (int j = i + step; j >= 0 && j < roles.length && lines.get(j).page() == line.page(); j += step) {
                PdfLine other = lines.get(j);
                if ((roles[j] == Role.BODY || roles[j] == Role.HEADING)
                        && other.y() > line.y()
                        && other.x0() < line.x1()
                        && other.x1() > line.x0()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Turns runs of large type into headings or pull quotes. */
    private void largeType() {
        int i = 0;
        while (i < roles.length) {
            if (roles[i] != Role.PULL_QUOTE) {
                i++;
                continue;
            }
            int end = i + 1;
            StringBuilder text = new StringBuilder(lines.get(i).text());
            while (end < roles.length
                    && roles[end] == Role.PULL_QUOTE
                    && lines.get(end).page() == lines.get(i).page()) {
                text.append(' ').append(lines.get(end).text());
                end++;
            }
            boolean quote =
                    Paragraphs.endsSentence(text.toString()) || text.toString().split(" ").length > MAX_HEADING_WORDS;
            for (int k = i; k < end; k++) {
                roles[k] = quote ? Role.PULL_QUOTE : Role.HEADING;
            }
            i = end;
        }
    }

    /** The text with digit runs as '#', so page numbers do not matter, and its height on the page. */
    private static String key(PdfLine line) {
        return Math.round(line.y() / SAME_PLACE) + " "
                + line.text().replaceAll("\\d+", "#").strip();
    }
}
