package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.entente.core.Assertion;
import org.entente.core.InputException;
import org.junit.jupiter.api.Test;

class ScoresTest {
    private static final String GOLD = String.join(
            "\n",
            "# document, phrase, sources, targets, sign, kind, mutual, modality, date, note",
            "caucasus.txt\tturkey supplied azerbaijan\tTUR\tAZE\t+\taid\tn\tasserted\t2020-10\tdrones",
            "caucasus.txt\tAzerbaijan and Armenia fought\tAZE\tARM\t-\tfight\ty\tasserted\t2020\twar",
            "caucasus.txt\tdenied that it had shipped\tIRN\tARM\t+\taid\tn\tnegated\t-\tdenial");

    private static Map<String, List<Assertion>> predictions() {
        return Map.of("caucasus.txt", Fixtures.caucasus().assertions());
    }

    @Test
    void fixtureAssertions_matchTheirGoldRows() {
        Scores.Result result =
                Scores.score(GoldStandard.parse("gold.tsv", GOLD), predictions(), UnaryOperator.identity());

        Scores.Count total = result.total();
        assertThat(total.predicted()).isEqualTo(3);
        assertThat(total.correct()).isEqualTo(3);
        assertThat(total.recall()).isEqualTo(1.0);
        assertThat(total.datesRight()).isEqualTo(2);
        assertThat(total.dated()).isEqualTo(2);
        assertThat(total.kindsRight()).isEqualTo(3);
        assertThat(result.wrong()).isEmpty();
    }

    @Test
    void aFoundRowOutsideTheGoldsDate_isListedWithTheDateFound() {
        String gold = GOLD.replace("\t2020-10\t", "\t2019\t");
        Scores.Result result =
                Scores.score(GoldStandard.parse("gold.tsv", gold), predictions(), UnaryOperator.identity());

        assertThat(result.total().datesRight()).isEqualTo(1);
        assertThat(result.wrongDates()).singleElement().satisfies(d -> {
            assertThat(d.gold()).isEqualTo("2019");
            assertThat(d.phrase()).isEqualTo("turkey supplied azerbaijan");
            assertThat(d.found().start().orElseThrow().getYear()).isEqualTo(2020);
        });
        assertThat(Scores.score(GoldStandard.parse("gold.tsv", GOLD), predictions(), UnaryOperator.identity())
                        .wrongDates())
                .isEmpty();
    }

    @Test
    void factualityMustAgree_aDenialCodedAsFactIsWrong() {
        String gold = GOLD.replace("negated\t-", "asserted\t-");
        Scores.Result result =
                Scores.score(GoldStandard.parse("gold.tsv", gold), predictions(), UnaryOperator.identity());

        assertThat(result.total().correct()).isEqualTo(2);
        assertThat(result.wrong()).singleElement().satisfies(m -> assertThat(m.source())
                .isEqualTo("IRN"));
        assertThat(result.missed()).singleElement().satisfies(m -> assertThat(m.source())
                .isEqualTo("IRN"));
    }

    @Test
    void wrongDirection_countsOnlyForMutualRows() {
        String reversed = GOLD.replace("\tAZE\tARM\t-\tfight\ty", "\tARM\tAZE\t-\tfight\ty")
                .replace("\tTUR\tAZE\t+", "\tAZE\tTUR\t+");
        Scores.Result result =
                Scores.score(GoldStandard.parse("gold.tsv", reversed), predictions(), UnaryOperator.identity());

        assertThat(result.total().correct()).isEqualTo(2);
        assertThat(result.total().precision()).isEqualTo(2.0 / 3);
    }

    @Test
    void actorResolution_countsTheActorsTheGoldDoesNotNameInAnAnnotatedSentence() {
        Scores.Count right = Scores.score(GoldStandard.parse("gold.tsv", GOLD), predictions(), UnaryOperator.identity())
                .total();
        Scores.Count oneWrong = Scores.score(
                        GoldStandard.parse("gold.tsv", GOLD.replace("\tIRN\tARM\t", "\tTUR\tARM\t")),
                        predictions(),
                        UnaryOperator.identity())
                .total();

        assertThat(right.actors()).isPositive();
        assertThat(right.actorAccuracy()).isEqualTo(1.0);
        assertThat(oneWrong.actors()).isEqualTo(right.actors());
        assertThat(oneWrong.actorsRight()).isEqualTo(right.actors() - 1);
    }

    @Test
    void malformedRow_isReportedWithFileAndLine() {
        assertThatThrownBy(() ->
                        GoldStandard.parse("gold.tsv", GOLD + "\ncaucasus.txt\tx\tTUR\tAZE\t?\taid\tn\tasserted\t-\t"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("gold.tsv: line 5")
                .hasMessageContaining("'?'");
    }
}
