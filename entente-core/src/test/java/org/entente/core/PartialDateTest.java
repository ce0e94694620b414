package org.entente.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parse_keepsPrecisionOfEachIsoForm() {
        assertThat(PartialDate.parse("2020")).isEqualTo(PartialDate.year(2020));
        assertThat(PartialDate.parse("2020-10")).isEqualTo(PartialDate.month(2020, 10));
        assertThat(PartialDate.parse("2020-10-12")).isEqualTo(PartialDate.day(2020, 10, 12));
    }

    @Test
    void toString_roundTripsThroughParse() {
        for (String iso : new String[] {"1994", "2020-02", "2020-02-29"}) {
            assertThat(PartialDate.parse(iso).toString()).isEqualTo(iso);
        }
    }

    @Test
    void last_isEndOfMonthOrYear() {
        assertThat(PartialDate.month(2020, 2).last()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(PartialDate.year(2021).last()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void parse_rejectsGarbage_namingIt() {
        assertThatThrownBy(() -> PartialDate.parse("Oct. 12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Oct. 12");
    }

    @Test
    void monthPrecision_mustStartOnTheFirst() {
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2020, 10, 12), Precision.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
