package org.entente.reader;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.entente.core.Document;

/**
 * Throughput of the PDF path, run by hand with {@code bin/bench pdf [PAGES]}, never as a test. Lays
 * out a two-column article with a running header, superscript markers and footnotes at the column
 * feet (one every other paragraph; footnote numbers have at most three digits) (about PAGES pages, default 100, and a quarter of that), reads each after a warm-up, and
 * prints pages/s and MB/s by the wall clock and by this thread's CPU time. The same pages/s at both
 * sizes means linear time.
 */
public final class PdfBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String[] SENTENCES = {
        "The river commission met twice that winter to settle the dredging schedule and the tolls.",
        "Delegates from the upstream states asked for a larger share of the hydroelectric output.",
        "The downstream capital answered that the treaty of 1994 fixed the shares until 2030.",
        "Mediators from a neighbouring federation proposed a joint inspection of the dams.",
        "The proposal was accepted in principle, although no date for the inspection was agreed.",
        "Farmers in the delta complained that the spring floods had become shorter and less reliable."
    };

    private PdfBenchmark() {}

    public static void main(String[] args) {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        byte[] small = article(Math.max(1, pages / 4));
        byte[] large = article(pages);
        for (int i = 0; i < 3; i++) {
            Readers.read("warm-up.pdf", small);
        }
        report(small);
        report(large);
    }

    /** A two-column article of about {@code pages} pages. */
    static byte[] article(int pages) {
        PdfBuilder builder = new PdfBuilder(2, 9).header("Review of River Diplomacy, Spring 2025");
        int paragraphs = pages * 16;
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                text.append(s == 0 ? "" : " ").append(PdfArticle.hyphenable(SENTENCES[(p + s) % SENTENCES.length]));
            }
            if (p % 2 == 0) {
                int note = p / 2 + 1;
                text.append("^").append(note);
                builder.footnote(note, "River Gazette (Vidin), May " + (note % 28 + 1) + ", 2024.");
            }
            builder.paragraph(text.toString());
        }
        return builder.build().pdf();
    }

    private static void report(byte[] pdf) {
        long start = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        Document document = Readers.read("bench.pdf", pdf).document();
        double wall = (System.nanoTime() - start) / 1e9;
        double seconds = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
        int pages = pageCount(pdf);
        double mb = pdf.length / (double) (1 << 20);
        System.out.printf(
                Locale.ROOT,
                "%4d pages (%5.1f MB): %6.1f pages/s wall, %6.1f pages/s on one core (%5.2f MB/s); %d blocks, %d footnotes%n",
                pages,
                mb,
                pages / wall,
                pages / seconds,
                mb / seconds,
                document.blocks().size(),
                document.footnotes().size());
    }

    private static int pageCount(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
