package org.entente.reader;

import java.util.List;

/**
 * One line of text as a PDF page sets it, within one column: its box (x from the left, baseline y
 * from the top, in points), the font size most of its characters have, its text with raised
 * (superscript) digits taken out, and those raised runs with the offset in the text where each stood.
 */
record PdfLine(
        int page,
        float x0,
        float x1,
        float y,
        float size,
        String text,
        List<Raised> raised,
        boolean bold,
        boolean italic) {
    PdfLine {
        raised = List.copyOf(raised);
    }

    /** Digits set raised and small, such as a footnote marker, at an offset of the line's text. */
    record Raised(int offset, String digits) {}

    /** The line with its first {@code count} characters (and raised runs there) dropped. */
    PdfLine dropStart(int count) {
        int cut = Math.min(count, text.length());
        String rest = text.substring(cut).stripLeading();
        int shift = text.length() - rest.length();
        List<Raised> kept = raised.stream()
                .filter(r -> r.offset() > cut)
                .map(r -> new Raised(r.offset() - shift, r.digits()))
                .toList();
        return new PdfLine(page, x0, x1, y, size, rest, kept, bold, italic);
    }

    /** The line with {@code prefix} before its text (a drop cap put back), raised runs moved along. */
    PdfLine prefixed(String prefix) {
        List<Raised> moved = raised.stream()
                .map(r -> new Raised(r.offset() + prefix.length(), r.digits()))
                .toList();
        return new PdfLine(page, x0, x1, y, size, prefix + text, moved, bold, italic);
    }

    /** The line as if it started at {@code x}. */
    PdfLine startingAt(float x) {
        return new PdfLine(page, x, x1, y, size, text, raised, bold, italic);
    }

    /** The line without its first raised run. */
    PdfLine withoutFirstRaised() {
        return new PdfLine(page, x0, x1, y, size, text, raised.subList(1, raised.size()), bold, italic);
    }

    float width() {
        return x1 - x0;
    }
}
