package org.entente.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prints the lines of a PDF with their roles, to see why a test fails. */
final class PdfDebug {
    private PdfDebug() {}

    static void print(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            List<PdfGlyphs.Page> pages = new PdfGlyphs("debug", 1_000_000).collect(document);
            List<PdfLine> lines = new ArrayList<>();
            Map<Integer, Float> widths = new HashMap<>();
            Map<Integer, Float> heights = new HashMap<>();
            for (PdfGlyphs.Page page : pages) {
                lines.addAll(PdfLines.read(page));
                widths.put(page.number(), page.width());
                heights.put(page.number(), page.height());
            }
            var result = new PdfRoles(lines, widths, heights).classify();
            for (int i = 0; i < lines.size(); i++) {
                PdfLine l = lines.get(i);
                System.out.printf(
                        "%d %-10s x=%.0f-%.0f y=%.0f s=%.1f %s %s%n",
                        l.page(), result.roles().get(i), l.x0(), l.x1(), l.y(), l.size(), l.raised(), l.text());
            }
        }
    }
}
