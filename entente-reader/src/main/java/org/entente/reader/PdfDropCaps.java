package org.entente.reader;

import java.util.List;

/**
 * Drop caps in a PDF: a capital {@value PdfLines#INITIAL} times the body size or more, standing as a
 * line of its own ({@link Role#DROP_CAP}). Costs the caps times the lines; documents have few caps.
 */
final class PdfDropCaps {
    /** How far above a drop cap's baseline the lines beside it reach, in the cap's size. */
    private static final float CAP_REACH = 1.1f;

    private PdfDropCaps() {}

    /**
     * Puts each drop cap back on its word: the letter opens the highest body line just right of it
     * and below its top; the other lines beside it are taken as starting at the cap's left edge, so
     * they are not read as indented paragraph starts. Replaces those lines in {@code lines}; a cap with
     * no line beside it becomes body.
     */
    static void attach(List<PdfLine> lines, Role[] roles, float body) {
        for (int d = 0; d < roles.length; d++) {
            if (roles[d] != Role.DROP_CAP) {
                continue;
            }
            PdfLine cap = lines.get(d);
            int target = -1;
            for (int j = 0; j < roles.length; j++) {
                if (roles[j] == Role.BODY
                        && beside(cap, lines.get(j), body)
                        && (target < 0 || lines.get(j).y() < lines.get(target).y())) {
                    target = j;
                }
            }
            if (target < 0) {
                roles[d] = Role.BODY;
                continue;
            }
            for (int j = 0; j < roles.length; j++) {
                if (j != target && roles[j] == Role.BODY && beside(cap, lines.get(j), body)) {
                    lines.set(j, lines.get(j).startingAt(cap.x0()));
                }
            }
            lines.set(target, lines.get(target).prefixed(cap.text()));
        }
    }

    private static boolean beside(PdfLine cap, PdfLine line, float body) {
        return line.page() == cap.page()
                && line.x0() >= cap.x1() - 1
                && line.x0() <= cap.x1() + 2 * body
                && line.y() <= cap.y() + 1
                && line.y() >= cap.y() - CAP_REACH * cap.size();
    }
}
