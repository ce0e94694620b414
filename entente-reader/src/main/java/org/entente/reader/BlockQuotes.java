package org.entente.reader;

/**
 * Finds block quotes in the body and marks them {@link Role#BLOCK_QUOTE}: a passage of at least two
 * lines, all indented, set off from the flow (a blank line or a line ending with a colon before it;
 * a blank line, the end or a line back at the margin after it) and running on from line to line (a
 * line before its last does not close a sentence, so two one-line paragraphs are not taken for one).
 * Indentation means nothing where most lines are indented, so nothing is marked when more than
 * {@value #MAX_INDENTED_SHARE} of the body lines are. One pass: linear.
 */
final class BlockQuotes {
    static final double MAX_INDENTED_SHARE = 0.5;
    private static final int MIN_LINES = 2;

    void mark(Layout layout) {
        if (!indentationMeansSomething(layout)) {
            return;
        }
        int i = 0;
        while (i < layout.size()) {
            if (!indentedBody(layout, i) || indentedBody(layout, i - 1)) {
                i++;
                continue;
            }
            int end = i;
            while (indentedBody(layout, end + 1)) {
                end++;
            }
            if (end + 1 - i >= MIN_LINES && setOff(layout, i, end) && runsOn(layout, i, end)) {
                layout.assign(i, end + 1, Role.BLOCK_QUOTE);
            }
            i = end + 1;
        }
    }

    private static boolean indentationMeansSomething(Layout layout) {
        int body = 0;
        int indented = 0;
        for (int i = 0; i < layout.size(); i++) {
            if (layout.is(i, Role.BODY)) {
                body++;
                indented += layout.line(i).indented() ? 1 : 0;
            }
        }
        return body > 0 && indented <= MAX_INDENTED_SHARE * body;
    }

    private static boolean indentedBody(Layout layout, int i) {
        return layout.is(i, Role.BODY) && layout.line(i).indented();
    }

    private static boolean setOff(Layout layout, int start, int end) {
        boolean before = start == 0
                || layout.is(start - 1, Role.BLANK)
                || layout.text(start - 1).endsWith(":");
        boolean after = end + 1 >= layout.size()
                || !layout.is(end + 1, Role.BODY)
                || !layout.line(end + 1).indented();
        return before && after;
    }

    private static boolean runsOn(Layout layout, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Paragraphs.endsSentence(layout.text(i))) {
                return true;
            }
        }
        return false;
    }
}
