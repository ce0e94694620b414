package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.entente.core.FootnoteMarker;
import org.entente.core.PartialDate;
import org.junit.jupiter.api.Test;

class StructureTest {
    @Test
    void runningHeaderAndPageNumber_areRemoved_andGiveVenueAndYear() {
        Document document = Fixtures.read("header.txt");
        assertThat(document.metadata().title()).contains("Border Talks Resume");
        assertThat(document.metadata().authors()).containsExactly("Ana Petrova");
        assertThat(document.metadata().venue()).contains("Caucasus Review");
        assertThat(document.metadata().date()).contains(PartialDate.year(2022));
        assertThat(document.blocks())
                .extracting(b -> b.text())
                .containsExactly(
                        "The two delegations met again in the spring after a pause of three years.",
                        "The agenda listed water rights, the return of detainees and the marking of the frontier.",
                        "Neither side expected a quick result.");
    }

    @Test
    void bulletedItems_areParagraphsOfTheirOwnWithoutBullets_afterTheirHeading() {
        Document document = Fixtures.read("bullets.txt");
        assertThat(document.blocks())
                .extracting(b -> b.kind() + ": " + b.text())
                .containsExactly(
                        "HEADING: Key Points",
                        "BODY: Peru and Bolivia quarrelled over river water in early 2025.",
                        "BODY: Chile offered to host talks, and both governments accepted within a week.",
                        "BODY: The dispute is unlikely to turn violent.",
                        "BODY: The two states share the basin of Lake Titicaca and several rivers that cross the"
                                + " border. Prices rose - as they often do - in the dry season.");
    }

    @Test
    void indentedPassageSetOff_isABlockQuoteInTheFlow_withItsMarker() {
        Document document = Fixtures.read("blockquote.txt");
        assertThat(document.blocks())
                .extracting(b -> b.kind() + ": " + b.text())
                .containsExactly(
                        "BODY: The mediators read out the terms in the hall of the old station. The first article set"
                                + " the tone for everything that followed:",
                        "BLOCK_QUOTE: Both parties shall withdraw their heavy weapons to a distance of twenty"
                                + " kilometres from the line of contact within ten days, under the eyes of the observer"
                                + " mission.",
                        "BODY: Neither delegation applauded. The second article, on prisoners, was read in silence.");
        assertThat(document.blocks().get(1).markers())
                .containsExactly(
                        new FootnoteMarker(1, document.blocks().get(1).text().length()));
    }

