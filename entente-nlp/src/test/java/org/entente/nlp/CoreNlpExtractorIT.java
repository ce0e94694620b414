package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.entente.core.Actor;
import org.entente.core.Assertion;
import org.entente.core.BlockKind;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Extraction;
import org.entente.core.Footnote;
import org.entente.core.Modality;
import org.entente.core.PartialDate;
import org.entente.core.Precision;
import org.entente.core.RelationKind;
import org.entente.core.Sign;
import org.entente.core.Speaker;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("model")
class CoreNlpExtractorIT {

    private static Assertion only(String... paragraphs) {
        List<Assertion> assertions = Extracted.assertions(paragraphs);
        assertThat(assertions).as("assertions of %s", List.of(paragraphs)).hasSize(1);
        return assertions.get(0);
    }

    private static List<Assertion> factual(String... paragraphs) {
        return Extracted.assertions(paragraphs).stream()
                .filter(a -> a.modality().isFactual())
                .toList();
    }

    @Test
    void supplyToRecipient_isAid_datedToTheMonthInTheText() {
        Assertion aid = only("Turkey supplied drones to Azerbaijan in October 2020.");

        assertThat(aid.sources()).containsExactly("TUR");
        assertThat(aid.targets()).containsExactly("AZE");
        assertThat(aid.kind()).isEqualTo(RelationKind.AID);
        assertThat(aid.sign()).isEqualTo(Sign.POSITIVE);
        assertThat(aid.intensity()).isEqualTo(RelationKind.AID.defaultIntensity());
        assertThat(aid.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(aid.speaker()).isEqualTo(Speaker.author());
        assertThat(aid.time()).isEqualTo(TimeSpan.of(PartialDate.month(2020, 10), TimeBasis.TEXT));
    }

    @Test
    void coordinatedSubjectsOfAWar_giveOneNegativeFightTie_overARangeOfYears() {
        Assertion war = only("Azerbaijan and Armenia fought a long war over the enclave in 1988-94.");

        assertThat(war.sources()).containsExactly("AZE");
        assertThat(war.targets()).containsExactly("ARM");
        assertThat(war.kind()).isEqualTo(RelationKind.FIGHT);
        assertThat(war.sign()).isEqualTo(Sign.NEGATIVE);
        assertThat(war.time().precision()).isEqualTo(Precision.RANGE);
        assertThat(war.time().toString()).isEqualTo("1988-01-01/1994-12-31");
    }

    @Test
    void brokeredCeasefireBetweenTwoStates_isThreePartyMediation() {
        Assertion mediation = only("Russia brokered a ceasefire between Armenia and Azerbaijan on November 10, 2020.");

        assertThat(mediation.kind()).isEqualTo(RelationKind.MEDIATE);
        assertThat(mediation.sources()).containsExactly("RUS");
        assertThat(mediation.targets()).containsExactly("ARM", "AZE");
        assertThat(mediation.time()).isEqualTo(TimeSpan.of(PartialDate.day(2020, 11, 10), TimeBasis.TEXT));
    }

    @Test
    void hyphenatedBrokers_areBothMediators_andTheWarBetweenIsCodedToo() {
        List<Assertion> found = Extracted.assertions(
                "The Russian-Turkish-brokered truce ended the war between Azerbaijan and Armenia.");

        assertThat(found)
                .anySatisfy(a -> {
                    assertThat(a.kind()).isEqualTo(RelationKind.MEDIATE);
                    assertThat(a.sources()).containsExactly("RUS", "TUR");
                    assertThat(a.targets()).containsExactly("AZE", "ARM");
                })
                .anySatisfy(a -> {
                    assertThat(a.kind()).isEqualTo(RelationKind.FIGHT);
                    assertThat(a.sources()).containsExactly("AZE");
                    assertThat(a.targets()).containsExactly("ARM");
                });
    }

    @Test
    void claimReportedByAnOutlet_hasTheOutletAsSpeaker_andIsDatedByItsFootnote() {
        Citation citation =
                Citation.ofOutlet("Fars News Agency", Optional.of("Tehran"), List.of(PartialDate.day(2020, 10, 3)));
        Document document = Texts.document(
                List.of(Texts.block(
                        0, BlockKind.BODY, "Fars News reported that Israel had armed Azerbaijan.[^4] Nobody replied.")),
                List.of(new Footnote(4, "Fars News Agency (Tehran), Oct. 3, 2020.", List.of(citation))));

        Extraction extraction = Extracted.extractor().extract(document);

        assertThat(extraction.sentences()).hasSize(2);
        assertThat(extraction.sentences().get(0).footnotes()).containsExactly(4);
        assertThat(extraction.sentences().get(1).footnotes()).isEmpty();
        assertThat(extraction.assertions()).singleElement().satisfies(a -> {
            assertThat(a.sources()).containsExactly("ISR");
            assertThat(a.targets()).containsExactly("AZE");
            assertThat(a.kind()).isEqualTo(RelationKind.AID);
            assertThat(a.modality()).isEqualTo(Modality.REPORTED);
            assertThat(a.speaker()).isEqualTo(Speaker.actor("fars-news"));
            assertThat(a.time()).isEqualTo(TimeSpan.of(PartialDate.day(2020, 10, 3), TimeBasis.FOOTNOTE));
            assertThat(a.evidence().footnotes()).containsExactly(4);
            assertThat(a.evidence().citations()).containsExactly(citation);
            assertThat(a.evidence().text()).isEqualTo("Fars News reported that Israel had armed Azerbaijan.");
            assertThat(a.evidence().start()).isZero();
            assertThat(a.evidence().sentence()).isZero();
            assertThat(a.id()).isEqualTo(Assertion.idOf(document.id(), 0, a.sources(), a.targets(), a.kind()));
        });
        assertThat(extraction.actors()).extracting(Actor::id).containsExactly("fars-news", "ISR", "AZE");
    }

    @Test
    void outletBlamingAState_isTheOutletsOwnStance() {
        Assertion blame = only("Tasnim blamed Baku for the escalation.");

        assertThat(blame.sources()).containsExactly("tasnim-news");
        assertThat(blame.targets()).containsExactly("AZE");
        assertThat(blame.kind()).isEqualTo(RelationKind.DISAPPROVE);
        assertThat(blame.sign()).isEqualTo(Sign.NEGATIVE);
        assertThat(blame.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void denial_isNegated_andNoFactualTieIsMade() {
        assertThat(factual("Moscow denied that Russian troops attacked Georgia."))
                .isEmpty();
        assertThat(Extracted.assertions("Moscow denied that Russian troops attacked Georgia."))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.modality()).isEqualTo(Modality.NEGATED));
        assertThat(factual("Tehran denied reports of Iranian arms deliveries to Armenia."))
                .isEmpty();
    }

    @Test
    void negatedVerb_isNegated() {
        Assertion none = only("Iran did not send weapons to Armenia.");

        assertThat(none.modality()).isEqualTo(Modality.NEGATED);
        assertThat(none.kind()).isEqualTo(RelationKind.AID);
    }

    @Test
    void modalVerb_isHypothetical_notAFact() {
        Assertion maybe = only("Iran might sell arms to Armenia.");

        assertThat(maybe.modality()).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(maybe.sources()).containsExactly("IRN");
        assertThat(maybe.targets()).containsExactly("ARM");
        assertThat(factual("Iran could arm Armenia if the fighting spreads.")).isEmpty();
    }

    @Test
    void conditionalClause_isHypothetical_evenUnderATurkishLocale() {
        List<Assertion> found = Extracted.assertions("If Turkey attacked Armenia, Russia would intervene.");

        assertThat(found).isNotEmpty().allSatisfy(a -> assertThat(a.modality()).isEqualTo(Modality.HYPOTHETICAL));
    }

    @Test
    void capitalUsedAsAPlace_isNotAnActor() {
        Extraction extraction =
                Extracted.extractor().extract(Texts.body("Armenian and Azerbaijani diplomats met in Moscow."));

        assertThat(extraction.actors()).extracting(Actor::id).containsExactly("ARM", "AZE");
        assertThat(extraction.assertions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(RelationKind.CONSULT);
            assertThat(a.sources()).containsExactly("ARM");
            assertThat(a.targets()).containsExactly("AZE");
        });
    }

