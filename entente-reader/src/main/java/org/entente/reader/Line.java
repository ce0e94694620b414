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

    /** Splits text into lines on LF, CR LF, CR or form feed. Linear. */
    static List<Line> split(String content) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int length = content.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? content.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\f') {
                lines.add(of(number++, content.substring(start, i)));
                if (c == '\r' && i + 1 < length && content.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).blank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static Line of(int number, String raw) {
        String text = raw.indexOf('\u00A0') >= 0 ? raw.replace('\u00A0', ' ').strip() : raw.strip();
        boolean indented = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
        boolean separator = text.isEmpty() && raw.length() >= SEPARATOR_SPACES
                || text.length() >= 5
                        && "_-\u2014\u2013".indexOf(text.charAt(0)) >= 0
                        && RULE.matcher(text).matches();
        return new Line(number, separator ? "" : text, indented, separator);
    }
}
