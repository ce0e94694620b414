package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.junit.jupiter.api.Test;

class FloatsTest {
    @Test
    void captionWithADate_isKeptOutOfTheBody_andTheCutSentenceIsStitched() {
        Document document = Fixtures.read("caption.txt");
        assertThat(document.blocks()).extracting(b -> b.kind()).containsExactly(BlockKind.BODY, BlockKind.CAPTION);
        assertThat(document.blocks().get(1).text())
                .isEqualTo(
                        "Inspectors at the Ruse crossing, June 2021. The bridge was meant to cut waiting times for lorries by half.");
        assertThat(document.blocks().get(0).text())
                .contains("would be ready before winter. Its completion")
                .doesNotContain("Inspectors")
                .doesNotContain("Courier");
    }

    @Test
    void pullQuoteRepeatingABodySentence_isAPullQuote_andTheBodyIsStitched() {
        Document document = Fixtures.read("pullquote.txt");
        assertThat(Fixtures.ofKind(document, BlockKind.PULL_QUOTE))
                .extracting(b -> b.text())
                .containsExactly("Oman kept its channels to both Riyadh and Tehran open throughout the war in Yemen.");
        assertThat(Fixtures.ofKind(document, BlockKind.BODY)).hasSize(1);
        assertThat(document.blocks().get(0).text())
                .contains("rely on this discreet service, and the sultanate")
                .endsWith("little in return.");
    }

    @Test
    void boxedParaphrase_brokenByABlankLine_isAPullQuote() {
        Document document = Fixtures.read("boxed-quote.txt");
        assertThat(document.blocks())
                .extracting(b -> b.kind())
                .containsExactly(BlockKind.BODY, BlockKind.PULL_QUOTE, BlockKind.BODY);
        assertThat(document.blocks().get(1).text())
                .isEqualTo("Creditors abroad may now decide what happens on the waterfront.");
    }

    @Test
    void captionAfterAHeadingAndAParagraphStart_takesOnlyTheCaption() {
        Document document = Fixtures.read("caption-after-heading.txt");
        assertThat(document.blocks())
                .extracting(b -> b.kind() + ": " + b.text())
                .containsExactly(
                        "BODY: The old highway was closed for repairs all winter.",
                        "HEADING: Spring Traffic",
                        "BODY: Convoys returned in April, carrying fuel and grain to the northern towns.",
                        "CAPTION: The mountain pass above the valley, May 2022. Snow closed it until late spring.");
    }

    @Test
    void shortParagraphWithoutDateOrEcho_staysBody() {
        Layout layout = layoutOf(
                "The envoys met in a village hall.",
                "",
                "Nobody outside the room knew.",
                "",
                "The talks went on for a week.");
        Lexicon lexicon = Lexicon.of(layout);
        new Floats(new LineJoiner(lexicon), lexicon.stems(), Set.of()).mark(layout);
        for (int i = 0; i < layout.size(); i++) {
            assertThat(layout.role(i)).isIn(Role.BODY, Role.BLANK);
        }
    }

    @Test
    void datedParagraphBetweenFinishedOnes_staysBody() {
        Layout layout = layoutOf(
                "The envoys met in a village hall.",
                "",
                "The truce was signed on May 5, 2020.",
                "",
                "The talks went on for a week.");
        Lexicon lexicon = Lexicon.of(layout);
        new Floats(new LineJoiner(lexicon), lexicon.stems(), Set.of()).mark(layout);
        assertThat(layout.role(2)).isEqualTo(Role.BODY);
    }

    @Test
    void placementInParentheses_makesACaption() {
        Layout layout = layoutOf(
                "The minister spoke to the chamber for",
                "",
                "The foreign minister (left) greets",
                "her counterpart in the old palace.",
                " an hour and left without questions.");
        Lexicon lexicon = Lexicon.of(layout);
        new Floats(new LineJoiner(lexicon), lexicon.stems(), Set.of()).mark(layout);
        assertThat(List.of(layout.role(2), layout.role(3))).containsOnly(Role.CAPTION);
        assertThat(layout.role(4)).isEqualTo(Role.BODY);
    }

