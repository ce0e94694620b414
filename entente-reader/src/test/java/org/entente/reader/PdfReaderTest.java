package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
    /** Sentences written for these tests; paragraphs are made of them in turn. */
    private static final List<String> SENTENCES = List.of(
            "The coastal states met again in the spring to discuss fishing quotas and the patrol of shared waters.",
            "Officials from both capitals described the negotiations as difficult but constructive.",
            "A long-standing dispute over the northern islands was set aside for later talks.",
            "The Russian-brokered ceasefire held for most of the summer, although shelling resumed near the border villages.",
            "Parliament approved the agreement by a narrow margin after an unusually bitter debate.",
            "Observers noted that the state-owned broadcaster reported the vote without comment.",
            "Several neighbouring governments welcomed the outcome, while opposition leaders demanded a referendum.",
            "Trade between the two economies recovered slowly, helped by new rail connections across the mountains.",
            "The defence ministry announced joint exercises for the autumn, the first in a decade.",
            "Diplomats cautioned that the reconciliation remained fragile and depended on continued goodwill.",
            "Humanitarian agencies asked for safe corridors to reach the displaced families in the valley.",
            "By the end of the year the commission had published three reports on the implementation.");

    @Test
    void oneColumn_threePages_bodyFootnotesMarkersAndHeaderAsWritten() {
        PdfBuilder builder = new PdfBuilder(1, 12).header("Journal of Coastal Affairs \u00B7 Spring 2024");
        List<String> paragraphs = article(builder, 20);
        PdfBuilder.Built built = builder.build();
        assertThat(built.pages()).isGreaterThanOrEqualTo(3);
        assertThat(built.brokenWords()).isNotEmpty();

        Reading reading = Readers.read("coastal.pdf", built.pdf());

        assertReadAsWritten(reading.document(), paragraphs, 20);
        assertThat(reading.header()).contains("Journal of Coastal Affairs \u00B7 Spring 2024");
    }

    @Test
    void twoColumns_sentencesCutByColumnAndPageBreaks_areStitchedInColumnOrder() {
        PdfBuilder builder = new PdfBuilder(2, 9).header("Review of Border Studies, Autumn 2023");
        List<String> paragraphs = article(builder, 24);
        PdfBuilder.Built built = builder.build();
        assertThat(built.sentencesCutByColumn()).isPositive();
        assertThat(built.sentencesCutByPage()).isPositive();
        assertThat(built.brokenWords()).isNotEmpty();

        Reading reading = Readers.read("border.pdf", built.pdf());

        assertReadAsWritten(reading.document(), paragraphs, 24);
        assertThat(reading.header()).contains("Review of Border Studies, Autumn 2023");
    }

    @Test
    void captionAndPullQuoteInsideAParagraph_areSetApartAndTheSentenceIsStitched() {
        String first = "The harbour authority opened the new quay in May after two years of delay. Its cranes were"
                + " bought from a supplier abroad, and the financing came from a consortium of regional banks."
                + " [[caption:Container cranes at the new quay, May 2023.]] Local officials praised the project,"
                + " although fishermen complained that the works had driven the catch away from the bay for two"
                + " whole seasons. [[pull:Fishermen complained that the works drove the catch away.]] The"
                + " ministry promised compensation but paid only a fraction of it before the elections.";
        String second = "Shipping volumes rose by a third in the first year, mostly in grain and fertiliser.";
        Document document = Readers.read(
                        "harbour.pdf",
                        new PdfBuilder(1, 11)
                                .paragraph(first)
                                .paragraph(second)
                                .build()
                                .pdf())
                .document();

        assertThat(document.blocks())
                .extracting(b -> b.kind() + ": " + b.text())
                .containsExactly(
                        "BODY: " + PdfArticle.of(first).text(),
                        "CAPTION: Container cranes at the new quay, May 2023.",
                        "PULL_QUOTE: Fishermen complained that the works drove the catch away.",
                        "BODY: " + second);
    }

    @Test
    void superscriptMarkers_besideOrdinaryNumbers_onlyTheRaisedDigitsAreMarkers() {
        String text = "The loan of $30 million^1 was agreed in 1992,^2 a year after the border treaty of 1991."
                + " Repayment began in 2001 and ended after the crisis of 2008.^3 Talks on a second loan of"
                + " 45 million stalled over COVID-19^4 restrictions in 2020.";
        PdfBuilder builder = new PdfBuilder(1, 11).paragraph(text);
        for (int n = 1; n <= 4; n++) {
            builder.footnote(n, "Finance Gazette (Sofia), June " + n + ", 2021.");
        }
        Document document = Readers.read("loan.pdf", builder.build().pdf()).document();

        PdfArticle expected = PdfArticle.of(text);
        assertThat(document.blocks()).singleElement().satisfies(block -> {
            assertThat(block.text())
                    .isEqualTo(expected.text())
                    .contains("$30 million was", "in 1992, a year", "COVID-19 restrictions");
            assertThat(block.markers()).isEqualTo(expected.markers());
        });
        assertThat(document.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void titleBylineAndHeadings_fromLargeTypeOnThePage() {
        Document document = Readers.read(
                        "straits.pdf",
                        new PdfBuilder(1, 10)
                                .title("Quiet Diplomacy in the Straits")
                                .byline("By Mara Quill and Tomas Reyes")
                                .paragraph(SENTENCES.get(0) + " " + SENTENCES.get(1))
                                .heading("The Second Round")
                                .paragraph(SENTENCES.get(2) + " " + SENTENCES.get(3))
                                .build()
                                .pdf())
                .document();

        assertThat(document.metadata().title()).contains("Quiet Diplomacy in the Straits");
        assertThat(document.metadata().authors()).containsExactly("Mara Quill", "Tomas Reyes");
        assertThat(document.blocks())
                .extracting(b -> b.kind() + ": " + b.text())
                .containsExactly(
                        "BODY: " + SENTENCES.get(0) + " " + SENTENCES.get(1),
                        "HEADING: The Second Round",
                        "BODY: " + SENTENCES.get(2) + " " + SENTENCES.get(3));
    }

    @Test
    void dropCap_isPutBackOnItsWord_andTheLinesBesideItFlow() {
        String first = "When the ferry line reopened in April, traders on both shores hoped for a quick return to the"
                + " volumes of the years before the dispute. They were disappointed. Customs checks remained slow,"
                + " insurance premiums stayed high, and the ministries kept arguing over the fees for the new"
                + " terminal until the end of the summer.";
        String second = SENTENCES.get(7) + " " + SENTENCES.get(8);
        Document document = Readers.read(
                        "ferry.pdf",
                        new PdfBuilder(1, 10)
                                .dropCapParagraph(first)
                                .paragraph(second)
                                .build()
                                .pdf())
                .document();

        assertThat(document.blocks())
                .extracting(b -> b.kind() + ": " + b.text())
                .containsExactly("BODY: " + first, "BODY: " + second);
    }

    @Test
    void titleInTheDocumentInformation_winsOverTheLargeType() {
        Document document = Readers.read(
                        "info.pdf",
                        new PdfBuilder(1, 10)
                                .infoTitle("Straits Report, Final Version")
                                .title("Straits Report")
                                .paragraph(SENTENCES.get(4))
                                .build()
                                .pdf())
                .document();

        assertThat(document.metadata().title()).contains("Straits Report, Final Version");
        assertThat(document.blocks()).extracting(Block::text).containsExactly(SENTENCES.get(4));
    }

    /** Paragraphs of the test sentences in turn, each with a marker after its third sentence. */
    private static List<String> article(PdfBuilder builder, int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 5; s++) {
                String sentence = SENTENCES.get((p * 5 + s) % SENTENCES.size());
                text.append(text.length() == 0 ? "" : " ").append(PdfArticle.hyphenable(sentence));
                if (s == 2) {
                    text.append("^").append(p + 1);
                    builder.footnote(p + 1, note(p + 1));
                }
            }
            paragraphs.add(text.toString());
            builder.paragraph(text.toString());
        }
        return paragraphs;
    }

    private static String note(int number) {
        return number % 3 == 0
                ? "Ibid., April " + number + ", 2024."
                : "\u201CPort talks resume,\u201D Coastal Herald (Varna), March " + number + ", 2024.";
    }

    /** The body is exactly the paragraphs written, markers where written, every footnote exact. */
    private static void assertReadAsWritten(Document document, List<String> paragraphs, int notes) {
        List<PdfArticle> expected = paragraphs.stream().map(PdfArticle::of).toList();
        assertThat(document.blocks()).extracting(Block::kind).containsOnly(BlockKind.BODY);
        assertThat(document.blocks())
                .extracting(Block::text)
                .containsExactlyElementsOf(
                        expected.stream().map(PdfArticle::text).toList());
        assertThat(document.blocks())
                .extracting(Block::markers)
                .containsExactlyElementsOf(
                        expected.stream().map(PdfArticle::markers).toList());
        assertThat(document.footnotes()).hasSize(notes);
        for (Footnote footnote : document.footnotes()) {
            assertThat(footnote.text()).isEqualTo(note(footnote.number()));
            assertThat(footnote.citations()).singleElement().satisfies(c -> assertThat(c.outlet())
                    .contains("Coastal Herald"));
        }
    }

    static void dump(Document document) {
        for (Block block : document.blocks()) {
            System.out.println(block.kind() + " " + block.markers() + ": " + block.text());
        }
        for (Footnote f : document.footnotes()) {
            System.out.println("FN " + f.number() + ": " + f.text());
        }
    }
}
