package org.entente.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.FootnoteMarker;

/**
 * Joins a PDF's classified lines into blocks. A body line opens a new paragraph only when the line
 * before closed a sentence and this one starts with a capital, and either it is indented from its
 * column's left edge, or the line before left room for this line's first word, or a blank line's
 * worth of space separates them in the same column; so a sentence cut by a column break, a page break,
 * a footnote zone, a caption or a pull quote is stitched back. Hyphenation is repaired by
 * {@link LineJoiner}. Raised digits that are a footnote's number become that footnote's marker where
 * they stood; other raised digits stay in the text. Captions and pull quotes met inside a paragraph
 * follow it. Two or more body lines set in from both sides of their column (the last may end short)
 * are a block quote: it ends the paragraph before it and stands in the flow as a block of its own,
 * keeping its markers. One pass: linear. Not thread-safe: one per reading.
 */
final class PdfAssembly {
    private static final float INDENT = 0.8f;
    private static final float SPACE = 1.0f;
    private static final float BLANK_LINE = 1.7f;
    private static final int MAX_GROUP = 4;
    /** How far a block quote is set in from each side of its column, in multiples of its type size. */
    private static final float QUOTE_INSET = 1.5f;
    /** The fewest lines of a block quote: one inset line may be a short paragraph's indented first. */
    private static final int QUOTE_LINES = 2;
    /** How far the lines of a block quote may start from one another, in multiples of the type size. */
    private static final float SAME_X = 0.5f;
    /** How much shorter than the quote's measure a ragged line may end, in multiples of the type size. */
    private static final float RAGGED = 6;

    private final PdfRoles.Result layout;
    private final LineJoiner joiner;
    private final Set<Integer> numbers;
    private final Map<String, float[]> edges = new HashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Block> floats = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private final List<FootnoteMarker> markers = new ArrayList<>();
    private PdfLine last;
    private boolean floated;

    PdfAssembly(PdfRoles.Result layout, LineJoiner joiner, Set<Integer> numbers) {
        this.layout = layout;
        this.joiner = joiner;
        this.numbers = Set.copyOf(numbers);
        for (int i = 0; i < layout.lines().size(); i++) {
            if (layout.roles().get(i) == Role.BODY) {
                PdfLine line = layout.lines().get(i);
                float[] edge = edges.computeIfAbsent(column(line), k -> new float[] {Float.MAX_VALUE, 0});
                edge[0] = Math.min(edge[0], line.x0());
                edge[1] = Math.max(edge[1], line.x1());
            }
        }
    }

    /** The blocks in reading order; a marker's offset is in its block's text. */
    List<Block> blocks() {
        List<PdfLine> lines = layout.lines();
        int i = 0;
        while (i < lines.size()) {
            Role role = layout.roles().get(i);
            int end = i + 1;
            while (role != Role.BODY && end < lines.size() && layout.roles().get(end) == role) {
                end++;
            }
            int quoteEnd = role == Role.BODY ? quoteEnd(i) : i;
            if (quoteEnd > i) {
                quote(lines.subList(i, quoteEnd));
                i = quoteEnd;
                continue;
            }
            switch (role) {
                case BODY -> body(lines.get(i));
                case HEADING -> heading(lines.subList(i, end));
                case CAPTION -> floating(BlockKind.CAPTION, lines.subList(i, end));
                case PULL_QUOTE -> floating(BlockKind.PULL_QUOTE, lines.subList(i, end));
                default -> {}
            }
            i = end;
        }
        flush();
        return List.copyOf(blocks);
    }

    private void body(PdfLine line) {
        if (paragraph.length() > 0 && opensParagraph(line)) {
            flush();
        }
        append(line);
    }

    /**
     * The end of the block quote opening at line {@code i}, or {@code i} when none does: at least
     * {@value #QUOTE_LINES} body lines of one column starting at one place set in from its left edge
     * by {@value #QUOTE_INSET} times the type size or more, each but the last ending as far in from
     * the right edge, give or take a word of ragged setting ({@value #RAGGED} times the type size).
     * A paragraph's indented first line, a short last line and a one-line paragraph do not qualify.
     */
    private int quoteEnd(int i) {
        List<PdfLine> lines = layout.lines();
        PdfLine first = lines.get(i);
        float[] edge = edges.get(column(first));
        float left = first.x0() - edge[0];
        if (left < QUOTE_INSET * first.size()) {
            return i;
        }
        int end = i;
        while (end < lines.size()
                && layout.roles().get(end) == Role.BODY
                && column(lines.get(end)).equals(column(first))
                && Math.abs(lines.get(end).x0() - first.x0()) <= SAME_X * first.size()) {
            float right = edge[1] - lines.get(end++).x1();
            if (right < QUOTE_INSET * first.size() || right > left + RAGGED * first.size()) {
                break; // the quote's last line; so a run is looked at once, and the whole pass stays linear
            }
        }
        return end - i >= QUOTE_LINES ? end : i;
    }

