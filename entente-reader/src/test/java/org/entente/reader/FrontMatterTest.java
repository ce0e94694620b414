package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.entente.core.Document;
import org.entente.core.PartialDate;
import org.junit.jupiter.api.Test;

/** What stands above a text's first paragraph goes to the metadata, and nothing more. */
class FrontMatterTest {
    @Test
    void namesAloneUnderTheTitle_areTheAuthors() {
        Document document = read("River Talks Resume", "", "Lena Ortega and Paul Mwangi", "", "The talks resumed.");
        assertThat(document.metadata().authors()).containsExactly("Lena Ortega", "Paul Mwangi");
        assertThat(Fixtures.mainText(document)).isEqualTo("The talks resumed.\n");
    }

    @Test
    void titleCaseHeadingUnderTheTitle_isNoByline_whenItsWordsAreCommonWords() {
        Document document = read(
                "River Talks Resume",
                "",
                "Old Quarrels and New Players",
                "The old quarrels over water drew new players to the table.");
        assertThat(document.metadata().authors()).isEmpty();
        assertThat(Fixtures.mainText(document)).startsWith("Old Quarrels and New Players\n");
    }

    @Test
    void venueWithAMonthAfterAComma_givesVenueAndDate() {
        Document document = read("River Talks Resume", "", "Lake Region Briefs, March 2024", "", "The talks resumed.");
        assertThat(document.metadata().venue()).contains("Lake Region Briefs");
        assertThat(document.metadata().date()).contains(PartialDate.month(2024, 3));
        assertThat(Fixtures.mainText(document)).isEqualTo("The talks resumed.\n");
    }

    @Test
    void bodyLineEndingOnAMonth_isNoVenue() {
        Document document = read("River Talks Resume", "", "The talks resumed in Kisumu, March 2024", "and went well.");
        assertThat(document.metadata().venue()).isEmpty();
    }

    @Test
    void kickerOverTheTitle_andAgencyUnderTheByline_areMetadata() {
        Document document = read(
                "ANALYSIS",
                "",
                "River Talks Resume",
                "",
                "By Lena Ortega",
                "Lake Region Wire",
                "",
                "KISUMU - The talks resumed on Monday.");
        assertThat(document.metadata().title()).contains("River Talks Resume");
        assertThat(document.metadata().authors()).containsExactly("Lena Ortega");
        assertThat(document.metadata().venue()).contains("Lake Region Wire");
        assertThat(Fixtures.mainText(document)).isEqualTo("KISUMU - The talks resumed on Monday.\n");
    }

    @Test
    void seriesTitleAndPreparedByInOneBlock_areMetadata_andTheHeadingAfterStaysAHeading() {
        Document document = read(
                "LAKE REGION BRIEFING No. 3",
                "River Talks After One Year",
                "Prepared by Lena Ortega for the Kisumu Policy Circle, March 2024",
                "",
                "SUMMARY",
                "",
                "The talks resumed in 2023.");
        assertThat(document.metadata().title()).contains("River Talks After One Year");
        assertThat(document.metadata().authors()).containsExactly("Lena Ortega");
        assertThat(document.metadata().date()).contains(PartialDate.month(2024, 3));
        assertThat(Fixtures.mainText(document)).isEqualTo("SUMMARY\nThe talks resumed in 2023.\n");
    }

    @Test
    void roleAndPublishedLinesUnderTheByline_areMetadata_andDateTheText() {
        Document document = read(
                "River Talks Resume",
                "",
                "By Lena Ortega",
                "Contributing columnist, The Lake Review",
                "Published 4 December 2023",
                "",
                "When the talks resumed on 2 August 2022, few expected much.");
        assertThat(document.metadata().authors()).containsExactly("Lena Ortega");
        assertThat(document.metadata().date()).contains(PartialDate.day(2023, 12, 4));
        assertThat(Fixtures.mainText(document))
                .isEqualTo("When the talks resumed on 2 August 2022, few expected much.\n");
    }

    @Test
    void oneParagraphPerLine_withBlankLinesBetween_keepsTitleAndBylineApart() {
        String paragraph = "The two commissions met in Kisumu for the third time this year and agreed to share"
                + " their flood readings every week, a step both sides had refused for a decade.";
        String[] lines = {
            "River Talks Resume",
            "",
            "By Lena Ortega",
            "",
            paragraph,
            "",
            paragraph.replace("third", "fourth"),
            "",
            paragraph.replace("third", "fifth"),
            "",
            paragraph.replace("third", "sixth"),
            ""
        };
        Document document = read(lines);
        assertThat(document.metadata().title()).contains("River Talks Resume");
        assertThat(document.metadata().authors()).containsExactly("Lena Ortega");
        assertThat(document.blocks()).hasSize(4);
    }

    private static Document read(String... lines) {
        String text = String.join("\n", lines) + "\n";
        return Readers.forFile("front.txt").read("front.txt", text.getBytes(StandardCharsets.UTF_8));
    }
}
