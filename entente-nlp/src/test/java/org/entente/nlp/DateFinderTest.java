package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.entente.core.PartialDate;
import org.entente.core.Precision;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static List<TimeSpan> spans(String text, OptionalInt year) {
        DateFinder.Anchor anchor = year.isPresent() ? DateFinder.Anchor.year(year.getAsInt()) : DateFinder.Anchor.NONE;
        return spans(text, anchor);
    }

    private static List<TimeSpan> spans(String text, DateFinder.Anchor anchor) {
        return DateFinder.find(text, anchor).stream()
                .map(f -> f.span(TimeBasis.TEXT))
                .toList();
    }

    private static List<TimeSpan> spans(String text) {
        return spans(text, OptionalInt.empty());
    }

    @Test
    void monthDayYear_inFullAndAbbreviated_isADay() {
        assertThat(spans("Fighting resumed on September 27, 2020, at dawn."))
                .containsExactly(TimeSpan.of(PartialDate.day(2020, 9, 27), TimeBasis.TEXT));
        assertThat(spans("The agency wrote on Oct. 12, 2020 that"))
                .containsExactly(TimeSpan.of(PartialDate.day(2020, 10, 12), TimeBasis.TEXT));
        assertThat(spans("signed on 10 November 2020 in the night"))
                .containsExactly(TimeSpan.of(PartialDate.day(2020, 11, 10), TimeBasis.TEXT));
    }

    @Test
    void monthYear_isAMonth() {
        assertThat(spans("Talks began in March 2005 and stalled."))
                .containsExactly(TimeSpan.of(PartialDate.month(2005, 3), TimeBasis.TEXT));
    }

    @Test
    void yearAlone_isAYear() {
        assertThat(spans("In 1994 a truce held; by 2018 it had frayed."))
                .containsExactly(
                        TimeSpan.of(PartialDate.year(1994), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.year(2018), TimeBasis.TEXT));
    }

    @Test
    void shortRange_isARangeOfYears() {
        TimeSpan span = spans("the war of 1988-94 over the enclave").get(0);

        assertThat(span.precision()).isEqualTo(Precision.RANGE);
        assertThat(span.start()).contains(PartialDate.year(1988).first());
        assertThat(span.end()).contains(PartialDate.year(1994).last());
    }

    @Test
    void monthAndDay_takeTheNarrativeYear_notAnyOther() {
        assertThat(spans("On September 30 the shelling spread.", OptionalInt.of(2020)))
                .containsExactly(TimeSpan.of(PartialDate.day(2020, 9, 30), TimeBasis.TEXT));
        assertThat(spans("On September 30 the shelling spread.")).isEmpty();
    }

    @Test
    void relativeYears_countFromTheNarrativeYear() {
        assertThat(spans("The following year the talks resumed.", OptionalInt.of(2019)))
                .containsExactly(TimeSpan.of(PartialDate.year(2020), TimeBasis.TEXT));
        assertThat(spans("a year earlier, and that year too", OptionalInt.of(2019)))
                .containsExactly(
                        TimeSpan.of(PartialDate.year(2018), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.year(2018), TimeBasis.TEXT));
        assertThat(spans("The following year the talks resumed.")).isEmpty();
    }

    @Test
    void dateWithoutAYear_isReadAgainstTheNearestDateBeforeItInTheSameText_inTextOrder() {
        assertThat(spans("Tirana closed the border in March 2015, and in June it reopened.", OptionalInt.of(2012)))
                .containsExactly(
                        TimeSpan.of(PartialDate.month(2015, 3), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.month(2015, 6), TimeBasis.TEXT));
        assertThat(spans("The following year, in June, the talks resumed.", OptionalInt.of(2019)))
                .containsExactly(
                        TimeSpan.of(PartialDate.year(2020), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.month(2020, 6), TimeBasis.TEXT));
        assertThat(spans("In March 2015 the border closed, and in June it reopened."))
                .hasSize(2);
    }

    @Test
    void moneyPercentagesDecadesAndCounts_areNotYears() {
        assertThat(spans("a $2000 fee, 2020% growth, the 1990s, 12,2019 units and 3.2018 points"))
                .isEmpty();
    }

    @Test
    void invalidDay_isSkipped() {
        assertThat(spans("on February 30, 2021 nothing"))
                .containsExactly(TimeSpan.of(PartialDate.year(2021), TimeBasis.TEXT));
    }

    @Test
    void modalMay_isNotAMonth() {
        assertThat(spans("Baku may strike 12 targets.", OptionalInt.of(2020))).isEmpty();
        assertThat(spans("On May 13, 1994 the parties agreed."))
                .containsExactly(TimeSpan.of(PartialDate.day(1994, 5, 13), TimeBasis.TEXT));
    }

    @Test
    void monthWithoutYearAfterIn_takesTheNarrativeYear() {
        assertThat(spans("In November the navies sailed together.", OptionalInt.of(2020)))
                .containsExactly(TimeSpan.of(PartialDate.month(2020, 11), TimeBasis.TEXT));
        assertThat(spans("In November the navies sailed together.")).isEmpty();
    }

    @Test
    void yearAfterSince_isAReferencePoint_notTheEventsDate() {
        assertThat(spans("It was the first joint drill since 2007.")).isEmpty();
        assertThat(spans("The drill of 2007 was the first.")).hasSize(1);
    }

    @Test
    void dayBeforeMonthWithoutAYear_takesTheNarrativeYear_andAnAmountIsNoDay() {
        assertThat(spans("On 26 February the jets struck.", OptionalInt.of(2019)))
                .containsExactly(TimeSpan.of(PartialDate.day(2019, 2, 26), TimeBasis.TEXT));
        assertThat(spans("by the 3rd of March the pilot was home", OptionalInt.of(2019)))
                .containsExactly(TimeSpan.of(PartialDate.day(2019, 3, 3), TimeBasis.TEXT));
        assertThat(spans("On 26 February the jets struck.")).isEmpty();
        assertThat(spans("some 1,500 May Day marchers", OptionalInt.of(2019))).isEmpty();
    }

    private static DateFinder.Anchor narrative(int year, int month) {
        return new DateFinder.Anchor(OptionalInt.of(year), Optional.of(YearMonth.of(year, month)), Optional.empty());
    }

    private static DateFinder.Anchor published(PartialDate date) {
        return new DateFinder.Anchor(OptionalInt.empty(), Optional.empty(), Optional.of(date));
    }

    @Test
    void firstOrLastDayOfAYearOrMonth_isThatDay() {
        assertThat(spans("On the last day of 2019 the two navies exchanged fire."))
                .containsExactly(TimeSpan.of(PartialDate.day(2019, 12, 31), TimeBasis.TEXT));
        assertThat(spans("It expired on the first day of March 2021."))
                .containsExactly(TimeSpan.of(PartialDate.day(2021, 3, 1), TimeBasis.TEXT));
        assertThat(spans("On the first day of the war nothing moved.", OptionalInt.of(2019)))
                .isEmpty();
    }

    @Test
    void monthWithoutAYear_crossesTheTurnOfTheYear_onlyWhenTheNarrativeStandsNearIt() {
        assertThat(spans("On January 4 the talks resumed.", narrative(2021, 12)))
                .containsExactly(TimeSpan.of(PartialDate.day(2022, 1, 4), TimeBasis.TEXT));
        assertThat(spans("In December the envoys left.", narrative(2022, 1)))
                .containsExactly(TimeSpan.of(PartialDate.month(2021, 12), TimeBasis.TEXT));
        assertThat(spans("On January 4 the talks resumed.", narrative(2021, 6)))
                .containsExactly(TimeSpan.of(PartialDate.day(2021, 1, 4), TimeBasis.TEXT));
        assertThat(spans("On 4 January the talks resumed.", OptionalInt.of(2021)))
                .containsExactly(TimeSpan.of(PartialDate.day(2021, 1, 4), TimeBasis.TEXT));
    }

    @Test
    void numberInAName_orAfterAPossessive_isNoDate_butAYearAfterTheIs() {
        assertThat(spans("A plan called Vision 2030 was unveiled in May 2016."))
                .containsExactly(TimeSpan.of(PartialDate.month(2016, 5), TimeBasis.TEXT));
        assertThat(spans("The council passed Resolution 2098 unanimously.")).isEmpty();
        assertThat(spans("Oslo recalled its 1998 agreement with Rome.")).isEmpty();
        assertThat(spans("Lima revived Chile's 2004 offer.")).isEmpty();
        assertThat(spans("The 1998 agreement still holds, and in 2004 it was renewed."))
                .containsExactly(
                        TimeSpan.of(PartialDate.year(1998), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.year(2004), TimeBasis.TEXT));
    }

    @Test
    void dateInALeadingAfterPhrase_isAReference_andOnlyThere() {
        List<DateFinder.Found> found = DateFinder.find(
                "After the elections of 2018, Quito recalled its envoy in March 2019.", DateFinder.Anchor.NONE);

        assertThat(found).extracting(DateFinder.Found::reference).containsExactly(true, false);
        assertThat(DateFinder.find("Quito recalled its envoy after the elections of 2018.", DateFinder.Anchor.NONE))
                .extracting(DateFinder.Found::reference)
                .containsExactly(false);
    }

    @Test
    void season_isItsThreeMonths_inTheYearNamedOrTheNarratives() {
        TimeSpan autumn = spans("Raids went on through the autumn of 2016.").get(0);

        assertThat(autumn.precision()).isEqualTo(Precision.RANGE);
        assertThat(autumn.start()).contains(java.time.LocalDate.of(2016, 9, 1));
        assertThat(autumn.end()).contains(java.time.LocalDate.of(2016, 11, 30));
        assertThat(spans("In the spring the talks resumed.", OptionalInt.of(2017))
                        .get(0)
                        .start())
                .contains(java.time.LocalDate.of(2017, 3, 1));
        assertThat(spans("In the spring the talks resumed.")).isEmpty();
        assertThat(spans("Kabul was quiet during the fall of the republic.", OptionalInt.of(2021)))
                .isEmpty();
    }

    @Test
    void wordsPointingFromTheDocumentsDate_areReadAgainstIt_asFarAsItIsPrecise() {
        DateFinder.Anchor wednesday = published(PartialDate.day(2022, 3, 16));

        assertThat(spans("The juntas announced on Sunday that they would leave.", wednesday))
                .containsExactly(TimeSpan.of(PartialDate.day(2022, 3, 13), TimeBasis.TEXT));
        assertThat(spans("Talks collapsed last Wednesday.", wednesday))
                .containsExactly(TimeSpan.of(PartialDate.day(2022, 3, 9), TimeBasis.TEXT));
        assertThat(spans("Ships were hit only this month, after raids last year.", wednesday))
                .containsExactly(
                        TimeSpan.of(PartialDate.month(2022, 3), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.year(2021), TimeBasis.TEXT));
        assertThat(spans("The envoy left yesterday.", wednesday))
                .containsExactly(TimeSpan.of(PartialDate.day(2022, 3, 15), TimeBasis.TEXT));
        assertThat(spans("The juntas announced on Sunday that they would leave."))
                .isEmpty();
        assertThat(spans("They met on Sunday, this month.", published(PartialDate.year(2022))))
                .isEmpty();
        assertThat(spans("Violence returned this year.", published(PartialDate.year(2022))))
                .containsExactly(TimeSpan.of(PartialDate.year(2022), TimeBasis.TEXT));
    }

    @Test
    void datesInParentheses_areAsides_andTheRestOfTheSentenceIsRead() {
        assertThat(spans("Critics blamed the Minsk Group (created in 1994) for the stalemate."))
                .isEmpty();
        assertThat(spans("Envoys of Khatami (1997-2005) met in Baku on 3 May 2004."))
                .containsExactly(TimeSpan.of(PartialDate.day(2004, 5, 3), TimeBasis.TEXT));
    }
}
