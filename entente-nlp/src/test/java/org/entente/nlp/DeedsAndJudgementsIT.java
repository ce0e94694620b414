package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.core.Modality;
import org.entente.core.RelationKind;
import org.entente.core.Sign;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The second recall pass (issue 4): force at sea, judgements of a deed named in a relative clause or
 * by a noun pointing back to it, appositive roles, naming that is no call; each on sentences of our
 * own, with what must not follow.
 */
@Tag("model")
class DeedsAndJudgementsIT {

    @Test
    void waterCannonFiredAtAShip_isCoercionOfTheShipsState() {
        assertThat(Extracted.assertions(
                        "In March 2022 an Iranian patrol boat fired a water cannon at a Kuwaiti fishing vessel."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("IRN");
                    assertThat(a.targets()).containsExactly("KWT");
                    assertThat(a.kind()).isEqualTo(RelationKind.COERCE);
                });
        assertThat(Extracted.assertions("The crew fired a flare at dawn.")).isEmpty();
    }

    @Test
    void collidingWithAnothersShip_isCoercion() {
        assertThat(Extracted.assertions("In 2023 a Russian frigate collided with a Norwegian trawler."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("RUS");
                    assertThat(a.targets()).containsExactly("NOR");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }

    @Test
    void whichCalledAProvocation_judgesTheDoerNotTheOwnerOfThePlace() {
        assertThat(Extracted.assertions(
                        "Turkey sent a drilling ship into Cypriot waters in 2019, which Athens called a provocation."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("GRC");
                    assertThat(a.targets()).containsExactly("TUR");
                    assertThat(a.kind()).isEqualTo(RelationKind.DISAPPROVE);
                })
                .noneSatisfy(a -> assertThat(a.targets()).contains("CYP"));
    }

    @Test
    void whichCondemned_reachesTheSubjectAboveASubjectlessClause() {
        assertThat(Extracted.assertions(
                        "Azerbaijan's parliament approved a decree in 2023 renaming the border villages, which"
                                + " Yerevan condemned as a violation of the truce."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("ARM");
                    assertThat(a.targets()).containsExactly("AZE");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }

    @Test
    void theDecisionInTheNextSentence_standsForItsDoer() {
        assertThat(Extracted.assertions(
                        "In August 2021 Algeria cut diplomatic ties with Morocco. Rabat called the decision"
                                + " unjustified."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("MAR");
                    assertThat(a.targets()).containsExactly("DZA");
                    assertThat(a.kind()).isEqualTo(RelationKind.DISAPPROVE);
                });
    }

    @Test
    void theActionCondemned_isTheLastDeedsDoer_onlyWithinReach() {
        assertThat(Extracted.assertions(
                        "In June 2020 Chinese troops attacked Indian soldiers in the Galwan valley. Washington"
                                + " condemned the action."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("USA");
                    assertThat(a.targets()).containsExactly("CHN");
                });
        assertThat(Extracted.assertions(
                        "In June 2020 Chinese troops attacked Indian soldiers in the Galwan valley.",
                        "The monsoon came late that year.",
                        "Much later, Washington condemned the action."))
                .noneSatisfy(a -> assertThat(a.sources()).containsExactly("USA"));
    }

    @Test
    void appositiveCreditors_areTheirDebtorsCreditors_asTheAuthorSaysIt() {
        assertThat(Extracted.assertions(
                        "Saudi Arabia and the United Arab Emirates, Egypt's main creditors, pledged new deposits"
                                + " in 2023."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).contains("SAU", "ARE");
                    assertThat(a.targets()).containsExactly("EGY");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                    assertThat(a.modality()).isEqualTo(Modality.ASSERTED);
                });
    }

    @Test
    void callingAPlaceByAName_isNoCall() {
        assertThat(Extracted.assertions(
                        "Azerbaijani forces took Shusha in November 2020, a town which Armenians call Shushi."))
                .noneSatisfy(a -> assertThat(a.kind()).isEqualTo(RelationKind.CONSULT));
    }

    @Test
    void givingAStateAccessToBases_isMaterialCooperation() {
        assertThat(Extracted.assertions("In 2014 Australia gave the United States access to a base in Darwin."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("AUS");
                    assertThat(a.targets()).containsExactly("USA");
                    assertThat(a.kind()).isEqualTo(RelationKind.MATERIAL_COOPERATION);
                });
    }

    @Test
    void supportFromAlliesIncludingStates_isEachStatesSupportOfTheFighter() {
        assertThat(Extracted.assertions(
                        "Ukraine fought on with support from allies including Australia and the Netherlands."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactlyInAnyOrder("AUS", "NLD");
                    assertThat(a.targets()).containsExactly("UKR");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                })
                .noneSatisfy(a -> assertThat(a.sources()).containsExactly("UKR"));
    }

    @Test
    void receivedFrom_isTheGiversAid_receivingAVisitorStaysAVisit() {
        assertThat(Extracted.assertions("In 2021 Armenia received drones from Iran."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("IRN");
                    assertThat(a.targets()).containsExactly("ARM");
                    assertThat(a.kind()).isEqualTo(RelationKind.AID);
                });
        assertThat(Extracted.assertions("Vietnam received the Chinese premier in Hanoi in 2023."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("VNM");
                    assertThat(a.kind()).isEqualTo(RelationKind.CONSULT);
                });
    }

    @Test
    void theGroupAndTheGeneral_standForTheArmedGroupAndCommanderNamedBefore() {
        assertThat(Extracted.assertions(
                        "Hezbollah fired rockets into northern Israel in October 2023. Iran praised the group"
                                + " within hours."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("IRN");
                    assertThat(a.targets()).containsExactly("hezbollah");
                });
        assertThat(Extracted.assertions(
                        "Khalifa Haftar launched an offensive on Tripoli in April 2019. Egypt backed the general"
                                + " throughout."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("EGY");
                    assertThat(a.targets()).containsExactly("khalifa-haftar");
                });
    }

    @Test
    void verbsOfTheCameoClassesTheLexiconLacked_codeTheirKinds() {
        assertThat(Extracted.assertions("In 2016 the United States lifted sanctions on Iran."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("USA");
                    assertThat(a.targets()).containsExactly("IRN");
                    assertThat(a.kind()).isEqualTo(RelationKind.YIELD);
                });
        assertThat(Extracted.assertions("In 2022 Germany provided Ukraine with air defence systems."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("DEU");
                    assertThat(a.targets()).containsExactly("UKR");
                    assertThat(a.kind()).isEqualTo(RelationKind.AID);
                });
        assertThat(Extracted.assertions("The ministry provided details of the plan in 2022."))
                .isEmpty();
    }

    @Test
    void condemningAStrikeOnACity_judgesTheStriker_notTheCityStruck() {
        assertThat(Extracted.assertions("Egypt and Jordan condemned the Israeli strike on Doha in 2025."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).contains("EGY", "JOR");
                    assertThat(a.targets()).containsExactly("ISR");
                })
                .noneSatisfy(a -> assertThat(a.targets()).contains("QAT"));
        assertThat(Extracted.assertions("India criticised the sanctions on Russia in 2022."))
                .noneSatisfy(a -> assertThat(a.sign()).isEqualTo(Sign.NEGATIVE));
    }

    @Test
    void houthiAsAnAdjective_isTheHouthis() {
        assertThat(Extracted.assertions("In January 2024 the Saudi-led coalition struck Houthi positions near Sanaa."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("SAU");
                    assertThat(a.targets()).containsExactly("houthis");
                });
    }
}
