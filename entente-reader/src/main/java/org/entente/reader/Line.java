package org.entente.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One physical line of extracted text.
 *
 * @param number 1-based line number in the file, for messages
 * @param text the line without leading and trailing white space
 * @param indented whether the raw line started with white space
 * @param separator whether the line is a footnote separator: a long run of spaces or a rule of
 *     underscores or dashes
 */
record Line(int number, String text, boolean indented, boolean separator) {
    private static final Pattern RULE = Pattern.compile("[_\\-\u2014\u2013]{5,}");
    private static final int SEPARATOR_SPACES = 10;

    boolean blank() {
        return text.isEmpty();
    }

    /**
     * Splits text into lines on LF, CR LF, CR or form feed. Linear: each kind of line end is found by
     * {@link String#indexOf(int, int)} from where it was last seen, and each line is copied once.
     */
    static List<Line> split(String content) {
        List<Line> lines = new ArrayList<>();
        int length = content.length();
        int lf = -1;
        int cr = -1;
        int ff = -1;
        int nbsp = -1;
        int start = 0;
        int number = 1;
        while (start <= length) {
            lf = next(content, '\n', lf, start);
            cr = next(content, '\r', cr, start);
            ff = next(content, '\f', ff, start);
            int end = Math.min(lf, Math.min(cr, ff));
            nbsp = next(content, '\u00A0', nbsp, start);
            lines.add(nbsp < end ? of(number++, content.substring(start, end)) : of(number++, content, start, end));
            start = end + (end == cr && end + 1 < length && content.charAt(end + 1) == '\n' ? 2 : 1);
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).blank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The first {@code c} at or after {@code from} (the text's length if none), reusing {@code last} while ahead. */
    private static int next(String content, char c, int last, int from) {
        if (last >= from) {
            return last;
        }
        int found = content.indexOf(c, from);
        return found < 0 ? content.length() : found;
    }

    static Line of(int number, String raw) {
        String text = raw.indexOf('\u00A0') >= 0 ? raw.replace('\u00A0', ' ').strip() : raw.strip();
        boolean indented = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
        return of(number, text, indented, raw.length());
    }

    /**
     * The line {@code content[start, end)}, which has no no-break space: as {@link #of(int, String)}
     * gives it, copying only the stripped text.
     */
    private static Line of(int number, String content, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(content.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(content.charAt(to - 1))) {
            to--;
        }
        boolean indented = from > start;
        return of(number, content.substring(from, to), indented, end - start);
    }

    private static Line of(int number, String text, boolean indented, int rawLength) {
        boolean separator = text.isEmpty() && rawLength >= SEPARATOR_SPACES
                || text.length() >= 5
                        && "_-\u2014\u2013".indexOf(text.charAt(0)) >= 0
                        && RULE.matcher(text).matches();
        return new Line(number, separator ? "" : text, indented, separator);
    }
}