    @Test
    void pullQuote_whoseWordsCutToAStopWord_isFoundWithoutFailing() {
        // "theirs" and "whichever" cut to five letters give the stop words "their" and "which": the
        // stem index once had no place for their positions and failed on such a document.
        String text = String.join(
                "\n",
                "The river commission met again in the spring, and the",
                "delegates agreed that the old dams were theirs to repair,",
                "whichever ministry paid for the work in the end. The talks",
                "ran late into the evening before the chairs signed a note.",
                "",
                "The old dams were theirs to repair,",
                "whichever ministry paid.",
                " Observers said the note changed little on the ground.",
                "");
        Document document = Readers.read("dams.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .document();
        assertThat(Fixtures.ofKind(document, BlockKind.PULL_QUOTE))
                .extracting(b -> b.text())
                .containsExactly("The old dams were theirs to repair, whichever ministry paid.");
        assertThat(Fixtures.mainText(document)).doesNotContain("ministry paid. Observers");
    }

    @Test
    void datedParagraphAtAPageTop_afterAFinishedSentence_staysBody() {
        Document document = read(
                "The envoys left the capital in the evening.",
                "",
                "LAKE REGION REVIEW     Winter 2024 Ortega: River Talks / 2",
                "",
                "The commission met again in Kisumu on March 3, 2024, and agreed to share",
                "the flood data every week.",
                "",
                "Both sides called the meeting useful.");
        assertThat(Fixtures.ofKind(document, BlockKind.CAPTION)).isEmpty();
        assertThat(Fixtures.mainText(document)).contains("met again in Kisumu on March 3, 2024");
    }

    @Test
    void restOfASentenceCarriedOverAPageBreak_beforeANewParagraph_staysBody() {
        Document document = read(
                "The two delegations agreed to meet again under the",
                "",
                "LAKE REGION REVIEW     Winter 2024 Ortega: River Talks / 2",
                "",
                "Kenyan chair in May 2024, once the rains had passed.",
                "",
                "Nobody expected a quick result from the next round.");
        assertThat(Fixtures.ofKind(document, BlockKind.CAPTION)).isEmpty();
        assertThat(Fixtures.mainText(document)).contains("under the Kenyan chair in May 2024");
    }

    @Test
    void datedQuotationAnnouncedByAColon_isNoCaption() {
        Document document = read(
                "The minister read the statement aloud and then added",
                "a line of her own that the press took down at once:",
                "",
                "    The talks of June 2023 showed that both sides can",
                "    keep a promise when someone is watching.",
                "",
                "Her counterpart did not answer.");
        assertThat(Fixtures.ofKind(document, BlockKind.CAPTION)).isEmpty();
        assertThat(Fixtures.ofKind(document, BlockKind.BLOCK_QUOTE)).hasSize(1);
    }

    @Test
    void photographLine_endingOnADateAfterAComma_isACaption_evenBetweenParagraphs() {
        Document document = read(
                "The commission met again in the spring and agreed to share its data.",
                "",
                "Engineers inspect the sluice gates, April 2022.",
                "",
                "The data arrived every week after that.");
        assertThat(Fixtures.ofKind(document, BlockKind.CAPTION))
                .extracting(b -> b.text())
                .containsExactly("Engineers inspect the sluice gates, April 2022.");
    }

    @Test
    void shortParagraphRepeatedByAPullQuote_staysBody_andThePullQuoteGoes() {
        Document document = read(
                "The river commission kept its weekly schedule through the dry season and",
                "published every reading it took at the border stations.",
                "",
                "Engineers from both banks shared one laboratory for the whole summer.",
                "",
                "The ministers praised the work, and the donors promised more money for",
                "",
                "Engineers from both banks shared one",
                "laboratory for the whole summer.",
                "",
                "new gauges on the upper river before the next flood season.");
        assertThat(Fixtures.ofKind(document, BlockKind.PULL_QUOTE))
                .extracting(b -> b.text())
                .containsExactly("Engineers from both banks shared one laboratory for the whole summer.");
        assertThat(Fixtures.mainText(document)).containsOnlyOnce("shared one laboratory");
    }

    /** Reads the lines under a title, so that the first of them is body. */
    private static Document read(String... lines) {
        String text = "River Talks\n\n" + String.join("\n", lines) + "\n";
        return Readers.read("floats.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .document();
    }

    private static Layout layoutOf(String... lines) {
        List<Line> list = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            list.add(Line.of(i + 1, lines[i]));
        }
        return new Layout(list);
    }
}
