package org.entente.reader;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.entente.core.InputException;

/**
 * Collects every visible glyph of a PDF with its position and size, page by page: PDFBox's text
 * stripper does the font decoding, and nothing of its own line building is used. Stops with an
 * {@link InputException} past {@code maxGlyphs}, so a page of garbage cannot exhaust memory. One per
 * reading; not thread-safe.
 */
final class PdfGlyphs extends PDFTextStripper {
    /** One glyph: x from the left edge, baseline y from the top, in points. */
    record Glyph(float x, float end, float y, float size, String text, boolean bold, boolean italic) {}

    /** The glyphs of one page (1-based number) and its size in points. */
    record Page(int number, float width, float height, List<Glyph> glyphs) {
        Page {
            glyphs = List.copyOf(glyphs);
        }
    }

    private final String name;
    private final long maxGlyphs;
    private final List<Page> pages = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();
    private long count;

    PdfGlyphs(String name, long maxGlyphs) {
        this.name = name;
        this.maxGlyphs = maxGlyphs;
    }

    /** Every page's glyphs, in page order. */
    List<Page> collect(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        return List.copyOf(pages);
    }

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
    }

    @Override
    protected void endPage(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        pages.add(new Page(getCurrentPageNo(), width, height, current));
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isBlank()) {
            return;
        }
        if (++count > maxGlyphs) {
            throw new InputException(name + ": page " + getCurrentPageNo() + ": more than " + maxGlyphs
                    + " characters of text, too many to read");
        }
        float size = text.getFontSizeInPt();
        if (!(size > 0)) {
            size = text.getHeightDir();
        }
        PDFont font = text.getFont();
        String fontName =
                font == null || font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        current.add(new Glyph(
                text.getXDirAdj(),
                text.getXDirAdj() + text.getWidthDirAdj(),
                text.getYDirAdj(),
                size,
                unicode,
                fontName.contains("bold"),
                fontName.contains("italic") || fontName.contains("oblique")));
    }
}
