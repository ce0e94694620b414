package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.junit.jupiter.api.Test;

class PdfBlockQuoteTest {
    private static final String BEFORE =
            "The envoy returned from the border talks with a short statement that both delegations"
                    + " had signed the evening before. Its key passage was read out in parliament the next morning.";
    private static final String QUOTE = "Both governments will withdraw their forces from the disputed valley within"
            + " thirty days and will allow the joint commission to mark the line on the ground before the first snow.";
    private static final String AFTER = "Members of the opposition asked who would pay for the commission and how long"
            + " its work on the ground would take, but the minister gave no figures.";

    @Test
    void quoteSetInFromBothSides_oneColumn_isABlockQuoteInTheFlow() {
        Document document = read(new PdfBuilder(1, 11));

        assertThat(document.blocks())
                .extracting(Block::kind)
                .containsExactly(BlockKind.BODY, BlockKind.BLOCK_QUOTE, BlockKind.BODY);
        assertThat(document.blocks().get(1).text()).isEqualTo(QUOTE);
        assertThat(document.blocks().get(0).text()).isEqualTo(BEFORE);
        assertThat(document.blocks().get(2).text()).isEqualTo(AFTER);
    }

    @Test
    void quoteSetInFromBothSides_twoColumns_isABlockQuoteInTheFlow() {
        Document document = read(new PdfBuilder(2, 9));

        assertThat(document.blocks())
                .extracting(b -> b.kind() + ": " + b.text())
                .containsExactly("BODY: " + BEFORE, "BLOCK_QUOTE: " + QUOTE, "BODY: " + AFTER);
    }

    @Test
    void paragraphsWithIndentedFirstLines_haveNoBlockQuote() {
        PdfBuilder builder = new PdfBuilder(2, 9);
        for (String text : List.of(BEFORE, QUOTE, AFTER, "Short closing line.", BEFORE)) {
            builder.paragraph(text);
        }
        Document document = Readers.read("plain.pdf", builder.build().pdf()).document();

        assertThat(document.blocks()).extracting(Block::kind).containsOnly(BlockKind.BODY);
        assertThat(document.blocks()).hasSize(5);
    }

    private static Document read(PdfBuilder builder) {
        byte[] pdf =
                builder.paragraph(BEFORE).quote(QUOTE).paragraph(AFTER).build().pdf();
        return Readers.read("quote.pdf", pdf).document();
    }
}
