package org.entente.reader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** The flowing part of {@link PdfBuilder}: lines into columns, columns into pages, notes at column feet. */
final class PdfPages {
    private static final float LEADING = 1.2f;
    private static final float RAISE = 0.35f;
    private static final float SUPER = 0.6f;
    private static final float NOTE_GAP = 8;
    private static final int CAP_LINES = 3;

    final List<String> brokenWords = new ArrayList<>();
    int cutByColumn;
    int cutByPage;

    private final PdfBuilder spec;
    private final PDDocument pdf;
    private final float width;
    private PDPageContentStream content;
    private int pageNumber;
    private int column;
    private float cursor;
    private float reserved;
    private final List<Integer> columnNotes = new ArrayList<>();
    private String lastLine = ".";

    PdfPages(PdfBuilder spec, PDDocument pdf) throws IOException {
        this.spec = spec;
        this.pdf = pdf;
        this.width = PdfBuilder.columnWidth(spec.columns());
        newPage();
    }

    /** A block of one font (title, byline, heading), kept whole in one column. */
    void block(String text, PDType1Font font, float size, float before, float after) throws IOException {
        List<String> lines = wrap(text, font, size, width);
        float height = before + lines.size() * size * LEADING + after + 3 * spec.size() * LEADING;
        if (cursor + height > limit()) {
            nextColumn();
        }
        cursor += before + size - spec.size();
        for (String line : lines) {
            PdfBuilder.show(content, font, size, left(), cursor, line);
            cursor += size * LEADING;
        }
        cursor += after;
        lastLine = ".";
    }

    /** A block quote: its lines set in from both sides of the column by {@code inset} points. */
    void quote(String text, float inset) throws IOException {
        for (String line : wrap(text, spec.roman(), spec.size(), width - 2 * inset)) {
            placeLine(List.of(line.split(" ")), inset);
        }
        lastLine = ".";
    }

    /** A paragraph of words; floats are {kind, text, character offset in the paragraph}. */
    void paragraph(String whole, List<String[]> floats, boolean dropCap) throws IOException {
        String text = dropCap ? whole.substring(1) : whole;
        float capIndent = dropCap ? dropCap(whole.substring(0, 1)) : 0;
        int capLines = dropCap ? CAP_LINES : 0;
        int placedLines = 0;
        List<String> words = List.of(text.split(" "));
        List<Integer> floatAfterWord = new ArrayList<>();
        for (String[] f : floats) {
            int offset = Integer.parseInt(f[2]);
            floatAfterWord.add(
                    offset == 0 ? 0 : whole.substring(0, offset).strip().split(" ").length);
        }
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(words);
        List<String> line = new ArrayList<>();
        float indent = dropCap ? capIndent : PdfBuilder.indent();
        int done = 0;
        while (!queue.isEmpty()) {
            String word = queue.peek();
            float room = width - indent - lineWidth(line);
            if ((line.isEmpty() ? 0 : space()) + wordWidth(word) <= room || line.isEmpty() && indent == 0) {
                line.add(queue.poll());
                done++;
                continue;
            }
            String[] split = breakWord(word, room - (line.isEmpty() ? 0 : space()));
            if (split != null) {
                queue.poll();
                line.add(split[0]);
                queue.push(split[1]);
                brokenWords.add(word.replace("\u00AD", "").replaceAll("\\^[\\d,]+", ""));
            }
            placeLine(line, indent);
            placeFloats(floats, floatAfterWord, done);
            line = new ArrayList<>();
            placedLines++;
            indent = placedLines < capLines ? capIndent : 0;
        }
        if (!line.isEmpty()) {
            placeLine(line, indent);
        }
        placeFloats(floats, floatAfterWord, Integer.MAX_VALUE);
        lastLine = ".";
    }

    /** Draws a drop cap beside the next three lines; returns their indent. */
    private float dropCap(String letter) throws IOException {
        float lineHeight = spec.size() * LEADING;
        if (cursor + CAP_LINES * lineHeight > limit()) {
            nextColumn();
        }
        float size = spec.size() * CAP_LINES;
        PdfBuilder.show(content, spec.bold(), size, left(), cursor + (CAP_LINES - 1) * lineHeight, letter);
        return spec.bold().getStringWidth(letter) / 1000 * size + 3;
    }

    private void placeFloats(List<String[]> floats, List<Integer> after, int placedWords) throws IOException {
        for (int f = 0; f < floats.size(); f++) {
            if (after.get(f) >= 0 && after.get(f) <= placedWords) {
                boolean caption = floats.get(f)[0].equals("caption");
                PDType1Font font = spec.italic();
                float size = caption ? PdfBuilder.captionSize() : PdfBuilder.pullSize();
                List<String> lines = wrap(PdfBuilder.printable(floats.get(f)[1]), font, size, width);
                float height = size + lines.size() * size * LEADING + 2 * spec.size() * LEADING + spec.size();
                if (cursor + height > limit()) {
                    nextColumn();
                }
                cursor += size * 0.5f + size - spec.size();
                for (String text : lines) {
                    PdfBuilder.show(content, font, size, left(), cursor, text);
                    cursor += size * LEADING;
                }
                cursor += spec.size() * 0.6f;
                after.set(f, -1);
            }
        }
    }

