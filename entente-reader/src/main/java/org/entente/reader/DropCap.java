package org.entente.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a drop cap back on its word. A drop cap is a line holding one capital letter; its word is
 * the first word of a nearby line that opens a paragraph, starts in lower case, appears nowhere else in
 * the document ("ehran") and becomes one with the letter ("Tehran"). The letter's line is marked
 * {@link Role#DROP_CAP}. Candidates are looked for within {@value #REACH} lines: linear overall.
 */
final class DropCap {
    static final int REACH = 200;

    private final Lexicon lexicon;

    DropCap(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void repair(Layout layout) {
        List<Integer> openings = openings(layout);
        boolean[] used = new boolean[layout.size()];
        int from = 0;
        for (int i = 0; i < layout.size(); i++) {
            String text = layout.text(i);
            if (!layout.is(i, Role.BODY) || text.length() != 1 || !Character.isUpperCase(text.charAt(0))) {
                continue;
            }
            while (from < openings.size() && openings.get(from) < i - REACH) {
                from++;
            }
            for (int k = from; k < openings.size() && openings.get(k) <= i + REACH; k++) {
                int line = openings.get(k);
                if (!used[line] && lexicon.hasWordIgnoringCase(text + firstWord(layout.text(line)))) {
                    layout.retext(line, text + layout.text(line));
                    layout.assign(i, Role.DROP_CAP);
                    used[line] = true;
                    break;
                }
            }
        }
    }

    private List<Integer> openings(Layout layout) {
        List<Integer> openings = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            if (layout.is(i, Role.BODY) && (i == 0 || layout.line(i - 1).blank())) {
                String word = firstWord(layout.text(i));
                if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && lexicon.count(word) <= 1) {
                    openings.add(i);
                }
            }
        }
        return openings;
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }
}
