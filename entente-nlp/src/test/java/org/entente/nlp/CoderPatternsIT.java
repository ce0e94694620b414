package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.core.Assertion;
import org.entente.core.Modality;
import org.entente.core.RelationKind;
import org.entente.core.Sign;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Patterns the coder learned from the evaluation set's systematic misses, on sentences of their own. */
@Tag("model")
class CoderPatternsIT {

    @Test
    void adjectivalSubject_actsForItsState() {
        assertThat(Extracted.assertions("In March 2020 Turkish drones struck Syrian positions near Idlib."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("TUR");
                    assertThat(a.targets()).containsExactly("SYR");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }

    @Test
    void protestersOfANation_areNotItsState() {
        assertThat(Extracted.assertions("Greek protesters clashed with Turkish border guards in 2020."))
                .noneSatisfy(a -> assertThat(a.sources()).contains("GRC"));
    }

    @Test
    void refusingToSupport_isNegated() {
        assertThat(Extracted.assertions("Portugal refused to support Morocco at the summit."))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.modality()).isEqualTo(Modality.NEGATED));
    }

    @Test
    void fightingForAState_doesNotMakeItTheEnemy() {
        assertThat(Extracted.assertions("Belarus sent soldiers to fight for Russia."))
                .noneSatisfy(a -> {
                    assertThat(a.targets()).contains("RUS");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }

    @Test
    void suspendingPartOfTheAid_reducesRelations_andIsNoAid() {
        List<Assertion> found = Extracted.assertions("In 2019 Canada suspended part of its aid to Tanzania.");

        assertThat(found).extracting(Assertion::kind).containsExactly(RelationKind.REDUCE_RELATIONS);
        assertThat(found.get(0).targets()).containsExactly("TZA");
    }

    @Test
    void tiesThatSoured_areNoPositiveTie() {
        assertThat(Extracted.assertions("Ties between Peru and Mexico soured in 2022."))
                .noneSatisfy(a -> assertThat(a.sign()).isEqualTo(Sign.POSITIVE));
    }

    @Test
    void leavingAnOrganisation_reducesRelations_butLeavingForACapitalDoesNot() {
        assertThat(Extracted.assertions("Qatar left OPEC in January 2019."))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.sources()).containsExactly("QAT");
                    assertThat(a.targets()).containsExactly("opec");
                    assertThat(a.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
                });
        assertThat(Extracted.assertions("Nikol Pashinyan left for Moscow on Friday."))
                .isEmpty();
    }

    @Test
    void declaringIndependenceFromAState_isABreakWithIt() {
        assertThat(Extracted.assertions("South Sudan declared its independence from Sudan in July 2011."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("SSD");
                    assertThat(a.targets()).containsExactly("SDN");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }
}
