package org.entente.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes double spacing. Some extractors put a blank line after every line; then a single blank
 * line means nothing and a run of blank lines marks a paragraph. When almost no text line is followed
 * directly by another, single blank lines are dropped and each run of blank lines becomes one.
 * Separator lines are kept. Linear.
 */
final class LineSpacing {
    static final double ADJACENT = 0.2;
    static final int MIN_LINES = 8;

    private LineSpacing() {}

    /** Whether almost no text line is directly followed by another: below {@value #ADJACENT} of them. */
    static boolean doubleSpaced(List<Line> lines) {
        int text = 0;
        int adjacent = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                text++;
                if (i + 1 < lines.size() && !lines.get(i + 1).blank()) {
                    adjacent++;
                }
            }
        }
        return text >= MIN_LINES && adjacent < ADJACENT * text;
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
