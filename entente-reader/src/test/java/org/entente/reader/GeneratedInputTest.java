package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.entente.core.Block;
import org.entente.core.Document;
import org.entente.core.DocumentReader;
import org.entente.core.FootnoteMarker;
import org.entente.core.InputException;
import org.junit.jupiter.api.Test;

/** Invariants over many generated texts in the extracted style: the reader never fails otherwise. */
class GeneratedInputTest {
    private static final String[] PIECES = {
        "The envoy",
        "arrived in",
        "Baku",
        "on Oct. 4, 2020,",
        "and left.",
        "hege-",
        "monic",
        "Russian-",
        "Turkish",
        "talks.3",
        "consumption,4",
        "$30 million",
        "9/11",
        "COVID-19",
        "(above)",
        "March 2005",
        "1 Reuters (London), May 2, 2020.",
        "2 Ibid.",
        "T",
        "ehran",
        "                          ",
        "",
        "",
        "Ibid.,",
        "\u201Cquoted,\u201D",
        "(Tehran),",
        "p.",
        "12;",
        "MIDDLE EAST QUARTERLY     Spring 2021 Someone: Title / 5",
        "7",
        "Conclusion",
        "\u2014",
        "-",
        "))",
        "((",
        ";",
        "."
    };

    @Test
    void generatedTexts_readOrFailOnlyWithInputException_andKeepTheirInvariants() {
        Random random = new Random(20201110L);
        DocumentReader reader = Readers.forFile("gen.txt");
        for (int round = 0; round < 400; round++) {
            String text = generate(random);
            try {
                Document document = reader.read("gen-" + round + ".txt", text.getBytes(StandardCharsets.UTF_8));
                checkInvariants(document);
            } catch (InputException expected) {
                assertThat(expected.getMessage()).startsWith("gen-" + round + ".txt: ");
            }
        }
    }

    private static void checkInvariants(Document document) {
        int last = 0;
        for (Block block : document.blocks()) {
            assertThat(block.text()).doesNotStartWith(" ").doesNotEndWith(" ");
            for (FootnoteMarker marker : block.markers()) {
                assertThat(marker.number()).isGreaterThan(last);
                assertThat(document.footnote(marker.number())).isPresent();
                last = marker.number();
            }
        }
        for (int i = 1; i < document.footnotes().size(); i++) {
            assertThat(document.footnotes().get(i).number())
                    .isGreaterThan(document.footnotes().get(i - 1).number());
        }
    }

    private static String generate(Random random) {
        StringBuilder text = new StringBuilder();
        int lines = 1 + random.nextInt(60);
        for (int i = 0; i < lines; i++) {
            int words = random.nextInt(7);
            for (int w = 0; w < words; w++) {
                text.append(w > 0 ? " " : "").append(PIECES[random.nextInt(PIECES.length)]);
            }
            text.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        return text.toString();
    }
}
