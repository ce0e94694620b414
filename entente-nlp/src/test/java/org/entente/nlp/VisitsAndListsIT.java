package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.core.Assertion;
import org.entente.core.Modality;
import org.entente.core.RelationKind;
import org.entente.core.Sign;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fourth recall pass (issue 4): capitals visited stand for their governments, meetings called
 * off are a cooling, a shared subject reaches every coordinated verb, a verb tagged as a noun is
 * still a verb; each on sentences of our own, with what must not follow.
 */
@Tag("model")
class VisitsAndListsIT {

    @Test
    void visitingACapital_isAVisitToItsGovernment() {
        assertThat(Extracted.assertions("In May 2019 the Japanese prime minister visited Tehran."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("JPN");
                    assertThat(a.targets()).containsExactly("IRN");
                    assertThat(a.kind()).isEqualTo(RelationKind.CONSULT);
                });
    }

    @Test
    void troopsMovingToACity_doNotMakeItAParty() {
        assertThat(Extracted.assertions("Russian troops moved to Kyiv in February 2022 and fought Ukraine's army."))
                .allSatisfy(a -> assertThat(a.targets()).containsExactly("UKR"));
    }

    @Test
    void anEmbassyInACapital_belongsToTheTieWithItsState() {
        assertThat(Extracted.assertions("Bahrain reopened its embassy in Doha in 2023."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("BHR");
                    assertThat(a.targets()).containsExactly("QAT");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                });
    }