    /** A block quote: the paragraph before it ends, the quote is a block of the flow with its markers. */
    private void quote(List<PdfLine> lines) {
        flush();
        for (PdfLine line : lines) {
            append(line);
        }
        flush(BlockKind.BLOCK_QUOTE);
    }

    /** Appends a body line to the paragraph, its raised footnote numbers as markers. */
    private void append(PdfLine line) {
        StringBuilder text = new StringBuilder(line.text());
        List<int[]> found = new ArrayList<>();
        for (int k = line.raised().size() - 1; k >= 0; k--) {
            PdfLine.Raised raised = line.raised().get(k);
            List<Integer> group = group(raised.digits());
            if (group.isEmpty()) {
                text.insert(raised.offset(), raised.digits());
                for (int[] marker : found) {
                    marker[1] += raised.digits().length();
                }
            } else {
                for (int f = group.size() - 1; f >= 0; f--) {
                    found.add(0, new int[] {group.get(f), raised.offset()});
                }
            }
        }
        joiner.append(paragraph, text.toString());
        int start = paragraph.length() - text.length();
        for (int[] marker : found) {
            markers.add(new FootnoteMarker(marker[0], start + marker[1]));
        }
        last = line;
        floated = false;
    }

    /** The footnote numbers in a raised run ("4" or "3,4"), or none when it is not all markers. */
    private List<Integer> group(String digits) {
        List<Integer> group = new ArrayList<>();
        for (String part : digits.split(",", -1)) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return List.of();
            }
            int number = Integer.parseInt(part);
            if (!numbers.contains(number) || group.size() == MAX_GROUP) {
                return List.of();
            }
            group.add(number);
        }
        return group;
    }

    private boolean opensParagraph(PdfLine line) {
        if (!Paragraphs.endsSentence(paragraph.substring(Math.max(0, paragraph.length() - 8)))) {
            return false;
        }
        int first = line.text().codePointAt(0);
        if (Character.isLetter(first) && !Character.isUpperCase(first)) {
            return false;
        }
        float[] edge = edges.get(column(line));
        float[] lastEdge = edges.get(column(last));
        boolean indented = line.x0() - edge[0] > INDENT * line.size();
        boolean shortLast = lastEdge[1] - last.x1() > firstWordWidth(line) + SPACE * line.size();
        boolean spaced =
                !floated && column(line).equals(column(last)) && line.y() - last.y() > BLANK_LINE * layout.bodySize();
        return indented || shortLast || spaced;
    }

    /** The width of the line's first word, estimated from the line's average character width. */
    private static float firstWordWidth(PdfLine line) {
        int space = line.text().indexOf(' ');
        int letters = space < 0 ? line.text().length() : space;
        return line.width() / line.text().length() * letters;
    }

    /** Page and side of the page, as a key for the column's edges. */
    private String column(PdfLine line) {
        return line.page() + (line.x0() >= pageMiddle(line) ? "R" : "L");
    }

    private float pageMiddle(PdfLine line) {
        return layout.widths().get(line.page()) / 2;
    }

    private void heading(List<PdfLine> lines) {
        flush();
        blocks.add(Block.of(blocks.size(), BlockKind.HEADING, joined(lines)));
    }

    private void floating(BlockKind kind, List<PdfLine> lines) {
        if (paragraph.length() == 0) {
            blocks.add(Block.of(blocks.size(), kind, joined(lines)));
        } else {
            floats.add(Block.of(0, kind, joined(lines)));
            floated = true;
        }
    }

    private String joined(List<PdfLine> lines) {
        StringBuilder out = new StringBuilder();
        for (PdfLine line : lines) {
            StringBuilder text = new StringBuilder(line.text());
            for (int k = line.raised().size() - 1; k >= 0; k--) {
                text.insert(line.raised().get(k).offset(), line.raised().get(k).digits());
            }
            joiner.append(out, text.toString());
        }
        return out.toString();
    }

    private void flush() {
        flush(BlockKind.BODY);
    }

    private void flush(BlockKind kind) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(blocks.size(), kind, paragraph.toString(), markers));
            paragraph.setLength(0);
            markers.clear();
        }
        for (Block block : floats) {
            blocks.add(Block.of(blocks.size(), block.kind(), block.text()));
        }
        floats.clear();
        last = null;
    }
}
