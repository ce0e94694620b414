package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.entente.core.Citation;
import org.entente.core.PartialDate;
import org.entente.core.Precision;
import org.junit.jupiter.api.Test;

class CitationParserTest {
    private final CitationParser parser = new CitationParser();

    private List<Citation> parse(String text) {
        return parser.parse(text, Optional.empty());
    }

    @Test
    void outletWithPlaceInParentheses_andADay() {
        Citation citation = parse("Steppe Herald (Almaty), Oct. 12, 2020.").get(0);
        assertThat(citation.outlet()).contains("Steppe Herald");
        assertThat(citation.place()).contains("Almaty");
        assertThat(citation.dates()).containsExactly(PartialDate.day(2020, 10, 12));
    }

    @Test
    void acronymAndPlaceInParentheses_givesThePlace() {
        Citation citation =
                parse("Gulf Wire Service (GWS, Doha), Sept. 30, 2019.").get(0);
        assertThat(citation.outlet()).contains("Gulf Wire Service");
        assertThat(citation.place()).contains("Doha");
    }

    @Test
    void severalCitations_areSplitOnSemicolons() {
        List<Citation> citations = parse("Port Daily (Odesa), May 3, 2021; Coast News, June 9, 2021.");
        assertThat(citations).extracting(c -> c.outlet().orElseThrow()).containsExactly("Port Daily", "Coast News");
        assertThat(citations.get(1).dates()).containsExactly(PartialDate.day(2021, 6, 9));
    }

    @Test
    void severalDatesForOneOutlet_areAllKept_andAYearIsShared() {
        assertThat(parse("Delta Post, Oct. 1, 2020, Oct. 3, 2020.").get(0).dates())
                .containsExactly(PartialDate.day(2020, 10, 1), PartialDate.day(2020, 10, 3));
        assertThat(parse("Delta Post, Oct. 3, Oct. 4, 2020.").get(0).dates())
                .containsExactly(PartialDate.day(2020, 10, 3), PartialDate.day(2020, 10, 4));
    }

    @Test
    void monthAndYear_haveMonthPrecision_aBookYearHasYearPrecision() {
        Citation article = parse("Ruth Amar, \u201CWater and War,\u201D Basin Studies, Jan. 2015, pp. 4-9.")
                .get(0);
        assertThat(article.author()).contains("Ruth Amar");
        assertThat(article.title()).contains("Water and War");
        assertThat(article.outlet()).contains("Basin Studies");
        assertThat(article.dates()).containsExactly(PartialDate.month(2015, 1));
        assertThat(article.dates().get(0).precision()).isEqualTo(Precision.MONTH);

        Citation book = parse("Tomas Berg, Rivers of the Steppe (Leiden: Harbour Press, 2009), p. 40.")
                .get(0);
        assertThat(book.author()).contains("Tomas Berg");
        assertThat(book.title()).contains("Rivers of the Steppe");
        assertThat(book.outlet()).contains("Harbour Press");
        assertThat(book.place()).contains("Leiden");
        assertThat(book.dates()).containsExactly(PartialDate.year(2009));
    }

    @Test
    void titledReport_takesTheFieldAfterTheTitleAsOutlet_andAShortNameAsPlace() {
        Citation citation = parse(
                        "\u201CGrain Corridor Update,\u201D Council of the Region, Vienna, updated Mar. 2, 2022.")
                .get(0);
        assertThat(citation.title()).contains("Grain Corridor Update");
        assertThat(citation.outlet()).contains("Council of the Region");
        assertThat(citation.place()).contains("Vienna");
        assertThat(citation.dates()).containsExactly(PartialDate.day(2022, 3, 2));
    }

    @Test
    void ibid_takesTheOutletOfTheCitationBefore_withItsOwnDates() {
        Citation before = parse("Harbour Times (Aden), Apr. 2, 2019.").get(0);
        List<Citation> citations = parser.parse("Ibid., Apr. 5, 2019; Sea Lanes, Apr. 6, 2019.", Optional.of(before));
        assertThat(citations.get(0).outlet()).contains("Harbour Times");
        assertThat(citations.get(0).place()).contains("Aden");
        assertThat(citations.get(0).dates()).containsExactly(PartialDate.day(2019, 4, 5));
        assertThat(citations.get(1).outlet()).contains("Sea Lanes");
        assertThat(parser.parse("Ibid.", Optional.of(before)).get(0).dates())
                .containsExactly(PartialDate.day(2019, 4, 2));
    }

    @Test
    void datesOnly_continueTheOutletBefore_withTheirParenthesisedTitles() {
        List<Citation> citations =
                parse("Delta Post, May 1, 2020 (\u201CFirst note\u201D); May 2, 2020 (\u201CSecond note\u201D).");
        assertThat(citations).extracting(c -> c.outlet().orElseThrow()).containsExactly("Delta Post", "Delta Post");
        assertThat(citations).extracting(c -> c.title().orElseThrow()).containsExactly("First note", "Second note");
    }

    @Test
    void url_isKeptWithoutTrailingPunctuation() {
        Citation citation = parse("Open Border Monitor, Aug. 8, 2021, https://example.org/reports/8.")
                .get(0);
        assertThat(citation.url()).contains("https://example.org/reports/8");
        assertThat(citation.outlet()).contains("Open Border Monitor");
    }

    @Test
    void impossibleDate_isSkipped() {
        assertThat(parse("Delta Post, Feb. 30, 2020.").get(0).dates()).isEmpty();
    }
}
