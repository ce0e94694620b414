package org.entente.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates numbered footnotes from the body wherever the page breaks put them.
 *
 * <p>A footnote starts on a line "N text" that follows a blank line or a separator, where N is the
 * next expected number (up to two numbers may be skipped right after a separator). It continues over
 * the following lines; a blank line ends it unless its text so far is visibly unfinished (it ends
 * without a full stop, or on an abbreviation such as a month: "Oct." / "17, 2020.") and the next line
 * does not start the next footnote. Its lines are marked {@link Role#FOOTNOTE}. One pass: linear.
 */
final class FootnoteSplitter {
    private static final Pattern START = Pattern.compile("(\\d{1,3})\\s+(\\S.*)");
    private static final Pattern ABBREVIATION = Pattern.compile(
            ".*\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|p|pp|no|vol|ed|eds|Mr|Dr|Gen|St|Jr|trans|cf)\\.$");
    /** The words {@link #ABBREVIATION} knows. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "p", "pp", "no", "vol",
            "ed", "eds", "Mr", "Dr", "Gen", "St", "Jr", "trans", "cf");

    private static final int MAX_SKIP = 2;
    private static final Pattern LOWER_CASE_LEADS = Pattern.compile("(?:ibid|cf\\.|e\\.g\\.|see\\b|quoted in\\b)");

    List<RawFootnote> split(Layout layout) {
        List<RawFootnote> footnotes = new ArrayList<>();
        int expected = 1;
        int i = 0;
        while (i < layout.size()) {
            int number = startNumber(layout, i, expected);
            if (number < 0) {
                i++;
                continue;
            }
            List<String> lines = new ArrayList<>();
            int end = consume(layout, i, number, lines);
            footnotes.add(new RawFootnote(number, layout.line(i).number(), lines));
            expected = number + 1;
            i = end;
        }
        return footnotes;
    }

    /** The footnote number starting at line i, or -1. */
    private static int startNumber(Layout layout, int i, int expected) {
        if (!layout.is(i, Role.BODY) || !(i == 0 || layout.line(i - 1).blank() || layout.is(i - 1, Role.FOOTNOTE))) {
            return -1;
        }
        String text = layout.text(i);
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return -1;
        }
        Matcher matcher = START.matcher(text);
        if (!matcher.matches()) {
            return -1;
        }
        int number = Integer.parseInt(matcher.group(1));
        boolean separated = separatorAbove(layout, i);
        int maxNumber = separated ? expected + MAX_SKIP : expected;
        if (number < expected || number > maxNumber || !looksLikeNoteText(matcher.group(2))) {
            return -1;
        }
        return number;
    }

    private static boolean looksLikeNoteText(String rest) {
        int first = rest.codePointAt(0);
        return Character.isUpperCase(first)
                || first == '\u201C'
                || first == '"'
                || first == '\''
                || first == '('
                || LOWER_CASE_LEADS.matcher(rest).lookingAt();
    }

    private static boolean separatorAbove(Layout layout, int i) {
        int j = i - 1;
        while (j >= 0 && layout.line(j).blank() && !layout.line(j).separator()) {
            j--;
        }
        return j >= 0 && (layout.line(j).separator() || layout.is(j, Role.FOOTNOTE));
    }

    /** Marks the footnote starting at {@code start}, fills its lines, returns the index after it. */
    private static int consume(Layout layout, int start, int number, List<String> lines) {
        Matcher matcher = START.matcher(layout.text(start));
        matcher.matches();
        lines.add(matcher.group(2));
        layout.assign(start, Role.FOOTNOTE);
        int i = start + 1;
        while (i < layout.size()) {
            int next = i;
            while (next < layout.size() && layout.line(next).blank()) {
                next++;
            }
            if (next >= layout.size() || !layout.is(next, Role.BODY) || startsNext(layout, next, number)) {
                return next;
            }
            if (next > i && !unfinished(lines.get(lines.size() - 1))) {
                return next;
            }
            lines.add(layout.text(next));
            layout.assign(next, Role.FOOTNOTE);
            i = next + 1;
        }
        return i;
    }

    private static boolean startsNext(Layout layout, int i, int number) {
        if (!Character.isDigit(layout.text(i).charAt(0))) {
            return false;
        }
        Matcher matcher = START.matcher(layout.text(i));
        return matcher.matches() && Integer.parseInt(matcher.group(1)) == number + 1;
    }

    /** True when a footnote line visibly goes on: no full stop at its end, or an abbreviation there. */
    static boolean unfinished(String text) {
        int length = text.length();
        while (length > 0 && "\u201D\u2019\"')]".indexOf(text.charAt(length - 1)) >= 0) {
            length--;
        }
        String end = text.substring(0, length);
        return !(end.endsWith(".") || end.endsWith("!") || end.endsWith("?"))
                || end.endsWith(".") && abbreviationBefore(end, end.length() - 1);
    }

    /**
     * Whether the text ends on an abbreviation and its full stop at {@code dot}. {@link #ABBREVIATION}
     * is tried only when the letters before the full stop are one of its words, as they are in every
     * text it matches.
     */
    private static boolean abbreviationBefore(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return ABBREVIATIONS.contains(text.substring(start, dot))
                && ABBREVIATION.matcher(text).matches();
    }
}
