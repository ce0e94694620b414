package org.entente.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes double spacing. Some extractors put a blank line after every line; then a single blank
 * line means nothing and a run of blank lines marks a paragraph. When almost no text line is followed
 * directly by another, and the lines are those of wrapped text (many break inside a sentence that
 * goes on in lower case on the next text line), single blank lines are dropped and each run of blank
 * lines becomes one. A text saved with one paragraph per line and a blank line between paragraphs
 * has no such breaks, and keeps its blank lines. Separator lines are kept. Linear.
 */
final class LineSpacing {
    static final double ADJACENT = 0.2;
    static final int MIN_LINES = 8;
    /** The least share of text lines that a wrapped text continues in lower case on the next one. */
    static final double CONTINUED = 0.25;

    private LineSpacing() {}

    /**
     * Whether almost no text line is directly followed by another (below {@value #ADJACENT} of them)
     * and at least {@value #CONTINUED} of them break a sentence that the next text line continues.
     */
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
        return text >= MIN_LINES && adjacent < ADJACENT * text && continued(lines) >= CONTINUED * text;
    }

    /** How many text lines go on with a sentence the text line before them left unfinished. */
    private static int continued(List<Line> lines) {
        int continued = 0;
        Line previous = null;
        for (Line line : lines) {
            if (line.blank()) {
                continue;
            }
            if (previous != null
                    && Character.isLowerCase(line.text().codePointAt(0))
                    && !Paragraphs.endsSentence(previous.text())) {
                continued++;
            }
            previous = line;
        }
        return continued;
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
