package org.entente.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds photo captions and pull quotes set among the body lines and marks them {@link Role#CAPTION}
 * or {@link Role#PULL_QUOTE}.
 *
 * <p>A candidate opens after a blank line or a removed block (footnotes, a header) and ends on a line
 * that closes a sentence where the body visibly resumes: after a gap, on an indented line or on a
 * line starting in lower case. It holds at most {@value #MAX_WORDS} words, no glued footnote marker
 * and no list item after its first line. It is a caption when it names a placement ("(above)") or,
 * short, gives a date as a photograph's line does or where it interrupts a sentence ({@link
 * #isCaption}). Where a candidate opens with body text and a caption follows after a blank line, only
 * the caption is taken. The candidates left are then tried as pull quotes ({@link PullQuotes}),
 * shortest first. Cost: linear in the text times the bounded reach of a pull quote's search.
 */
final class Floats {
    static final int MAX_WORDS = 70;
    static final int REACH = 150;
    static final int DATED_CAPTION_WORDS = 45;
    /** The most a heading's length may be of the next line's: a wider line is a wrapped one. */
    static final double HEADING_WIDTH = 0.85;

    private static final Pattern PLACEMENT = Pattern.compile(
            "\\((?:above|below|left|right|top|bottom|center|centre|inset|far left|far right)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("\\b(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)"
            + "\\s+(?:\\d{1,2},?\\s+)?(?:1[89]|20)\\d\\d\\b");
    /** A first sentence ending on a date after a comma: "Ministers arrive, October 2023." */
    private static final Pattern PHOTO_DATE = Pattern.compile(
            "[^.!?]*,\\s+(?:January|February|March|April|May|June|July"
                    + "|August|September|October|November|December)\\s+(?:\\d{1,2},?\\s+)?(?:1[89]|20)\\d\\d\\.(?:\\s|$)");
    /** "September", the longest month name {@link #DATE} knows. */
    private static final int LONGEST_MONTH = 9;
    /** Closing punctuation between a word and its glued marker. */
    private static final String GLUE = ".,;:)]\u201D\u2019\"!?";

    private static final int MIN_WORD_BEFORE_DIGITS = 3;
    /** What {@code \\s} matches in a Java regular expression. */
    private static final String REGEX_SPACE = " \t\n\u000B\f\r";

    private final LineJoiner joiner;
    private final LineStems stems;
    private final Set<Integer> footnoteNumbers;

    /** {@code stems}: those the lexicon recorded, which the pull quotes' index reuses. */
    Floats(LineJoiner joiner, LineStems stems, Set<Integer> footnoteNumbers) {
        this.joiner = joiner;
        this.stems = stems;
        this.footnoteNumbers = Set.copyOf(footnoteNumbers);
    }

    void mark(Layout layout) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            if (!layout.is(i, Role.BODY) || i > 0 && layout.is(i - 1, Role.BODY) || !opensFloat(layout.text(i))) {
                continue;
            }
            int end = candidateEnd(layout, i);
            if (end < 0 || headsParagraph(layout, i, end) || unwrapped(layout, i, end)) {
                continue;
            }
            int start = captionStart(layout, i, end);
            String text = join(layout, start, end);
            if (start > i || mayBeCaption(layout, start, end) && isCaption(layout, start, end, text)) {
                layout.assign(start, end + 1, Role.CAPTION);
                i = end;
            } else {
                candidates.add(new Candidate(start, end, text, wordCount(text), interrupts(layout, start, end)));
            }
        }
        pullQuotes(layout, candidates);
    }

    /** A stretch that may be a pull quote, its count of words, and whether it sits inside a sentence. */
    private record Candidate(int start, int end, String text, int words, boolean inside) {}

    /**
     * Marks the pull quotes among the candidates, shortest first and, between equals, one set inside a
     * sentence first: a pull quote is an extract, and once it is marked the passage it repeats (which
     * may be a short paragraph, a candidate too) no longer finds its words repeated nearby.
     */
    private void pullQuotes(Layout layout, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        PullQuotes quotes = new PullQuotes(layout, stems);
        candidates.sort(Comparator.comparingInt(Candidate::words)
                .thenComparing(Candidate::inside, Comparator.reverseOrder())
                .thenComparingInt(Candidate::start));
        for (Candidate candidate : candidates) {
            if (allBody(layout, candidate)
                    && quotes.isPullQuote(candidate.start(), candidate.end(), candidate.text())) {
                layout.assign(candidate.start(), candidate.end() + 1, Role.PULL_QUOTE);
                quotes.take(candidate.start(), candidate.end());
            }
        }
    }

    private static boolean allBody(Layout layout, Candidate candidate) {
        for (int j = candidate.start(); j <= candidate.end(); j++) {
            if (!layout.is(j, Role.BODY) && !layout.is(j, Role.BLANK)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a line of the candidate is longer than any printed column and names no placement: a
     * paragraph saved on one line, as copied news and briefings are, not a caption set in a column.
     */
    private static boolean unwrapped(Layout layout, int start, int end) {
        boolean longLine = false;
        for (int j = start; j <= end; j++) {
            if (layout.is(j, Role.BODY)) {
                String text = layout.text(j);
                if (namesPlacement(text)) {
                    return false;
                }
                longLine |= text.length() > Paragraphs.UNWRAPPED;
            }
        }
        return longLine;
    }

    /**
     * True when the candidate opens with a heading line and its text follows on the next line with a
     * capital: a section such as "Summary" over its paragraph, not a caption or a quote. A heading is
     * shorter than the lines under it; a line of capitalised words as wide as the next is a wrapped line
     * of a narrow column ("In February 2022 President Emmanuel" / "Macron announced that ...").
     */
    private static boolean headsParagraph(Layout layout, int start, int end) {
        return start < end
                && Paragraphs.isHeading(layout.text(start))
                && Paragraphs.opensSentence(layout, start + 1)
                && layout.text(start).length()
                        < HEADING_WIDTH * layout.text(start + 1).length();
    }

    /** Captions and pull quotes open with a capital, a digit or a quotation mark, never mid-sentence. */
    private static boolean opensFloat(String text) {
        char first = text.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || first == '\u201C' || first == '"';
    }

    /** The last line of the candidate opening at {@code start}, or -1 when there is none. */
    private int candidateEnd(Layout layout, int start) {
        int words = 0;
        for (int j = start; j < layout.size(); j++) {
            if (layout.is(j, Role.BLANK)) {
                continue;
            }
            String text = layout.text(j);
            if (!layout.is(j, Role.BODY) || hasMarker(text) || j > start && Paragraphs.isListItem(text)) {
                return -1;
            }
            words += wordCount(text);
            if (words > MAX_WORDS) {
                return -1;
            }
            if (Paragraphs.endsSentence(text) && bodyResumesAfter(layout, j)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean bodyResumesAfter(Layout layout, int line) {
        int next = line + 1;
        if (next >= layout.size() || !layout.is(next, Role.BODY)) {
            return true;
        }
        String text = layout.text(next);
        return layout.line(next).indented() || Character.isLowerCase(text.codePointAt(0));
    }

    static int wordCount(String text) {
        int words = 1;
        for (int k = 1; k < text.length(); k++) {
            if (text.charAt(k) == ' ' && text.charAt(k - 1) != ' ') {
                words++;
            }
        }
        return words;
    }

    /**
     * Whether the line has a glued marker of a footnote found: a letter or closing punctuation, then
     * one to three ASCII digits ending the line or followed by white space.
     */
    private boolean hasMarker(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isAsciiDigit(text.charAt(i))) {
                i++;
            }
            if (i - start <= 3
                    && (i == length || REGEX_SPACE.indexOf(text.charAt(i)) >= 0)
                    && glued(text, start)
                    && footnoteNumbers.contains(Integer.parseInt(text, start, i, 10))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code digits} stand where {@link Markers} takes a marker: after closing punctuation
     * ("adversary.1", "in 2008.4") or after a lower-case word of three letters or more ("conflict21"),
     * not inside a name such as "TB2" or "F-16".
     */
    private static boolean glued(String text, int digits) {
        if (digits == 0) {
            return false;
        }
        char before = text.charAt(digits - 1);
        if (GLUE.indexOf(before) >= 0) {
            return true;
        }
        int word = digits;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        return digits - word >= MIN_WORD_BEFORE_DIGITS && Character.isLowerCase(before);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether some line in [start, end] has an opening parenthesis or four digits in a row. */
    private static boolean mayBeCaption(Layout layout, int start, int end) {
        for (int j = start; j <= end; j++) {
            String text = layout.text(j);
            int run = 0;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '(') {
                    return true;
                }
                run = isAsciiDigit(c) ? run + 1 : 0;
                if (run == 4) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a caption ends a candidate that opened with body text (a heading and the start of a
     * paragraph, then a blank, then the caption): the first later opening that is a caption by itself,
     * else {@code start}.
     */
    private int captionStart(Layout layout, int start, int end) {
        for (int k = start + 1; k <= end; k++) {
            if (layout.is(k - 1, Role.BLANK)
                    && layout.is(k, Role.BODY)
                    && opensFloat(layout.text(k))
                    && mayBeCaption(layout, k, end)
                    && isCaption(layout, k, end, join(layout, k, end))) {
                return k;
            }
        }
        return start;
    }

    private String join(Layout layout, int start, int end) {
        List<String> lines = new ArrayList<>();
        for (int j = start; j <= end; j++) {
            lines.add(layout.text(j));
        }
        return joiner.join(lines);
    }

    /**
     * A caption names a placement ("(above)"); or it is short (at most {@value #DATED_CAPTION_WORDS}
     * words) and either its first sentence ends on a date after a comma, as a photograph's line does
     * ("Delegates in Geneva, March 2021."), or it gives a date where it interrupts the text. A dated paragraph after
     * a finished one, a heading or a line ending with a colon (which announces a quotation or a list)
     * is body, even at the top of a page; so is the rest of a sentence cut by a page break.
     */
    private static boolean isCaption(Layout layout, int start, int end, String text) {
        if (namesPlacement(text)) {
            return true;
        }
        if (wordCount(text) > DATED_CAPTION_WORDS) {
            return false;
        }
        return photoDated(text) || interrupts(layout, start, end) && hasDate(text);
    }

    /**
     * Whether {@link #PHOTO_DATE} matches at the start of the text. Nothing in it before the full stop
     * after the year can be a sentence's end, so that full stop is the text's first '.', '!' or '?':
     * the pattern is tried only where a year stands right before it, as few candidates have.
     */
    private static boolean photoDated(String text) {
        int end = firstSentenceEnd(text);
        return end >= 4
                && text.charAt(end) == '.'
                && isAsciiDigit(text.charAt(end - 1))
                && isAsciiDigit(text.charAt(end - 2))
                && PHOTO_DATE.matcher(text).lookingAt();
    }

    private static int firstSentenceEnd(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?') {
                return k;
            }
        }
        return -1;
    }

    /** Whether {@link #PLACEMENT} is found in the text, trying it only at each opening parenthesis. */
    private static boolean namesPlacement(String text) {
        Matcher matcher = null;
        for (int p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
            matcher = matcher == null ? PLACEMENT.matcher(text) : matcher;
            if (matcher.region(p, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #DATE} is found in the text. The pattern is tried only just before each year
     * standing after white space, from the earliest place a month could start: the same answer as
     * searching the whole text, without trying every position.
     */
    static boolean hasDate(String text) {
        Matcher matcher = null;
        for (int p = 1; p + 4 <= text.length(); p++) {
            if (isYearStart(text, p)) {
                int start = Math.max(0, monthSearchStart(text, p));
                matcher = matcher == null ? DATE.matcher(text).useTransparentBounds(true) : matcher;
                if (matcher.region(start, p + 4).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isYearStart(String text, int p) {
        char a = text.charAt(p);
        char b = text.charAt(p + 1);
        return REGEX_SPACE.indexOf(text.charAt(p - 1)) >= 0
                && (a == '1' && (b == '8' || b == '9') || a == '2' && b == '0')
                && isAsciiDigit(text.charAt(p + 2))
                && isAsciiDigit(text.charAt(p + 3));
    }

    /** Before the year at p: white space, or white space, a day ("17,") and white space; then a month. */
    private static int monthSearchStart(String text, int p) {
        int k = skipSpaceBack(text, p);
        int direct = k;
        if (k > 0 && text.charAt(k - 1) == ',') {
            k--;
        }
        int digits = 0;
        while (k > 0 && digits < 2 && isAsciiDigit(text.charAt(k - 1))) {
            k--;
            digits++;
        }
        int withDay = digits > 0 ? skipSpaceBack(text, k) : direct;
        return Math.min(direct, withDay) - LONGEST_MONTH - 1;
    }

    private static int skipSpaceBack(String text, int end) {
        int k = end;
        while (k > 0 && REGEX_SPACE.indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        return k;
    }

    /**
     * Whether the candidate in [start, end] interrupts a sentence: the body after it, set apart by a
     * blank line or a removed block, resumes in lower case; or the body before it (beyond blank lines
     * and removed blocks) is unfinished and the body after it follows right on, as the rest of the
     * sentence does under a caption. Where the body after it is set apart and opens with a capital, the
     * candidate is more likely the rest of the unfinished sentence, carried over a page break.
     */
    private static boolean interrupts(Layout layout, int start, int end) {
        int after = end + 1;
        while (after < layout.size() && !layout.is(after, Role.BODY)) {
            after++;
        }
        if (after >= layout.size()) {
            return false;
        }
        if (after > end + 1) {
            return Character.isLowerCase(layout.text(after).codePointAt(0));
        }
        int j = start - 1;
        while (j >= 0 && !layout.is(j, Role.BODY) && !layout.is(j, Role.METADATA) && !layout.is(j, Role.DROP_CAP)) {
            j--;
        }
        if (j < 0 || !layout.is(j, Role.BODY) || Paragraphs.isHeading(layout.text(after))) {
            return false;
        }
        String before = layout.text(j);
        return !Paragraphs.endsSentence(before) && !before.endsWith(":") && !Paragraphs.isHeading(before);
    }
}
