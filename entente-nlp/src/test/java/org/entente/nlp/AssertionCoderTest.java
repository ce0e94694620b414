package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.Modality;
import org.entente.core.RelationKind;
import org.entente.core.Speaker;
import org.junit.jupiter.api.Test;

/** The coder over hand-written Universal Dependencies parses: no model is loaded. */
class AssertionCoderTest {

    private static final ActorMatcher MATCHER =
            new ActorMatcher(ActorKnowledgeBase.builtIn().actors());
    private static final AssertionCoder CODER = new AssertionCoder(Lexicon.builtIn(), id -> id);
    private static final Pattern ARC = Pattern.compile("([a-z:]+)\\((\\d+),(\\d+)\\)");

    /** Tokens as "word/lemma/TAG" separated by spaces; arcs as "rel(governor,dependent)", 1-based, 0 = root. */
    private static List<AssertionCoder.Coded> code(String tokens, String arcs) {
        List<Parse.Token> list = new ArrayList<>();
        int offset = 0;
        for (String token : tokens.split(" ")) {
            String[] parts = token.split("/");
            list.add(new Parse.Token(parts[0], parts[1], parts[2], offset, offset + parts[0].length()));
            offset += parts[0].length() + 1;
        }
        List<Parse.Arc> arcList = new ArrayList<>();
        Matcher matcher = ARC.matcher(arcs);
        while (matcher.find()) {
            arcList.add(new Parse.Arc(
                    Integer.parseInt(matcher.group(2)) - 1, matcher.group(1), Integer.parseInt(matcher.group(3)) - 1));
        }
        Parse parse = new Parse(list, arcList);
        return CODER.code(parse, MATCHER.match(parse.words()));
    }

