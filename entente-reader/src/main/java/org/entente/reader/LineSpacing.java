package org.entente.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes double spacing. Some extractors put a blank line after every line; then a single blank
 * line means nothing and a run of blank lines marks a paragraph. When almost no text line is followed
 * directly by another, single blank lines are dropped and each run of blank lines becomes one. A text
 * saved with one paragraph per line and a blank line between paragraphs looks the same, but its lines
 * are longer than any column: where at least {@value #LONG_SHARE} of them are, the blank lines stay.
 * Separator lines are kept. Linear.
 */
final class LineSpacing {
    static final double ADJACENT = 0.2;
    static final int MIN_LINES = 8;
    static final double LONG_SHARE = 0.2;

    private LineSpacing() {}

    /**
     * Whether almost no text line is directly followed by another (below {@value #ADJACENT} of them)
     * and the lines are those of a wrapped text.
     */
    static boolean doubleSpaced(List<Line> lines) {
        int text = 0;
        int adjacent = 0;
        int unwrapped = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                text++;
                unwrapped += lines.get(i).text().length() > Paragraphs.UNWRAPPED ? 1 : 0;
                if (i + 1 < lines.size() && !lines.get(i + 1).blank()) {
                    adjacent++;
                }
            }
        }
        return text >= MIN_LINES && adjacent < ADJACENT * text && unwrapped < LONG_SHARE * text;
    }

    static List<Line> normalize(List<Line> lines) {
        if (!doubleSpaced(lines)) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.blank() || line.separator()) {
                out.add(line);
                continue;
            }
            int run = i;
            while (run < lines.size()
                    && lines.get(run).blank()
                    && !lines.get(run).separator()) {
                run++;
            }
            if (run - i > 1) {
                out.add(line);
            }
            i = run - 1;
        }
        return out;
    }
}
