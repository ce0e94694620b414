package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.entente.core.PartialDate;
import org.entente.core.Precision;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static List<TimeSpan> spans(String text, OptionalInt year) {
        return DateFinder.find(text, year).stream()
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
                        TimeSpan.of(PartialDate.year(2019), TimeBasis.TEXT));
        assertThat(spans("The following year the talks resumed.")).isEmpty();
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
}