    @Test
    void callingOffATrip_coolsTheTie_itIsNoMeeting() {
        assertThat(Extracted.assertions("In 2019 the Danish prime minister called off a trip to Washington."))
                .anySatisfy(a -> {
                    assertThat(a.targets()).containsExactly("USA");
                    assertThat(a.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
                })
                .noneSatisfy(a -> assertThat(a.sign()).isEqualTo(Sign.POSITIVE));
    }

    @Test
    void cancellingAMeetingWithACounterpart_isNoMeeting() {
        assertThat(Extracted.assertions("In 2021 Beijing cancelled a meeting with the Lithuanian foreign minister."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("CHN");
                    assertThat(a.targets()).containsExactly("LTU");
                    assertThat(a.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
                })
                .noneSatisfy(a -> assertThat(a.kind()).isEqualTo(RelationKind.CONSULT));
    }

    @Test
    void lodgingAProtestWithAState_disapprovesOfIt() {
        assertThat(Extracted.assertions("Seoul lodged a formal protest with Tokyo over the textbooks."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("KOR");
                    assertThat(a.targets()).containsExactly("JPN");
                    assertThat(a.kind()).isEqualTo(RelationKind.DISAPPROVE);
                });
    }

    @Test
    void bringingTwoPartiesTogether_isMediation() {
        assertThat(Extracted.assertions("In 2018 Saudi Arabia brought Ethiopia and Eritrea together in Jeddah."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("SAU");
                    assertThat(a.targets()).containsExactlyInAnyOrder("ETH", "ERI");
                    assertThat(a.kind()).isEqualTo(RelationKind.MEDIATE);
                });
    }

    @Test
    void aSubjectListSharedByTwoVerbs_actsInBoth() {
        assertThat(Extracted.assertions("Egypt, Bahrain and the Emirates backed Riyadh and cut their ties with Qatar."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactlyInAnyOrder("EGY", "BHR", "ARE");
                    assertThat(a.targets()).containsExactly("QAT");
                    assertThat(a.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
                });
    }

    @Test
    void aVerbTaggedAsAPluralNoun_isStillAVerb() {
        assertThat(Extracted.assertions("Iran still arms and funds Hezbollah and Hamas."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("IRN");
                    assertThat(a.targets()).contains("hezbollah", "hamas");
                    assertThat(a.kind()).isEqualTo(RelationKind.AID);
                });
    }

    @Test
    void welcomingTheAgreement_welcomesItsParties_asDoOthersListedAfter() {
        assertThat(Extracted.assertions(
                        "In 2020 Israel and Bahrain signed an agreement to normalise relations.",
                        "Egypt welcomed the agreement, as did Jordan and Oman."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactlyInAnyOrder("EGY", "JOR", "OMN");
                    assertThat(a.targets()).containsExactlyInAnyOrder("ISR", "BHR");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                });
    }

    @Test
    void anAccordOnlyTalkedOf_tiesNobodyAgain() {
        assertThat(Extracted.assertions(
                        "In 2020 Israel and Bahrain signed an agreement to normalise relations.",
                        "The agreement has held since then."))
                .filteredOn(a -> a.evidence().sentence() == 1)
                .isEmpty();
    }

    @Test
    void aDealBrokeredByAThirdState_isItsMediationBetweenThoseWhoAgreed() {
        assertThat(
                        Extracted.assertions(
                                "Ethiopia and Kenya agreed in 2022 to reopen their border, in a deal brokered by the African Union."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("african-union");
                    assertThat(a.targets()).containsExactlyInAnyOrder("ETH", "KEN");
                    assertThat(a.kind()).isEqualTo(RelationKind.MEDIATE);
                });
    }

    @Test
    void anAmbassadorSentBackToACapital_goesToItsGovernment() {
        assertThat(Extracted.assertions("In 2021 Qatar sent its ambassador back to Cairo."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("QAT");
                    assertThat(a.targets()).containsExactly("EGY");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                });
    }

    @Test
    void itAfterASentenceNamingOneState_isThatState() {
        assertThat(Extracted.assertions(
                        "What came next showed how Russia retaliates. It halted imports of Moldovan wine in 2013."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("RUS");
                    assertThat(a.targets()).containsExactly("MDA");
                    assertThat(a.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
                });
    }

    @Test
    void exercisesCalledAnEscalation_judgeWhoeverAnnouncedThem() {
        assertThat(Extracted.assertions(
                        "In 2023 the People's Liberation Army announced exercises around Taiwan. Tokyo called the"
                                + " exercises a dangerous escalation."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("JPN");
                    assertThat(a.targets()).containsExactly("CHN");
                    assertThat(a.kind()).isEqualTo(RelationKind.DISAPPROVE);
                })
                .noneSatisfy(a -> assertThat(a.kind()).isEqualTo(RelationKind.CONSULT));
    }

    @Test
    void firingIntoTheWatersOffAState_isForceAgainstIt() {
        assertThat(Extracted.assertions("In 1996 China fired missiles into the waters off Taiwan."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("CHN");
                    assertThat(a.targets()).containsExactly("TWN");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }

    @Test
    void theArmy_isTheStateWhoseArmyWasNamed() {
        assertThat(Extracted.assertions(
                        "Clashes began in 2022 between the Ethiopian army and Tigrayan fighters.",
                        "In 2021 Iran reportedly sold armed drones to the army."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("IRN");
                    assertThat(a.targets()).containsExactly("ETH");
                    assertThat(a.kind()).isEqualTo(RelationKind.AID);
                });
    }

    @Test
    void theRebels_areTheArmedGroupTheTextIsAbout() {
        assertThat(Extracted.assertions(
                        "The M23 took Goma in January 2025.", "In 2022 Kinshasa accused Kigali of arming the rebels."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("RWA");
                    assertThat(a.targets()).containsExactly("m23");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                });
    }

    @Test
    void aNameTwoStatesShare_isTheOneTheDocumentNamed() {
        assertThat(Extracted.assertions(
                        "Kinshasa broke off relations with Kigali in January 2025.",
                        "Burundi backed the Congolese army in 2023."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("BDI");
                    assertThat(a.targets()).containsExactly("COD");
                });
        assertThat(Extracted.assertions(
                        "Brazzaville hosted a summit in 2019.", "In 2020 Angola signed a trade deal with Congo."))
                .anySatisfy(a -> assertThat(a.targets()).containsExactly("COG"));
        assertThat(Extracted.assertions("In 2020 Angola signed a trade deal with Congo."))
                .allSatisfy(a -> assertThat(a.targets()).doesNotContain("COD", "COG"));
    }

    @Test
    void fightingAlongsideAnArmy_alliesWithItsState_andTheArmyFightsToo() {
        assertThat(Extracted.assertions("In 2021 Rwandan troops fought the insurgents alongside the Mozambican army."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("RWA");
                    assertThat(a.targets()).containsExactly("MOZ");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                })
                .noneSatisfy(a -> {
                    assertThat(a.targets()).contains("MOZ");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }

    @Test
    void followingAStatesLead_sidesWithIt() {
        assertThat(Extracted.assertions("In 2017 Egypt followed the Saudi lead and cut ties with Qatar."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("EGY");
                    assertThat(a.targets()).containsExactly("SAU");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                });
    }

    @Test
    void fightingForAStateOrItsCoalition_sidesWithIt_fightingForAPlaceDoesNot() {
        assertThat(Extracted.assertions("Sudanese fighters fought for the Saudi-led coalition in Yemen."))
                .anySatisfy(a -> {
                    assertThat(a.targets()).containsExactly("SAU");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                });
        assertThat(Extracted.assertions("Russian troops fought for control of the Ukrainian city in 2022."))
                .noneSatisfy(a -> assertThat(a.sign()).isEqualTo(Sign.POSITIVE));
    }

    @Test
    void bothSidesAndEitherSide_areTheTwoWhoLastFought() {
        List<Assertion> found = Extracted.assertions(
                "Ethiopian troops fought the Tigray People's Liberation Front in 2021. In 2022 the African Union"
                        + " urged both sides to stop. Eritrea denied arming either side.");
        assertThat(found)
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("african-union");
                    assertThat(a.targets()).containsExactlyInAnyOrder("ETH", "tplf");
                })
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("ERI");
                    assertThat(a.targets()).containsExactlyInAnyOrder("ETH", "tplf");
                    assertThat(a.modality()).isEqualTo(Modality.NEGATED);
                });
    }

    @Test
    void rocketsFiredAtACapital_hitItsState() {
        assertThat(Extracted.assertions("In 2020 Tigrayan forces fired rockets at Asmara."))
                .anySatisfy(a -> {
                    assertThat(a.targets()).containsExactly("ERI");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }

    @Test
    void endingHostilityWithAState_isAPositiveTie() {
        assertThat(Extracted.assertions("In 2018 Ethiopia ended its hostility with Eritrea."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("ETH");
                    assertThat(a.targets()).containsExactly("ERI");
                    assertThat(a.sign()).isEqualTo(Sign.POSITIVE);
                });
    }

    @Test
    void anOffensiveOrderedAgainstTheFront_isHostileToTheArmedGroup() {
        assertThat(Extracted.assertions(
                        "The Tigray People's Liberation Front ruled for decades. In 2020 Abiy ordered an offensive"
                                + " against the front."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("abiy-ahmed");
                    assertThat(a.targets()).containsExactly("tplf");
                    assertThat(a.sign()).isEqualTo(Sign.NEGATIVE);
                });
    }

    @Test
    void receivedInACapital_isHostedByItsGovernment() {
        assertThat(Extracted.assertions("The Turkish foreign minister was received in Cairo in 2023."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("EGY");
                    assertThat(a.targets()).containsExactly("TUR");
                    assertThat(a.kind()).isEqualTo(RelationKind.CONSULT);
                });
    }

    @Test
    void talksHostedByAThirdState_meetItsGuestsAndTheGuestsEachOther() {
        List<Assertion> found = Extracted.assertions(
                "In 2023 the Greek foreign minister and the Turkish foreign minister spent a day in talks hosted"
                        + " by Qatar.");
        assertThat(found).anySatisfy(a -> {
            assertThat(a.sources()).containsExactly("QAT");
            assertThat(a.targets()).containsExactlyInAnyOrder("GRC", "TUR");
        });
        assertThat(found).anySatisfy(a -> assertThat(
                        List.of(a.sources().get(0), a.targets().get(0)))
                .containsExactlyInAnyOrder("GRC", "TUR"));
    }
}
