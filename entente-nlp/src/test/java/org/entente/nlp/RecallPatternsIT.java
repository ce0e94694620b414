package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.core.RelationKind;
import org.entente.core.Sign;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Patterns added to raise recall (issue 4), each on sentences of its own, with what must not follow. */
@Tag("model")
class RecallPatternsIT {

    @Test
    void angeredByAClause_isTheExperiencersStanceTowardItsDoer() {
        assertThat(Extracted.assertions(
                        "In May 2021 Belarus forced an airliner to land in Minsk, which angered Lithuania."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("LTU");
                    assertThat(a.targets()).containsExactly("BLR");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }

    @Test
    void angeredDirectly_turnsTheSidesRound() {
        assertThat(Extracted.assertions("Brazil angered Paraguay with its new tariffs in 2019."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("PRY");
                    assertThat(a.targets()).containsExactly("BRA");
                })
                .noneSatisfy(a -> assertThat(a.sources()).containsExactly("BRA"));
    }

    @Test
    void anEventThatAngersNoActor_codesNothing() {
        assertThat(Extracted.assertions("The long drought angered farmers in the south."))
                .isEmpty();
    }

    @Test
    void askingToLeave_isADemand_askingToMediate_anAppeal() {
        assertThat(Extracted.assertions("In 2022 Mali asked Denmark to withdraw its soldiers at once."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("MLI");
                    assertThat(a.targets()).containsExactly("DNK");
                    assertThat(a.kind()).isEqualTo(RelationKind.DEMAND);
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
        assertThat(Extracted.assertions("Kenya asked the African Union to mediate in the dispute."))
                .anySatisfy(a -> {
                    assertThat(a.targets()).containsExactly("african-union");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                });
    }

    @Test
    void callingOnAStateToPullBack_isADemandOnIt() {
        assertThat(Extracted.assertions(
                        "Hours later Brussels called on Belarus to pull back the migrants it had sent to the border."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("eu");
                    assertThat(a.targets()).containsExactly("BLR");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }

    @Test
    void actorVerbActor_isCodedEvenWhereTheParserStumbles() {
        assertThat(Extracted.assertions("Moon Jae-in met Kim Jong Un again in Pyongyang in September 2018."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("moon-jae-in");
                    assertThat(a.targets()).containsExactly("kim-jong-un");
                });
    }

    @Test
    void aPassiveWithoutAgent_getsNoSubjectFromTheWordBefore() {
        assertThat(Extracted.assertions("Last year Niger was suspended from the bloc."))
                .isEmpty();
    }

    @Test
    void subjectsAfterALeadingDate_actAsSubjects() {
        assertThat(Extracted.assertions("On March 3, 2014, Ukraine and Moldova concluded a transit agreement."))
                .anySatisfy(
                        a -> assertThat(List.of(a.sources().get(0), a.targets().get(0)))
                                .containsExactlyInAnyOrder("UKR", "MDA"));
    }

    @Test
    void talksAmongSeveralStates_tieEachPair() {
        assertThat(Extracted.assertions("In 2003 Beijing hosted talks among Japan, Russia and the United States."))
                .anySatisfy(
                        a -> assertThat(List.of(a.sources().get(0), a.targets().get(0)))
                                .containsExactlyInAnyOrder("JPN", "RUS"));
    }

    @Test
    void movingCloserToAState_isAPositiveTie_movingTroopsTowardItIsNot() {
        assertThat(Extracted.assertions("After 2022 Belarus moved closer to China."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("BLR");
                    assertThat(a.targets()).containsExactly("CHN");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                });
        assertThat(Extracted.assertions("Russia moved tanks toward the Ukrainian border in 2021."))
                .noneSatisfy(a -> assertThat(a.sign()).isEqualTo(Sign.POSITIVE));
    }
}