    @Test
    void subjectVerbObject_isCodedWithHighConfidence() {
        List<AssertionCoder.Coded> coded = code(
                "Egypt/Egypt/NNP condemned/condemn/VBD Ethiopia/Ethiopia/NNP ././.",
                "nsubj(2,1) obj(2,3) root(0,2) punct(2,4)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.sources()).containsExactly("EGY");
            assertThat(c.targets()).containsExactly("ETH");
            assertThat(c.kind()).isEqualTo(RelationKind.DISAPPROVE);
            assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(c.confidence()).isEqualTo(0.9);
        });
    }

    @Test
    void verbWithoutActorObject_codesNothing() {
        assertThat(code(
                        "Egypt/Egypt/NNP condemned/condemn/VBD violence/violence/NN ././.",
                        "nsubj(2,1) obj(2,3) root(0,2) punct(2,4)"))
                .isEmpty();
    }

    @Test
    void possessorWithAdjectivalAllies_isThePossessorsAlliance() {
        // "Azerbaijan 's Israeli and U.S. allies"
        List<AssertionCoder.Coded> coded = code(
                "Azerbaijan/Azerbaijan/NNP 's/'s/POS Israeli/israeli/JJ and/and/CC U.S./U.S./NNP allies/ally/NNS",
                "nmod:poss(6,1) case(1,2) amod(6,3) cc(5,4) amod(6,5) conj:and(3,5)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.ALLIANCE);
            assertThat(c.sources()).containsExactly("AZE");
            assertThat(c.targets()).containsExactly("ISR", "USA");
        });
    }

    @Test
    void claimUnderAnOutletsAttributionVerb_isReportedWithTheOutletAsSpeaker() {
        // "Tasnim said Israel armed Azerbaijan"
        List<AssertionCoder.Coded> coded = code(
                "Tasnim/Tasnim/NNP said/say/VBD Israel/Israel/NNP armed/arm/VBD Azerbaijan/Azerbaijan/NNP",
                "nsubj(2,1) root(0,2) ccomp(2,4) nsubj(4,3) obj(4,5)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.AID);
            assertThat(c.modality()).isEqualTo(Modality.REPORTED);
            assertThat(c.speaker()).isEqualTo(Speaker.actor("tasnim-news"));
        });
    }

    @Test
    void mediationWithOnlyOneParty_isNotCoded() {
        // "Russia brokered a corridor between Nakhichevan and Azerbaijan": one party is no mediation.
        assertThat(code(
                        "Russia/Russia/NNP brokered/broker/VBD a/a/DT corridor/corridor/NN between/between/IN"
                                + " Nakhichevan/Nakhichevan/NNP and/and/CC Azerbaijan/Azerbaijan/NNP",
                        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) case(6,5) nmod:between(4,6) cc(8,7)"
                                + " nmod:between(4,8) conj:and(6,8)"))
                .isEmpty();
    }

    @Test
    void strainedTies_areAWorseTie_notCooperation() {
        assertThat(code(
                        "strained/strained/JJ Iranian/iranian/JJ -/-/HYPH Azeri/azeri/JJ ties/tie/NNS",
                        "amod(5,1) amod(5,4) amod(4,2) punct(4,3)"))
                .singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS));
        assertThat(code("Iranian/iranian/JJ -/-/HYPH Azeri/azeri/JJ ties/tie/NNS", "amod(4,3) amod(3,1) punct(3,2)"))
                .singleElement()
                .satisfies(c -> assertThat(c.sources()).containsExactly("IRN"));
    }

    @Test
    void severedRelationsWithAState_reduceRelations_notCooperation() {
        // "Egypt severed relations with Ethiopia": the verb decides, the relations noun does not.
        List<AssertionCoder.Coded> coded = code(
                "Egypt/Egypt/NNP severed/sever/VBD relations/relation/NNS with/with/IN Ethiopia/Ethiopia/NNP",
                "nsubj(2,1) root(0,2) obj(2,3) nmod:with(3,5) case(5,4)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
            assertThat(c.intensity()).isNegative();
            assertThat(c.sources()).containsExactly("EGY");
            assertThat(c.targets()).containsExactly("ETH");
        });
    }

    @Test
    void objectModifiedByADemonym_isTheTarget() {
        // "Japan condemned Russian conduct"
        List<AssertionCoder.Coded> coded = code(
                "Japan/Japan/NNP condemned/condemn/VBD Russian/russian/JJ conduct/conduct/NN",
                "nsubj(2,1) root(0,2) obj(2,4) amod(4,3)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.DISAPPROVE);
            assertThat(c.sources()).containsExactly("JPN");
            assertThat(c.targets()).containsExactly("RUS");
        });
    }

    @Test
    void aidObjectModifiedByADemonym_isWhatIsGiven_notTheRecipient() {
        // "Greece supplied French jets": France is where the jets come from, not who gets them.
        assertThat(code(
                        "Greece/Greece/NNP supplied/supply/VBD French/french/JJ jets/jet/NNS",
                        "nsubj(2,1) root(0,2) obj(2,4) amod(4,3)"))
                .isEmpty();
    }

    @Test
    void gerundUnderAControllingVerb_takesThatVerbsSubject() {
        // "Russia kept selling weapons to Armenia"
        List<AssertionCoder.Coded> coded = code(
                "Russia/Russia/NNP kept/keep/VBD selling/sell/VBG weapons/weapon/NNS to/to/IN Armenia/Armenia/NNP",
                "nsubj(2,1) root(0,2) xcomp(2,3) obj(3,4) obl:to(3,6) case(6,5)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.AID);
            assertThat(c.sources()).containsExactly("RUS");
            assertThat(c.targets()).containsExactly("ARM");
        });
    }

    @Test
    void sellingOil_isTrade_butSellingDrones_isAid() {
        List<AssertionCoder.Coded> oil = code(
                "Kazakhstan/Kazakhstan/NNP sells/sell/VBZ oil/oil/NN to/to/IN Israel/Israel/NNP",
                "nsubj(2,1) root(0,2) obj(2,3) obl:to(2,5) case(5,4)");
        List<AssertionCoder.Coded> drones = code(
                "Israel/Israel/NNP sold/sell/VBD drones/drone/NNS to/to/IN Kazakhstan/Kazakhstan/NNP",
                "nsubj(2,1) root(0,2) obj(2,3) obl:to(2,5) case(5,4)");

        assertThat(oil).singleElement().satisfies(c -> assertThat(c.kind())
                .isEqualTo(RelationKind.MATERIAL_COOPERATION));
        assertThat(drones).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(RelationKind.AID));
    }

    @Test
    void envoyWithdrawnFromAState_reducesRelationsWithThatState() {
        // "Bahrain withdrew its ambassador from Iran"
        List<AssertionCoder.Coded> coded = code(
                "Bahrain/Bahrain/NNP withdrew/withdraw/VBD its/its/PRP$ ambassador/ambassador/NN from/from/IN Iran/Iran/NNP",
                "nsubj(2,1) root(0,2) obj(2,4) nmod:poss(4,3) obl:from(2,6) case(6,5)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
            assertThat(c.sources()).containsExactly("BHR");
            assertThat(c.targets()).containsExactly("IRN");
        });
    }

    @Test
    void relativeClause_takesTheNounItModifiesAsSubject() {
        // "Serbia, which looked to Moscow, ..."
        List<AssertionCoder.Coded> coded = code(
                "Serbia/Serbia/NNP ,/,/, which/which/WDT looked/look/VBD to/to/IN Moscow/Moscow/NNP",
                "root(0,1) punct(1,2) ref(1,3) acl:relcl(1,4) nsubj(4,3) obl:to(4,6) case(6,5)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.DIPLOMATIC_COOPERATION);
            assertThat(c.sources()).containsExactly("SRB");
            assertThat(c.targets()).containsExactly("RUS");
        });
    }

    @Test
    void accusedOfADeed_isTheAccusersStance_andTheDeedIsReportedByTheAccuser() {
        // "Armenia accused Azerbaijan of shooting down a Russian helicopter"
        List<AssertionCoder.Coded> coded = code(
                "Armenia/Armenia/NNP accused/accuse/VBD Azerbaijan/Azerbaijan/NNP of/of/IN shooting/shoot/VBG"
                        + " down/down/RP a/a/DT Russian/russian/JJ helicopter/helicopter/NN",
                "nsubj(2,1) root(0,2) obj(2,3) advcl:of(2,5) mark(5,4) compound:prt(5,6) obj(5,9) det(9,7)"
                        + " amod(9,8)");

        assertThat(coded).hasSize(2);
        assertThat(coded).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.DISAPPROVE);
            assertThat(c.sources()).containsExactly("ARM");
            assertThat(c.targets()).containsExactly("AZE");
            assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
        });
        assertThat(coded).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.FIGHT);
            assertThat(c.sources()).containsExactly("AZE");
            assertThat(c.targets()).containsExactly("RUS");
            assertThat(c.modality()).isEqualTo(Modality.REPORTED);
            assertThat(c.speaker()).isEqualTo(Speaker.actor("ARM"));
        });
    }

    @Test
    void wouldUnderAVerbOfSaying_isReported_notHypothetical() {
        // "Kuwait announced that Oman would reopen its border to Qatar"
        List<AssertionCoder.Coded> coded = code(
                "Kuwait/Kuwait/NNP announced/announce/VBD that/that/IN Oman/Oman/NNP would/would/MD"
                        + " reopen/reopen/VB its/its/PRP$ border/border/NN to/to/IN Qatar/Qatar/NNP",
                "nsubj(2,1) root(0,2) ccomp(2,6) mark(6,3) nsubj(6,4) aux(6,5) obj(6,8) nmod:poss(8,7)"
                        + " obl:to(6,10) case(10,9)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.MATERIAL_COOPERATION);
            assertThat(c.sources()).containsExactly("OMN");
            assertThat(c.targets()).containsExactly("QAT");
            assertThat(c.modality()).isEqualTo(Modality.REPORTED);
            assertThat(c.speaker()).isEqualTo(Speaker.actor("KWT"));
        });
    }

    @Test
    void modalInAnAdverbialMainClause_doesNotMakeTheSoClauseHypothetical() {
        // "Conflict would hurt Iran, so Iranian officials welcomed the Russian initiative"
        List<AssertionCoder.Coded> coded = code(
                "Conflict/conflict/NN would/would/MD hurt/hurt/VB Iran/Iran/NNP ,/,/, so/so/RB Iranian/iranian/JJ"
                        + " officials/official/NNS welcomed/welcome/VBD the/the/DT Russian/russian/JJ"
                        + " initiative/initiative/NN",
                "nsubj(3,1) aux(3,2) root(0,3) obj(3,4) punct(3,5) advcl(3,9) advmod(9,6) amod(8,7) nsubj(9,8)"
                        + " obj(9,12) det(12,10) amod(12,11)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.sources()).containsExactly("IRN");
            assertThat(c.targets()).containsExactly("RUS");
            assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
        });
    }

    @Test
    void copularPredicateNoun_isSaidOfItsSubjects() {
        // "Iran and Armenia are partners"
        List<AssertionCoder.Coded> coded = code(
                "Iran/Iran/NNP and/and/CC Armenia/Armenia/NNP are/be/VBP partners/partner/NNS",
                "nsubj(5,1) nsubj(5,3) cc(3,2) conj:and(1,3) cop(5,4) root(0,5)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.intensity()).isPositive();
            assertThat(c.sources()).containsExactly("IRN");
            assertThat(c.targets()).containsExactly("ARM");
        });
    }

    @Test
    void standBy_takesTheByPhraseAsTheTarget_andPlainStandCodesNothing() {
        assertThat(code(
                        "Turkey/Turkey/NNP stood/stand/VBD by/by/IN Azerbaijan/Azerbaijan/NNP",
                        "nsubj(2,1) root(0,2) obl:by(2,4) case(4,3)"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(RelationKind.DIPLOMATIC_COOPERATION);
                    assertThat(c.targets()).containsExactly("AZE");
                });
        // "Turkish troops stood near Azerbaijan": no "with", "by" or "behind", no stance.
        assertThat(code(
                        "Turkish/turkish/JJ troops/troops/NNS stood/stand/VBD near/near/IN Azerbaijan/Azerbaijan/NNP",
                        "amod(2,1) nsubj(3,2) root(0,3) obl:near(3,5) case(5,4)"))
                .isEmpty();
    }

    @Test
    void objectPronoun_isTheEarlierClauseSubject_notTheHelpersThemselves() {
        // "Cuba survived because Mexico and Canada helped it"
        List<AssertionCoder.Coded> coded = code(
                "Cuba/Cuba/NNP survived/survive/VBD because/because/IN Mexico/Mexico/NNP and/and/CC"
                        + " Canada/Canada/NNP helped/help/VBD it/it/PRP",
                "nsubj(2,1) root(0,2) advcl:because(2,7) mark(7,3) nsubj(7,4) nsubj(7,6) cc(6,5) conj:and(4,6)"
                        + " obj(7,8)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.AID);
            assertThat(c.sources()).containsExactly("MEX", "CAN");
            assertThat(c.targets()).containsExactly("CUB");
        });
    }

    @Test
    void pluralPossessive_standsForTheCoordinatedSubjects() {
        // "Chile and Peru found their partnership renewed"
        List<AssertionCoder.Coded> coded = code(
                "Chile/Chile/NNP and/and/CC Peru/Peru/NNP found/find/VBD their/they/PRP$"
                        + " partnership/partnership/NN renewed/renew/VBN",
                "nsubj(4,1) nsubj(4,3) cc(3,2) conj:and(1,3) root(0,4) xcomp(4,7) nmod:poss(6,5) nsubj(7,6)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.sources()).containsExactly("CHL");
            assertThat(c.targets()).containsExactly("PER");
            assertThat(c.intensity()).isPositive();
        });
    }

    @Test
    void meetingOfThreeParties_givesOneTiePerPair() {
        // "Chile, Peru and Bolivia met"
        List<AssertionCoder.Coded> coded = code(
                "Chile/Chile/NNP ,/,/, Peru/Peru/NNP and/and/CC Bolivia/Bolivia/NNP met/meet/VBD",
                "nsubj(6,1) nsubj(6,3) nsubj(6,5) conj:and(1,3) conj:and(1,5) cc(5,4) root(0,6)");

        assertThat(coded)
                .extracting(c -> c.sources().get(0) + ">" + String.join(",", c.targets()))
                .containsExactly("CHL>PER,BOL", "PER>BOL");
    }

    @Test
    void obliqueHungOnAParticle_countsForTheVerb() {
        // "Peru handed the islands back to Chile"
        List<AssertionCoder.Coded> coded = code(
                "Peru/Peru/NNP handed/hand/VBD the/the/DT islands/island/NNS back/back/RB to/to/IN Chile/Chile/NNP",
                "nsubj(2,1) root(0,2) obj(2,4) det(4,3) advmod(2,5) obl:to(5,7) case(7,6)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.YIELD);
            assertThat(c.sources()).containsExactly("PER");
            assertThat(c.targets()).containsExactly("CHL");
        });
    }

    @Test
    void theyAsSubject_standsForTheEarlierSubject() {
        // "Brazilian officials met, and they slowed Chinese contracts"
        List<AssertionCoder.Coded> coded = code(
                "Brazilian/brazilian/JJ officials/official/NNS met/meet/VBD ,/,/, and/and/CC they/they/PRP"
                        + " slowed/slow/VBD Chinese/chinese/JJ contracts/contract/NNS",
                "amod(2,1) nsubj(3,2) root(0,3) punct(7,4) cc(7,5) conj:and(3,7) nsubj(7,6) obj(7,9) amod(9,8)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
            assertThat(c.sources()).containsExactly("BRA");
            assertThat(c.targets()).containsExactly("CHN");
        });
    }

    @Test
    void participleModifyingAState_takesThatStateAsPatient() {
        // "Serbia, backed by Russia, ..."
        List<AssertionCoder.Coded> coded = code(
                "Serbia/Serbia/NNP ,/,/, backed/back/VBN by/by/IN Russia/Russia/NNP ,/,/,",
                "root(0,1) punct(1,2) acl(1,3) obl:by(3,5) case(5,4) punct(1,6)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.DIPLOMATIC_COOPERATION);
            assertThat(c.sources()).containsExactly("RUS");
            assertThat(c.targets()).containsExactly("SRB");
        });
    }

    @Test
    void ledModifier_makesTheLeaderTheSourceOfTheNoun() {
        // "the Saudi - led blockade of Yemen"
        List<AssertionCoder.Coded> coded = code(
                "the/the/DT Saudi/saudi/JJ -/-/HYPH led/lead/VBN blockade/blockade/NN of/of/IN Yemen/Yemen/NNP",
                "det(5,1) amod(5,4) dep(4,2) punct(4,3) nmod:of(5,7) case(7,6)");

        assertThat(coded).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
            assertThat(c.sources()).containsExactly("SAU");
            assertThat(c.targets()).containsExactly("YEM");
        });
    }
}