    @Test
    void oneLineParagraphsWithFirstLineIndents_stayBody() {
        String text = String.join(
                "\n",
                "Talks Stall",
                "",
                "The envoys met on Monday and again on Tuesday without any result at all, and both",
                "sides said that a third meeting would have to wait until after the holidays.",
                "    Nobody expected more.",
                "    The next round was set for the spring, in the same hotel by the lake, with the",
                "same mediators and the same agenda as before.",
                "");
        Document document = Readers.forFile("stall.txt").read("stall.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.blocks()).extracting(b -> b.kind()).containsOnly(BlockKind.BODY);
    }

    @Test
    void bylineEndingWithADate_givesTheDocumentsDate_andTheDateIsNoAuthor() {
        for (String dateline : List.of("March 4, 2023", "4 March 2023")) {
            String text = String.join(
                    "\n",
                    "Border crossings reopen after talks",
                    "",
                    "By Lena Marsh, Entente Test Wire, " + dateline,
                    "",
                    "TBILISI - The two governments reopened the crossings on Friday after a year of talks.",
                    "");
            Document document = Readers.forFile("wire.txt").read("wire.txt", text.getBytes(StandardCharsets.UTF_8));

            assertThat(document.metadata().date()).contains(PartialDate.day(2023, 3, 4));
            assertThat(document.metadata().authors()).contains("Lena Marsh").noneMatch(a -> a.contains("2023"));
        }
    }

    @Test
    void dropCap_isPutBackOnItsWord() {
        Document document = Fixtures.read("dropcap.txt");
        assertThat(document.metadata().authors()).containsExactly("Omar Haddad", "Ruth Klein");
        assertThat(document.blocks().get(0).text()).startsWith("Tashkent hosted the summit");
        assertThat(Fixtures.mainText(document)).doesNotContain("\nT\n").doesNotContain(" T ");
    }

    @Test
    void headings_titleCaseLinesStandingAlone_evenOverTwoLines() {
        Document document = Fixtures.read("headings.txt");
        assertThat(Fixtures.ofKind(document, BlockKind.HEADING))
                .extracting(b -> b.text())
                .containsExactly("The Early Years", "A Second Wave of Loans");
        assertThat(document.blocks().get(2).text())
                .isEqualTo("Investors waited for a road network that arrived only in part.");
    }

    @Test
    void shortLineEndingASentence_endsTheParagraph() {
        Document document = Fixtures.read("headings.txt");
        assertThat(document.blocks())
                .extracting(b -> b.text())
                .endsWith(
                        "Lenders then changed their terms and asked for collateral in shipping rights.",
                        "A new paragraph starts after the short line and runs on to the end.");
    }

    @Test
    void headerNamingAMonth_givesAMonthDate() {
        String text = "Harbour Deals\n\nThe port deal was signed in the spring.\n\n"
                + "ASIA POLICY REVIEW     March 2023 Lee: Harbour Deals / 3\n\nIt runs for ten years.\n";
        Document document = Readers.forFile("h.txt").read("h.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.metadata().venue()).contains("Asia Policy Review");
        assertThat(document.metadata().date()).contains(PartialDate.month(2023, 3));
        assertThat(Fixtures.mainText(document)).doesNotContain("REVIEW");
    }

    @Test
    void venueLineAtTheTop_givesVenueAndMonth_andIsNeitherTitleNorText() {
        String text = "Foreign Affairs Review | May 2025\n\nHarbour Deals\n\nby Lee Chan\n\n"
                + "The port deal was signed in the spring.\n";
        Document document = Readers.forFile("v.txt").read("v.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.metadata().venue()).contains("Foreign Affairs Review");
        assertThat(document.metadata().date()).contains(PartialDate.month(2025, 5));
        assertThat(document.metadata().title()).contains("Harbour Deals");
        assertThat(document.metadata().authors()).containsExactly("Lee Chan");
        assertThat(Fixtures.mainText(document)).isEqualTo("The port deal was signed in the spring.\n");
    }

    @Test
    void venueLineAfterTheByline_withASeason_givesTheYear() {
        String text = "Harbour Deals\n\nby Lee Chan\n\nCaucasus Review | Spring 2024\n\n"
                + "The port deal was signed in the spring.\n";
        Document document = Readers.forFile("v.txt").read("v.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.metadata().venue()).contains("Caucasus Review");
        assertThat(document.metadata().date()).contains(PartialDate.year(2024));
        assertThat(document.metadata().title()).contains("Harbour Deals");
        assertThat(Fixtures.mainText(document)).doesNotContain("Review");
    }

    @Test
    void barInTheBodyText_isNoVenueLine() {
        String text = "Harbour Deals\n\nThe port deal | signed in 2025 | runs for ten years.\n";
        Document document = Readers.forFile("v.txt").read("v.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.metadata().venue()).isEmpty();
        assertThat(document.metadata().date()).isEmpty();
        assertThat(Fixtures.mainText(document)).contains("runs for ten years");
    }

    @Test
    void firstLineRunningIntoTheText_isNoTitle() {
        String text = "The delegates met in Vienna on\nMonday and talked until late.\n";
        Document document = Readers.forFile("v.txt").read("v.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.metadata().title()).isEmpty();
        assertThat(document.blocks())
                .extracting(b -> b.text())
                .containsExactly("The delegates met in Vienna on Monday and talked until late.");
    }

    @Test
    void doubleSpacedText_joinsItsLines_andBreaksParagraphsOnBlankRuns() {
        String text = "Quiet Borders\n\n\nThe two armies pulled back from\n\nthe river on May 5, 2020, at dawn.\n\n"
                + "Patrols resumed a week later.\n\n\nThe talks went on\n\nthrough the summer and\n\n"
                + "into the autumn, with the\n\nsame envoys on both sides\n\nof the table.\n";
        Document document = Readers.forFile("d.txt").read("d.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.metadata().title()).contains("Quiet Borders");
        assertThat(document.blocks())
                .extracting(b -> b.kind() + ": " + b.text())
                .containsExactly(
                        "BODY: The two armies pulled back from the river on May 5, 2020, at dawn. Patrols resumed a week later.",
                        "BODY: The talks went on through the summer and into the autumn, with the same envoys on both sides of the"
                                + " table.");
    }

    @Test
    void oneParagraphPerLine_asCopiedNewsIsSaved_givesOneParagraphEach() {
        String first = "Baku accused Tehran in the autumn of 2020 of letting trucks carry weapons to Armenia across the"
                + " border, a charge that Tehran denied within hours of it being made.";
        String second = "A week later the two governments agreed to set up a joint commission on border trade, which"
                + " had fallen by a third during the fighting.";
        String third = "Officials in Tehran said the country stood for the territorial integrity of every state in the"
                + " region, while analysts in Baku doubted that the thaw would last.";
        String text = String.join("\n", first, second, third) + "\n";
        Document document = Readers.forFile("n.txt").read("n.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.blocks()).extracting(b -> b.text()).containsExactly(first, second, third);
    }

    @Test
    void headingWithoutABlankLine_standsAlone_whenASentenceOpensAfterIt() {
        String text = String.join(
                "\n",
                "The envoys met on Monday and again on Tuesday without any result at all, and both",
                "sides said that a third meeting would have to wait until after the holidays.",
                "The Border Question",
                "Patrols on both sides of the river were doubled in the spring, and the two armies",
                "kept their distance until the talks resumed.",
                "Iran and Russia",
                "signed a transit deal in the same month.",
                "");
        Document document = Readers.forFile("g.txt").read("g.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.blocks())
                .extracting(b -> b.kind() + ": " + b.text())
                .containsExactly(
                        "BODY: The envoys met on Monday and again on Tuesday without any result at all, and both sides"
                                + " said that a third meeting would have to wait until after the holidays.",
                        "HEADING: The Border Question",
                        "BODY: Patrols on both sides of the river were doubled in the spring, and the two armies kept"
                                + " their distance until the talks resumed.",
                        "BODY: Iran and Russia signed a transit deal in the same month.");
    }

    @Test
    void seriesBylineWithAMonth_givesAuthorVenueAndDate_andASummaryIsAHeadingNotACaption() {
        String text = "Water and Borders: Peru, Bolivia and Lake Titicaca\n\n"
                + "Andes Policy Brief No. 3, prepared by Lee Chan, March 2025\n\n"
                + "Summary\n"
                + "Peru and Bolivia quarrelled over river water in early 2025. Chile offered to host talks\n"
                + "in March 2025, and both governments accepted within a week.\n\n"
                + "The Quarrel\n"
                + "The dispute began with a dry summer.\n";
        Document document = Readers.forFile("s.txt").read("s.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.metadata().authors()).containsExactly("Lee Chan");
        assertThat(document.metadata().venue()).contains("Andes Policy Brief No. 3");
        assertThat(document.metadata().date()).contains(PartialDate.month(2025, 3));
        assertThat(document.blocks())
                .extracting(b -> b.kind() + ": " + b.text())
                .containsExactly(
                        "HEADING: Summary",
                        "BODY: Peru and Bolivia quarrelled over river water in early 2025. Chile offered to host"
                                + " talks in March 2025, and both governments accepted within a week.",
                        "HEADING: The Quarrel",
                        "BODY: The dispute began with a dry summer.");
    }

    @Test
    void aSentenceStartingWithBy_isNoByline() {
        String text = "Harbour Deals\n\nBy all accounts, the port deal was signed in the spring.\n";
        Document document = Readers.forFile("b.txt").read("b.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.metadata().authors()).isEmpty();
        assertThat(Fixtures.mainText(document)).contains("By all accounts");
    }

    @Test
    void shortDatedParagraphsOfAnUnwrappedText_areBody_notCaptions() {
        String longOne = "Peru and Bolivia quarrelled over river water in early 2025, after a dry summer left the"
                + " basin lower than at any time since records began, and each blamed the other's dams.";
        String dated = "Chile offered in March 2025 to host talks on the basin, and both governments accepted"
                + " the offer within a week of its making.";
        String text = "RIVER TALKS\n\n" + longOne + "\n\n" + dated + "\n\n" + longOne + "\n";
        Document document = Readers.forFile("u.txt").read("u.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(document.blocks()).extracting(b -> b.kind()).doesNotContain(BlockKind.CAPTION, BlockKind.PULL_QUOTE);
        assertThat(Fixtures.mainText(document)).contains("Chile offered in March 2025");
    }
}
