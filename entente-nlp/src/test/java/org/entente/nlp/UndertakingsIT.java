package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.core.Modality;
import org.entente.core.RelationKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The third recall pass (issue 4): threats and offers (a deed an actor says it will do), the other
 * side of a noun reached through its verb, a noun's owner through a participle, mediation by carrying
 * messages; each on sentences of our own, with what must not follow.
 */
@Tag("model")
class UndertakingsIT {

    @Test
    void vowingToRetaliate_isAThreatMadeNow() {
        assertThat(Extracted.assertions("In January 2020 Tehran vowed to retaliate against American forces in Iraq."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("IRN");
                    assertThat(a.targets()).containsExactly("USA");
                    assertThat(a.kind()).isEqualTo(RelationKind.THREATEN);
                    assertThat(a.modality()).isEqualTo(Modality.ASSERTED);
                });
    }

    @Test
    void threatenedToBomb_isAnAssertedThreat_notAHypotheticalBombing() {
        assertThat(Extracted.assertions("In 2018 Ankara threatened to bomb Syrian army positions near Afrin."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("TUR");
                    assertThat(a.targets()).containsExactly("SYR");
                    assertThat(a.kind()).isEqualTo(RelationKind.THREATEN);
                    assertThat(a.modality()).isEqualTo(Modality.ASSERTED);
                })
                .noneSatisfy(a -> assertThat(a.kind()).isEqualTo(RelationKind.FIGHT));
    }

    @Test
    void saidItWouldStrikeShipsTiedToACountry_threatensThatCountry() {
        assertThat(Extracted.assertions("The Houthis said they would strike any tanker linked to Israel."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("houthis");
                    assertThat(a.targets()).containsExactly("ISR");
                    assertThat(a.kind()).isEqualTo(RelationKind.THREATEN);
                    assertThat(a.modality()).isEqualTo(Modality.ASSERTED);
                });
    }

    @Test
    void warningThatItsTroopsCouldEnter_isAThreatByTheOwnerOfTheTroops() {
        assertThat(Extracted.assertions("Cairo warned that its army could enter Sudan."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("EGY");
                    assertThat(a.targets()).containsExactly("SDN");
                    assertThat(a.kind()).isEqualTo(RelationKind.THREATEN);
                });
    }

    @Test
    void aLeaderWarningThatHisStatesTroopsCouldEnter_isHisStatesThreat() {
        assertThat(Extracted.assertions(
                        "In 2016 President Recep Tayyip Erdogan warned that Turkish troops could" + " enter Iraq."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("TUR");
                    assertThat(a.targets()).containsExactly("IRQ");
                    assertThat(a.kind()).isEqualTo(RelationKind.THREATEN);
                });
    }

    @Test
    void aWarningBySomeoneElse_isNoThreatByTheParties() {
        assertThat(Extracted.assertions("Diplomats warned that the crisis could drag Serbia and Kosovo into war."))
                .noneSatisfy(a -> assertThat(a.kind()).isEqualTo(RelationKind.THREATEN))
                .allSatisfy(a -> assertThat(a.modality()).isEqualTo(Modality.HYPOTHETICAL));
    }

    @Test
    void sayingItWouldNotAttack_isNoThreat() {
        assertThat(Extracted.assertions("Moscow said it would not attack Finland."))
                .noneSatisfy(a -> assertThat(a.kind()).isEqualTo(RelationKind.THREATEN));
    }

    @Test
    void offeringToCarryMessages_isAnIntentToCooperateWithBothParties() {
        assertThat(Extracted.assertions("In 2019 Qatar offered to carry messages between Washington and Tehran."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("QAT");
                    assertThat(a.targets()).containsExactlyInAnyOrder("USA", "IRN");
                    assertThat(a.kind()).isEqualTo(RelationKind.INTENT_TO_COOPERATE);
                    assertThat(a.modality()).isEqualTo(Modality.ASSERTED);
                });
    }

    @Test
    void carryingMessagesBetweenTwoCapitals_isMediation() {
        assertThat(Extracted.assertions("In 2014 Canada carried messages between Washington and Havana."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("CAN");
                    assertThat(a.targets()).containsExactlyInAnyOrder("USA", "CUB");
                    assertThat(a.kind()).isEqualTo(RelationKind.MEDIATE);
                });
    }

    @Test
    void aidSentToACountry_reachesItThroughTheVerb() {
        assertThat(Extracted.assertions("In 2022 Japan sent humanitarian aid to Pakistan after the floods."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("JPN");
                    assertThat(a.targets()).containsExactly("PAK");
                    assertThat(a.kind()).isEqualTo(RelationKind.AID);
                });
    }

    @Test
    void enteringAWarOnAnothersSide_isNoWarWithIt() {
        assertThat(Extracted.assertions("In 1950 China entered the war on the side of North Korea."))
                .noneSatisfy(a -> {
                    assertThat(a.targets()).contains("PRK");
                    assertThat(a.sign()).isEqualTo(org.entente.core.Sign.NEGATIVE);
                });
    }

    @Test
    void praiseConcededAfterADenial_isNotDenied() {
        assertThat(Extracted.assertions(
                        "Damascus denies arming the militias, although Syrian officials praise Hezbollah."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("SYR");
                    assertThat(a.targets()).containsExactly("hezbollah");
                    assertThat(a.modality()).isEqualTo(Modality.ASSERTED);
                });
    }

    @Test
    void anOperationTheSubjectLaunched_isItsOwn_notTheLastDeedsDoers() {
        assertThat(Extracted.assertions("In 2024 Iran fired missiles at Israel. The same month the United States"
                        + " launched the operation with Britain."))
                .noneSatisfy(a -> {
                    assertThat(a.sources()).contains("IRN");
                    assertThat(a.targets()).contains("GBR");
                });
    }