    @Test
    void gulf_twoStatesCuttingTiesWithAThird_reduceRelations() {
        Assertion cut = only("Saudi Arabia and the United Arab Emirates cut ties with Qatar in June 2017.");

        assertThat(cut.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
        assertThat(cut.sources()).containsExactly("SAU", "ARE");
        assertThat(cut.targets()).containsExactly("QAT");
        assertThat(cut.time()).isEqualTo(TimeSpan.of(PartialDate.month(2017, 6), TimeBasis.TEXT));
    }

    @Test
    void southAsia_condemnation_isDisapproval_datedToTheDay() {
        Assertion condemned = only("India condemned Pakistan after the bombing in Pulwama on February 14, 2019.");

        assertThat(condemned.sources()).containsExactly("IND");
        assertThat(condemned.targets()).containsExactly("PAK");
        assertThat(condemned.kind()).isEqualTo(RelationKind.DISAPPROVE);
        assertThat(condemned.time()).isEqualTo(TimeSpan.of(PartialDate.day(2019, 2, 14), TimeBasis.TEXT));
        assertThat(condemned.confidence()).isEqualTo(0.9);
    }

    @Test
    void tieInALaterClause_isDatedByThatClausesRelativeDay_andTheFirstClausesTieByItsDate() {
        List<Assertion> ties = factual(
                "Azerbaijan attacked Armenia on 4 March 2021, and Russia condemned Azerbaijan three days later.");

        assertThat(ties)
                .filteredOn(a -> a.sources().contains("AZE"))
                .singleElement()
                .satisfies(
                        a -> assertThat(a.time()).isEqualTo(TimeSpan.of(PartialDate.day(2021, 3, 4), TimeBasis.TEXT)));
        assertThat(ties)
                .filteredOn(a -> a.sources().contains("RUS"))
                .singleElement()
                .satisfies(
                        a -> assertThat(a.time()).isEqualTo(TimeSpan.of(PartialDate.day(2021, 3, 7), TimeBasis.TEXT)));
    }

    @Test
    void pastDeedInAnUndatedParagraph_takesTheMonthBefore_butAPresentStateIsNotDatedByIt() {
        List<Assertion> ties = factual(
                "On 5 May 2018 Oman hosted talks between Iran and Saudi Arabia.",
                "Qatar condemned Israel. Russia supplies India with most of its weapons.");

        assertThat(ties)
                .filteredOn(a -> a.sources().contains("QAT"))
                .singleElement()
                .satisfies(a ->
                        assertThat(a.time()).isEqualTo(TimeSpan.of(PartialDate.month(2018, 5), TimeBasis.CONTEXT)));
        assertThat(ties)
                .filteredOn(a -> a.sources().contains("RUS"))
                .singleElement()
                .satisfies(a -> assertThat(a.time()).isEqualTo(TimeSpan.unknown()));
    }

    @Test
    void africa_organisationMediatingBetweenStates_isMediation() {
        Assertion mediation = only("The African Union mediated between Ethiopia and Sudan.");

        assertThat(mediation.sources()).containsExactly("african-union");
        assertThat(mediation.targets()).containsExactly("ETH", "SDN");
        assertThat(mediation.time()).isEqualTo(TimeSpan.unknown());
    }

    @Test
    void europe_passiveInvasion_takesTheAgentAsSource() {
        Assertion invasion = only("Ukraine was invaded by Russia on February 24, 2022.");

        assertThat(invasion.sources()).containsExactly("RUS");
        assertThat(invasion.targets()).containsExactly("UKR");
        assertThat(invasion.kind()).isEqualTo(RelationKind.FIGHT);
    }

    @Test
    void adjectivalDyads_giveTiesBetweenTheTwoStates() {
        Assertion trade = only("Iranian-Armenian trade grew steadily.");
        Assertion ties = only("U.S.-Azeri ties intensified.");

        assertThat(trade.sources()).containsExactly("IRN");
        assertThat(trade.targets()).containsExactly("ARM");
        assertThat(trade.kind()).isEqualTo(RelationKind.MATERIAL_COOPERATION);
        assertThat(ties.sources()).containsExactly("USA");
        assertThat(ties.targets()).containsExactly("AZE");
        assertThat(ties.sign()).isEqualTo(Sign.POSITIVE);
    }

    @Test
    void sharedFaithAndCulture_isAffinity_notAlsoCooperation() {
        Assertion affinity = only("Azeris and Iranians share religious and cultural ties.");

        assertThat(affinity.kind()).isEqualTo(RelationKind.AFFINITY);
        assertThat(affinity.sources()).containsExactly("AZE");
        assertThat(affinity.targets()).containsExactly("IRN");
    }

    @Test
    void monthAndDay_takeTheNarrativeYear_fromAnEarlierParagraph() {
        Assertion accusation = only(
                "The fighting over the enclave resumed in 2020.",
                "On September 30, Armenia accused Azerbaijan of shelling villages.");

        assertThat(accusation.sources()).containsExactly("ARM");
        assertThat(accusation.targets()).containsExactly("AZE");
        assertThat(accusation.time()).isEqualTo(TimeSpan.of(PartialDate.day(2020, 9, 30), TimeBasis.TEXT));
        assertThat(accusation.evidence().block()).isEqualTo(1);
        assertThat(accusation.evidence().sentence()).isEqualTo(1);
    }

    @Test
    void undatedSentence_takesTheYearOfItsParagraph() {
        Assertion training = only("The guerrilla war flared in 1993. The Iranian government trained Azeri troops.");

        assertThat(training.kind()).isEqualTo(RelationKind.AID);
        assertThat(training.time()).isEqualTo(TimeSpan.of(PartialDate.year(1993), TimeBasis.CONTEXT));
        assertThat(training.evidence().start()).isEqualTo("The guerrilla war flared in 1993. ".length());
    }

    @Test
    void captionsAndPullQuotes_areNotCoded() {
        Document document = Texts.document(
                List.of(
                        Texts.block(0, BlockKind.CAPTION, "Turkey armed Azerbaijan in 2020."),
                        Texts.block(1, BlockKind.PULL_QUOTE, "Israel armed Azerbaijan."),
                        Texts.block(2, BlockKind.BODY, "The talks stalled.")),
                List.of());

        Extraction extraction = Extracted.extractor().extract(document);

        assertThat(extraction.sentences()).singleElement().satisfies(s -> assertThat(s.block())
                .isEqualTo(2));
        assertThat(extraction.assertions()).isEmpty();
        assertThat(extraction.actors()).isEmpty();
    }

    @Test
    void twoThreadsSharingTheExtractor_getWhatOneThreadGets() throws Exception {
        List<Document> documents = List.of(
                Texts.body("Turkey supplied drones to Azerbaijan in October 2020.", "Russia invaded Ukraine in 2022."),
                Texts.body("India condemned Pakistan on February 14, 2019.", "Iranian-Armenian trade grew steadily."));
        List<List<Assertion>> alone = documents.stream()
                .map(d -> Extracted.extractor().extract(d).assertions())
                .toList();

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<Assertion>>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Document document : documents) {
                    futures.add(pool.submit(
                            () -> Extracted.extractor().extract(document).assertions()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(alone.get(i % 2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sameDocumentTwice_givesTheSameIds() {
        Document document =
                Texts.body("Russia invaded Ukraine in February 2022.", "The European Union sanctioned Russia.");

        List<String> first = Extracted.extractor().extract(document).assertions().stream()
                .map(Assertion::id)
                .toList();
        List<String> second = Extracted.extractor().extract(document).assertions().stream()
                .map(Assertion::id)
                .toList();

        assertThat(first).hasSize(2).doesNotHaveDuplicates().isEqualTo(second);
    }

    @Test
    void severedDiplomaticRelations_isANegativeTie_notCooperation() {
        Assertion severed = only("Morocco severed diplomatic relations with Iran in May 2018.");

        assertThat(severed.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
        assertThat(severed.sign()).isEqualTo(Sign.NEGATIVE);
        assertThat(severed.sources()).containsExactly("MAR");
        assertThat(severed.targets()).containsExactly("IRN");
    }

    @Test
    void condemningAStatesConduct_targetsThatState_notTheNextClausesActor() {
        List<Assertion> found =
                Extracted.assertions("Japan sharply condemned Russian conduct near the islands, and Tokyo"
                        + " deepened its naval ties with Canberra.");

        assertThat(found).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(RelationKind.DISAPPROVE);
            assertThat(a.sources()).containsExactly("JPN");
            assertThat(a.targets()).containsExactly("RUS");
        });
        assertThat(found).filteredOn(a -> a.targets().contains("AUS")).allSatisfy(a -> assertThat(a.sign())
                .isEqualTo(Sign.POSITIVE));
    }

    @Test
    void accusationOfADeed_isTheAccusersStance_andTheDeedIsReported() {
        List<Assertion> found = Extracted.assertions("Georgia accused Russia of shooting down a Georgian drone.");

        assertThat(found).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(RelationKind.DISAPPROVE);
            assertThat(a.sources()).containsExactly("GEO");
            assertThat(a.targets()).containsExactly("RUS");
            assertThat(a.modality()).isEqualTo(Modality.ASSERTED);
        });
        assertThat(found).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(RelationKind.FIGHT);
            assertThat(a.sources()).containsExactly("RUS");
            assertThat(a.modality()).isEqualTo(Modality.REPORTED);
            assertThat(a.speaker()).isEqualTo(Speaker.actor("GEO"));
        });
    }

    @Test
    void armsSoldOverYears_areAid_whileOilSold_isTrade() {
        Assertion arms = only("Russia kept selling weapons to Armenia.");
        Assertion oil = only("Kazakhstan sells oil to Israel.");

        assertThat(arms.kind()).isEqualTo(RelationKind.AID);
        assertThat(arms.sources()).containsExactly("RUS");
        assertThat(arms.targets()).containsExactly("ARM");
        assertThat(oil.kind()).isEqualTo(RelationKind.MATERIAL_COOPERATION);
    }

    @Test
    void statesThatArePartners_areCodedAsAPositiveTie() {
        Assertion partners = only("Greece and Cyprus are partners in the gas consortium.");

        assertThat(partners.sources()).containsExactly("GRC");
        assertThat(partners.targets()).containsExactly("CYP");
        assertThat(partners.sign()).isEqualTo(Sign.POSITIVE);
    }

    @Test
    void borderReopeningAnnouncedByAThirdState_isReportedFuture_notHypothetical() {
        Assertion reopening = only("Oman announced that Saudi Arabia would reopen its border to Yemen.");

        assertThat(reopening.sources()).containsExactly("SAU");
        assertThat(reopening.targets()).containsExactly("YEM");
        assertThat(reopening.modality()).isEqualTo(Modality.REPORTED);
        assertThat(reopening.speaker()).isEqualTo(Speaker.actor("OMN"));
    }

    @Test
    void mediaOutlet_isNeverTheSourceOfADeed() {
        assertThat(Extracted.assertions("Al Jazeera cut its ties with Iran.")).isEmpty();
    }

    @Test
    void warThatCouldDrawInTwoStates_isAHypotheticalFight_betweenThem() {
        Assertion drawn = only("Analysts fear that a wider war could draw in Greece and Turkey.");

        assertThat(drawn.kind()).isEqualTo(RelationKind.FIGHT);
        assertThat(drawn.sources()).containsExactly("GRC");
        assertThat(drawn.targets()).containsExactly("TUR");
        assertThat(drawn.modality()).isEqualTo(Modality.HYPOTHETICAL);
    }

    @Test
    void nextDay_isDatedFromTheDayBefore_notFromTheFootnote() {
        Document document = Texts.document(
                List.of(
                        Texts.block(0, BlockKind.BODY, "Talks opened in Vienna on March 3, 2019."),
                        Texts.block(1, BlockKind.BODY, "The next day Austria condemned Hungary.[^1]")),
                List.of(new Footnote(
                        1,
                        "Agency, March 9, 2019.",
                        List.of(Citation.ofOutlet("Agency", Optional.empty(), List.of(PartialDate.day(2019, 3, 9)))))));

        assertThat(Extracted.extractor().extract(document).assertions())
                .singleElement()
                .satisfies(
                        a -> assertThat(a.time()).isEqualTo(TimeSpan.of(PartialDate.day(2019, 3, 4), TimeBasis.TEXT)));
    }

    @Test
    void twoStatesRestoringTies_isOnePositiveTieBetweenThem() {
        Assertion restored = only("Israel and Jordan restored diplomatic ties in 1994.");

        assertThat(restored.sources()).containsExactly("ISR");
        assertThat(restored.targets()).containsExactly("JOR");
        assertThat(restored.sign()).isEqualTo(Sign.POSITIVE);
    }
}
