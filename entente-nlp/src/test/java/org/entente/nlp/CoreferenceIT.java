package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.core.Assertion;
import org.entente.core.Modality;
import org.entente.core.Sign;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Actors named in an earlier sentence and referred to again, on paragraphs of our own. */
@Tag("model")
class CoreferenceIT {

    @Test
    void she_afterATitledSubject_standsForHerState() {
        assertThat(Extracted.assertions("Sweden's prime minister, Lena Holm, flew to Oslo in May 2021. "
                        + "She signed a fisheries agreement with Norway there."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("SWE");
                    assertThat(a.targets()).containsExactly("NOR");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                });
    }

    @Test
    void he_doesNotReachBackAcrossAParagraphBreak() {
        List<Assertion> found = Extracted.assertions(
                "Chile's president spent three days in Lima in March 2019.", "He criticised Bolivia on Friday.");

        assertThat(found).noneSatisfy(a -> assertThat(a.sources()).contains("CHL"));
    }

    @Test
    void it_standsForTheSingleActorSubjectOfTheSentenceBefore() {
        assertThat(Extracted.assertions(
                        "Eritrea declared its independence in May 1993. Italy recognised it within weeks."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("ITA");
                    assertThat(a.targets()).containsExactly("ERI");
                });
    }

    @Test
    void theTwoGovernments_areTheTwoStatesNamedJustBefore() {
        assertThat(Extracted.assertions(
                        "Chile and Argentina quarrelled over three islands in the Beagle Channel for years. "
                                + "In 1984 the two governments signed a treaty of peace and friendship."))
                .anySatisfy(
                        a -> assertThat(List.of(a.sources().get(0), a.targets().get(0)))
                                .containsExactlyInAnyOrder("CHL", "ARG"));
    }

    @Test
    void aBareSurname_standsForThePersonNamedInFullBefore() {
        assertThat(Extracted.assertions("Kim Jong Un crossed into Russia by train in September 2023. "
                        + "During the trip Kim praised Russia for its support."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("kim-jong-un");
                    assertThat(a.targets()).containsExactly("RUS");
                });
    }

    @Test
    void theKingdom_standsForTheStateWhoseNameHoldsTheWord() {
        assertThat(Extracted.assertions("Saudi Arabia opened its airspace to Israeli airliners in 2022. "
                        + "Iran condemned the kingdom for the decision."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("IRN");
                    assertThat(a.targets()).containsExactly("SAU");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }

    @Test
    void aHypotheticalAboutTheTwoNeighbours_staysHypothetical() {
        List<Assertion> found = Extracted.assertions("Peru and Ecuador fixed their border in 1998. "
                + "Diplomats feared that the two neighbours could fight again if the talks failed.");

        assertThat(found)
                .filteredOn(a -> a.evidence().sentence() == 1)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.modality()).isNotEqualTo(Modality.ASSERTED));
    }

    @Test
    void it_isLeftAloneWhenThePreviousSubjectIsNoActor() {
        List<Assertion> found =
                Extracted.assertions("The new pipeline was finished in 2019. Ukraine condemned it at once.");

        assertThat(found).isEmpty();
    }
}
