package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.FootnoteMarker;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each demo brief of the app module (our own text), read by the text path, laid out as a two-column
 * PDF with superscript markers, footnotes at the column feet, its caption and pull quote inside
 * paragraphs; the PDF path must give back the same body, markers and footnotes. Skipped, with a
 * message, where the demo corpus is absent.
 */
class PdfDemoBriefTest {
    private static final Path DEMO = Path.of("../entente-app/src/main/resources/demo");

    @TestFactory
    Stream<DynamicTest> demoBriefs_asTwoColumnPdfs_readBackLikeTheTextPath() throws IOException {
        assumeTrue(Files.isDirectory(DEMO), "demo corpus not found at " + DEMO.toAbsolutePath() + ": skipped");
        List<Path> briefs;
        try (Stream<Path> listing = Files.list(DEMO)) {
            briefs = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().equals("index.txt"))
                    .sorted()
                    .toList();
        }
        assumeTrue(!briefs.isEmpty(), "demo corpus has no briefs: skipped");
        return briefs.stream()
                .map(brief -> DynamicTest.dynamicTest(brief.getFileName().toString(), () -> check(brief)));
    }

    private static void check(Path brief) throws IOException {
        Document text = Readers.forFile("brief.txt").read("brief.txt", Files.readAllBytes(brief));
        PdfBuilder builder = new PdfBuilder(2, 9).header("Entente Demo Briefs, Winter 2026");
        text.metadata().title().ifPresent(builder::title);
        if (!text.metadata().authors().isEmpty()) {
            builder.byline("By " + String.join(" and ", text.metadata().authors()));
        }
        layOut(text, builder);
        text.footnotes().forEach(f -> builder.footnote(f.number(), f.text()));
        PdfBuilder.Built built = builder.build();

        Document pdf = Readers.read("brief.pdf", built.pdf()).document();

        assertThat(pdf.footnotes())
                .extracting(f -> f.number() + " " + f.text())
                .containsExactlyElementsOf(text.footnotes().stream()
                        .map(f -> f.number() + " " + PdfBuilder.printable(f.text()))
                        .toList());
        assertThat(mainBlocks(pdf))
                .containsExactlyElementsOf(
                        mainBlocks(text).stream().map(PdfBuilder::printable).toList());
        assertThat(pdf.blocks().stream().flatMap(b -> b.markers().stream()).map(FootnoteMarker::number))
                .containsExactlyElementsOf(
                        text.footnotes().stream().map(Footnote::number).toList());
        assertThat(Fixtures.ofKind(pdf, BlockKind.CAPTION))
                .extracting(Block::text)
                .containsExactlyElementsOf(Fixtures.ofKind(text, BlockKind.CAPTION).stream()
                        .map(b -> PdfBuilder.printable(b.text()))
                        .toList());
        assertThat(Fixtures.ofKind(pdf, BlockKind.PULL_QUOTE))
                .extracting(Block::text)
                .containsExactlyElementsOf(Fixtures.ofKind(text, BlockKind.PULL_QUOTE).stream()
                        .map(b -> PdfBuilder.printable(b.text()))
                        .toList());
        assertThat(pdf.metadata().title()).isEqualTo(text.metadata().title().map(PdfBuilder::printable));
        assertThat(pdf.metadata().authors()).isEqualTo(text.metadata().authors());
    }

    /**
     * Each block into the builder: markers as superscripts, floats in the middle of the paragraph
     * before them, the first paragraph under a drop cap.
     */
    private static void layOut(Document text, PdfBuilder builder) {
        List<String> pending = new ArrayList<>();
        StringBuilder previous = null;
        List<StringBuilder> paragraphs = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        for (Block block : text.blocks()) {
            switch (block.kind()) {
                case CAPTION, PULL_QUOTE -> {
                    String tag = block.kind() == BlockKind.CAPTION ? "caption" : "pull";
                    String token = "[[" + tag + ":" + block.text() + "]]";
                    if (previous == null) {
                        pending.add(token);
                    } else {
                        previous.insert(middleSpace(previous), " " + token);
                    }
                }
                default -> {
                    previous = new StringBuilder(withMarkers(block));
                    paragraphs.add(previous);
                    headings.add(block.kind() == BlockKind.HEADING);
                }
            }
        }
        boolean first = true;
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i).toString();
            if (headings.get(i)) {
                builder.heading(paragraph);
            } else if (first && Character.isUpperCase(paragraph.charAt(0))) {
                builder.dropCapParagraph(PdfArticle.hyphenable(paragraph));
            } else {
                builder.paragraph(PdfArticle.hyphenable(paragraph));
            }
            first &= headings.get(i);
        }
    }

    /** A space near the middle of the paragraph that is not inside a float already placed there. */
    private static int middleSpace(StringBuilder paragraph) {
        for (int i = paragraph.length() / 2; i < paragraph.length(); i++) {
            String before = paragraph.substring(0, i);
            if (paragraph.charAt(i) == ' ' && before.split("\\[\\[", -1).length == before.split("]]", -1).length) {
                return i;
            }
        }
        return paragraph.length();
    }

    private static String withMarkers(Block block) {
        StringBuilder out = new StringBuilder(block.text());
        List<FootnoteMarker> markers = new ArrayList<>(block.markers());
        for (int i = markers.size() - 1; i >= 0; i--) {
            int offset = markers.get(i).offset();
            boolean sameSpot = i + 1 < markers.size() && markers.get(i + 1).offset() == offset;
            out.insert(offset, (sameSpot ? "" : "^") + markers.get(i).number() + (sameSpot ? "," : ""));
        }
        return out.toString().replace("^", "^").replaceAll("\\^(\\d+),\\^", "^$1,");
    }

    private static List<String> mainBlocks(Document document) {
        return document.blocks().stream()
                .filter(b -> b.kind().isMainText())
                .map(b -> b.kind() + ": " + b.text())
                .toList();
    }
}
