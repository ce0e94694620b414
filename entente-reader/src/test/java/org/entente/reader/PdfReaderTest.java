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
    void oneColumn_threePages_bodyFootnotesAndMarkersAsWritten() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        PdfBuilder builder = new PdfBuilder(1, 12).header("Journal of Coastal Affairs \u00B7 Spring 2024");
        int note = 1;
        for (int p = 0; p < 20; p++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 5; s++) {
                String sentence = SENTENCES.get((p * 5 + s) % SENTENCES.size());
                text.append(text.length() == 0 ? "" : " ").append(PdfArticle.hyphenable(sentence));
                if (s == 2) {
                    text.append("^").append(note);
                    builder.footnote(note, "Coastal Herald (Varna), March " + note + ", 2024.");
                    note++;
                }
            }
            paragraphs.add(text.toString());
            builder.paragraph(text.toString());
        }
        PdfBuilder.Built built = builder.build();
        assertThat(built.pages()).isGreaterThanOrEqualTo(3);
        assertThat(built.brokenWords()).isNotEmpty();
        Reading reading = Readers.read("coastal.pdf", built.pdf());
        Document document = reading.document();
        dump(document);
        PdfDebug.print(built.pdf());
        List<Block> body = Fixtures.ofKind(document, BlockKind.BODY);
        assertThat(body).extracting(Block::text)
                .containsExactlyElementsOf(paragraphs.stream().map(p -> PdfArticle.of(p).text()).toList());
        assertThat(body).extracting(Block::markers)
                .containsExactlyElementsOf(paragraphs.stream().map(p -> PdfArticle.of(p).markers()).toList());
        assertThat(document.footnotes()).hasSize(20);
        for (Footnote footnote : document.footnotes()) {
            assertThat(footnote.text()).isEqualTo("Coastal Herald (Varna), March " + footnote.number() + ", 2024.");
        }
        assertThat(reading.header()).contains("Journal of Coastal Affairs \u00B7 Spring 2024");
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
