package org.entente.reader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Lays out test documents as PDFs with PDFBox, as a journal would: one or two columns, a running
 * header and page numbers, paragraphs with indented first lines, words hyphenated at the column edge
 * (only where the text allows: a soft hyphen, or a real hyphen), superscript footnote markers
 * ({@code word.^3} or {@code word^3,4}), footnotes in small type at the bottom of the column that
 * holds their marker, captions ({@code [[caption:...]]}) and pull quotes ({@code [[pull:...]]}) set
 * after the line where they are named, headings, a title and a byline. Records where it cut words and
 * sentences, so tests can check that the cases they are about happened.
 */
final class PdfBuilder {
    static final float WIDTH = 612;
    static final float HEIGHT = 792;
    private static final float MARGIN = 72;
    private static final float GUTTER = 24;
    private static final float INDENT = 15;
    private static final float QUOTE_INSET = 30;
    private static final float FOOT = 7.5f;
    private static final float CAPTION = 8;
    private static final float PULL = 14;
    private static final float HEADING = 12;
    private static final float TITLE = 20;
    private static final Pattern FLOAT = Pattern.compile("\\[\\[(caption|pull):([^\\]]+)]]");

    /** The PDF and what the layout did. */
    record Built(byte[] pdf, int pages, List<String> brokenWords, int sentencesCutByColumn, int sentencesCutByPage) {}

    private final PDType1Font roman = new PDType1Font(FontName.TIMES_ROMAN);
    private final PDType1Font italic = new PDType1Font(FontName.TIMES_ITALIC);
    private final PDType1Font bold = new PDType1Font(FontName.TIMES_BOLD);
    private final int columns;
    private final float size;
    private final List<Object[]> items = new ArrayList<>();
    private final Map<Integer, String> notes = new LinkedHashMap<>();
    private String header;
    private String title;

    PdfBuilder(int columns, float size) {
        this.columns = columns;
        this.size = size;
    }

    PdfBuilder header(String text) {
        header = text;
        return this;
    }

    /** The title in the document information (not printed). */
    PdfBuilder infoTitle(String text) {
        title = text;
        return this;
    }

    PdfBuilder title(String text) {
        items.add(new Object[] {"title", text});
        return this;
    }

    PdfBuilder byline(String text) {
        items.add(new Object[] {"byline", text});
        return this;
    }

    PdfBuilder heading(String text) {
        items.add(new Object[] {"heading", text});
        return this;
    }

    PdfBuilder paragraph(String text) {
        items.add(new Object[] {"paragraph", text});
        return this;
    }

    /** A block quote, set in from both sides of the column by {@value #QUOTE_INSET} points. */
    PdfBuilder quote(String text) {
        items.add(new Object[] {"quote", text});
        return this;
    }

    /** A paragraph opening with a drop cap three lines high. */
    PdfBuilder dropCapParagraph(String text) {
        items.add(new Object[] {"dropcap", text});
        return this;
    }

    PdfBuilder footnote(int number, String text) {
        notes.put(number, text);
        return this;
    }

    /** Text as the standard fonts can show it (WinAnsi): other letters lose their accents or become '?'. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        for (char c : plain.toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c < 256 || "\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u20AC".indexOf(c) >= 0 ? c : '?');
        }
        return java.text.Normalizer.normalize(out.toString(), java.text.Normalizer.Form.NFC);
    }

    Built build() {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (title != null) {
                pdf.getDocumentInformation().setTitle(title);
            }
            var layout = new PdfPages(this, pdf);
            for (Object[] item : items) {
                String text = printable((String) item[1]);
                switch ((String) item[0]) {
                    case "title" -> layout.block(text, bold, TITLE, 0, size);
                    case "byline" -> layout.block(text, italic, CAPTION + 1, 0, size);
                    case "heading" -> layout.block(text, bold, HEADING, size * 0.6f, size * 0.3f);
                    case "dropcap" -> paragraph(layout, text, true);
                    case "quote" -> layout.quote(text, QUOTE_INSET);
                    default -> paragraph(layout, text, false);
                }
            }
            layout.finish();
            pdf.save(out);
            return new Built(
                    out.toByteArray(),
                    pdf.getNumberOfPages(),
                    layout.brokenWords,
                    layout.cutByColumn,
                    layout.cutByPage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paragraph(PdfPages layout, String text, boolean dropCap) throws IOException {
        List<String[]> floats = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        Matcher matcher = FLOAT.matcher(text);
        int at = 0;
        while (matcher.find()) {
            plain.append(text, at, matcher.start());
            floats.add(new String[] {
                matcher.group(1), matcher.group(2).replace("\u00AD", ""), Integer.toString(plain.length())
            });
            at = matcher.end();
        }
        plain.append(text.substring(at));
        layout.paragraph(plain.toString().replaceAll(" +", " ").strip(), floats, dropCap);
    }

    PDType1Font roman() {
        return roman;
    }

    PDType1Font italic() {
        return italic;
    }

    PDType1Font bold() {
        return bold;
    }

    int columns() {
        return columns;
    }

    float size() {
        return size;
    }

    String header() {
        return header;
    }

    Map<Integer, String> notes() {
        return notes;
    }

    static float columnWidth(int columns) {
        return (WIDTH - 2 * MARGIN - GUTTER * (columns - 1)) / columns;
    }

    static float columnLeft(int column, int columns) {
        return MARGIN + column * (columnWidth(columns) + GUTTER);
    }

    static float top() {
        return MARGIN;
    }

    static float bottom() {
        return HEIGHT - MARGIN;
    }

    static float foot() {
        return FOOT;
    }

    static float captionSize() {
        return CAPTION;
    }

    static float pullSize() {
        return PULL;
    }

    static float indent() {
        return INDENT;
    }

    static PDPage page() {
        return new PDPage(new PDRectangle(WIDTH, HEIGHT));
    }

    static void show(PDPageContentStream content, PDType1Font font, float fontSize, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, fontSize);
        content.newLineAtOffset(x, HEIGHT - y);
        content.showText(text);
        content.endText();
    }
}
