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
        new Floats(new LineJoiner(Lexicon.of(layout)), Set.of()).mark(layout);
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
        new Floats(new LineJoiner(Lexicon.of(layout)), Set.of()).mark(layout);
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
        new Floats(new LineJoiner(Lexicon.of(layout)), Set.of()).mark(layout);
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

    private static Layout layoutOf(String... lines) {
        List<Line> list = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            list.add(Line.of(i + 1, lines[i]));
        }
        return new Layout(list);
    }
}