    /** The word cut where it may be (after a soft or real hyphen) to fit the room, or null. */
    private String[] breakWord(String word, float room) throws IOException {
        for (int i = word.length() - 1; i > 0; i--) {
            char c = word.charAt(i);
            if (c == '\u00AD' || c == '-' && i + 1 < word.length()) {
                String head = word.substring(0, i).replace("\u00AD", "") + "-";
                String tail = word.substring(i + 1);
                if (wordWidth(head) <= room) {
                    return new String[] {head, tail};
                }
            }
        }
        return null;
    }

    private void placeLine(List<String> words, float indent) throws IOException {
        List<Integer> notes = new ArrayList<>();
        for (String word : words) {
            int caret = word.indexOf('^');
            if (caret >= 0) {
                for (String n : word.substring(caret + 1).split(",")) {
                    notes.add(Integer.parseInt(n));
                }
            }
        }
        float more = notesHeight(notes);
        if (cursor > PdfBuilder.bottom() - reserved - more) {
            nextColumn();
            more = notesHeight(notes);
        }
        reserved += more;
        columnNotes.addAll(notes);
        float x = left() + indent;
        for (String word : words) {
            int caret = word.indexOf('^');
            String visible = (caret >= 0 ? word.substring(0, caret) : word).replace("\u00AD", "");
            PdfBuilder.show(content, spec.roman(), spec.size(), x, cursor, visible);
            x += text(visible);
            if (caret >= 0) {
                String marker = word.substring(caret + 1);
                PdfBuilder.show(content, spec.roman(), spec.size() * SUPER, x, cursor - spec.size() * RAISE, marker);
                x += spec.roman().getStringWidth(marker) / 1000 * spec.size() * SUPER;
            }
            x += space();
        }
        lastLine = String.join(" ", words).replaceAll("\\^[\\d,]+", "");
        cursor += spec.size() * LEADING;
    }

    private float notesHeight(List<Integer> notes) throws IOException {
        float height = columnNotes.isEmpty() && !notes.isEmpty() ? NOTE_GAP : 0;
        for (int n : notes) {
            height += wrap(n + " " + PdfBuilder.printable(spec.notes().get(n)), spec.roman(), PdfBuilder.foot(), width)
                            .size()
                    * PdfBuilder.foot()
                    * LEADING;
        }
        return height;
    }

    private float limit() {
        return PdfBuilder.bottom() - reserved;
    }

    private void nextColumn() throws IOException {
        drawNotes();
        boolean cut = !Paragraphs.endsSentence(lastLine);
        column++;
        if (column == spec.columns()) {
            newPage();
            cutByPage += cut ? 1 : 0;
        } else {
            cutByColumn += cut ? 1 : 0;
            cursor = PdfBuilder.top() + spec.size();
        }
    }

    private void drawNotes() throws IOException {
        float y = PdfBuilder.bottom() - reserved + NOTE_GAP + PdfBuilder.foot();
        for (int n : columnNotes) {
            String text = n + " " + PdfBuilder.printable(spec.notes().get(n));
            for (String line : wrap(text, spec.roman(), PdfBuilder.foot(), width)) {
                PdfBuilder.show(content, spec.roman(), PdfBuilder.foot(), left(), y, line);
                y += PdfBuilder.foot() * LEADING;
            }
        }
        columnNotes.clear();
        reserved = 0;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = PdfBuilder.page();
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        pageNumber++;
        column = 0;
        cursor = PdfBuilder.top() + spec.size();
        if (spec.header() != null) {
            PdfBuilder.show(content, spec.italic(), 8, PdfBuilder.columnLeft(0, 1), 48, spec.header());
        }
        String number = Integer.toString(pageNumber);
        PdfBuilder.show(content, spec.roman(), 9, PdfBuilder.WIDTH / 2 - 5, PdfBuilder.HEIGHT - 40, number);
    }

    void finish() throws IOException {
        drawNotes();
        content.close();
    }

    private float left() {
        return PdfBuilder.columnLeft(column, spec.columns());
    }

    private float space() throws IOException {
        return text(" ");
    }

    private float text(String text) throws IOException {
        return spec.roman().getStringWidth(text) / 1000 * spec.size();
    }

    private float wordWidth(String word) throws IOException {
        int caret = word.indexOf('^');
        String visible = (caret >= 0 ? word.substring(0, caret) : word).replace("\u00AD", "");
        float marker =
                caret >= 0 ? spec.roman().getStringWidth(word.substring(caret + 1)) / 1000 * spec.size() * SUPER : 0;
        return text(visible) + marker;
    }

    private float lineWidth(List<String> words) throws IOException {
        float total = 0;
        for (String word : words) {
            total += wordWidth(word) + space();
        }
        return words.isEmpty() ? 0 : total - space();
    }

    static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