    @Test
    void bothLeadersAndThem_standForTheTwoLeadersWhoLastMet() {
        assertThat(Extracted.assertions(
                        "In May 2023 Nikol Pashinyan met Ilham Aliyev in Brussels. Qatar received both leaders a"
                                + " month later, and Germany hosted them in Munich."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("QAT");
                    assertThat(a.targets()).containsExactlyInAnyOrder("ARM", "AZE");
                })
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("DEU");
                    assertThat(a.targets()).containsExactlyInAnyOrder("ARM", "AZE");
                });
        // Without a meeting of two leaders before, "them" stands for nobody.
        assertThat(Extracted.assertions("Germany hosted them in Munich.")).isEmpty();
    }

    @Test
    void blockingAProposalBySomeStates_rejectsThoseStates() {
        assertThat(Extracted.assertions("In 2017 Russia blocked a proposal by Britain and France at the council."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("RUS");
                    assertThat(a.targets()).containsExactlyInAnyOrder("GBR", "FRA");
                    assertThat(a.kind()).isEqualTo(RelationKind.REJECT);
                });
    }

    @Test
    void whatARelativeClauseSaysWasImposedOrGranted_namesTheOtherSide() {
        assertThat(Extracted.assertions("In 2016 the European Union lifted the sanctions it had imposed on Belarus."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("eu");
                    assertThat(a.targets()).containsExactly("BLR");
                    assertThat(a.sign()).isEqualTo(org.entente.core.Sign.POSITIVE);
                });
        assertThat(Extracted.assertions("In 2019 Washington withdrew the trade status it had granted Turkey."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("USA");
                    assertThat(a.targets()).containsExactly("TUR");
                    assertThat(a.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
                });
    }

    @Test
    void recallingACommissionerFromACapital_reducesRelationsWithItsState() {
        assertThat(Extracted.assertions("In 2023 Ottawa recalled its high commissioner from New Delhi."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("CAN");
                    assertThat(a.targets()).containsExactly("IND");
                    assertThat(a.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
                });
    }

    @Test
    void relationsThatBrokeDown_areAWorseTie_withTheFederalGovernmentResolved() {
        assertThat(Extracted.assertions(
                        "In 2019 Somalia accused Jubaland of defying its authority. Relations between Jubaland's"
                                + " leaders and the federal government broke down in 2020.",
                        "The bond between Kenya and Tanzania has cooled."))
                .anySatisfy(a -> {
                    assertThat(List.of(a.sources().get(0), a.targets().get(0))).containsExactlyInAnyOrder("KEN", "TZA");
                    assertThat(a.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
                })
                .noneSatisfy(a -> assertThat(a.sign()).isEqualTo(org.entente.core.Sign.POSITIVE));
    }

    @Test
    void bombingAPortAnotherHolds_hitsTheHolder() {
        assertThat(Extracted.assertions(
                        "Israeli jets bombed fuel tanks at the Houthi-held port of Hodeidah in July 2024."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("ISR");
                    assertThat(a.targets()).containsExactly("houthis");
                    assertThat(a.kind()).isEqualTo(RelationKind.FIGHT);
                });
        assertThat(Extracted.assertions("Israeli jets bombed fuel tanks at the port of Hodeidah in July 2024."))
                .isEmpty();
    }

    @Test
    void exchangingFire_isFightingBetweenBoth() {
        assertThat(Extracted.assertions("In 2021 Kyrgyzstan and Tajikistan exchanged fire on their border."))
                .anySatisfy(
                        a -> assertThat(List.of(a.sources().get(0), a.targets().get(0)))
                                .containsExactlyInAnyOrder("KGZ", "TJK"));
    }

    @Test
    void guestsHostedTogether_meetEachOther() {
        assertThat(Extracted.assertions("In 2018 Riyadh hosted Abiy Ahmed and Isaias Afwerki in Jeddah."))
                .anySatisfy(
                        a -> assertThat(List.of(a.sources().get(0), a.targets().get(0)))
                                .containsExactlyInAnyOrder("abiy-ahmed", "isaias-afwerki"));
        assertThat(Extracted.assertions("In 2018 Riyadh hosted Abiy Ahmed in Jeddah."))
                .singleElement()
                .satisfies(a -> assertThat(a.sources()).containsExactly("SAU"));
    }

    @Test
    void aListOfSignatoriesAfterAYear_keepsItsFirstMember() {
        assertThat(Extracted.assertions("In 2023 Mali, Burkina Faso and Niger signed a mutual defence pact."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("BFA");
                    assertThat(a.targets()).contains("MLI");
                })
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("NER");
                    assertThat(a.targets()).contains("MLI");
                });
    }

    @Test
    void demandingThatAnotherDoSomething_isADemandOfIt_alsoThroughAResolution() {
        assertThat(Extracted.assertions("In 2021 the African Union demanded that Eritrea withdraw its troops."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("african-union");
                    assertThat(a.targets()).containsExactly("ERI");
                    assertThat(a.kind()).isEqualTo(RelationKind.DEMAND);
                });
        assertThat(Extracted.assertions("In 2016 the Security Council passed a resolution demanding that Israel"
                        + " stop building settlements."))
                .anySatisfy(a -> {
                    assertThat(a.sources()).containsExactly("unsc");
                    assertThat(a.targets()).containsExactly("ISR");
                });
        assertThat(Extracted.assertions("In 2021 the African Union said that Eritrea had withdrawn its troops."))
                .noneSatisfy(a -> assertThat(a.kind()).isEqualTo(RelationKind.DEMAND));
    }
}
