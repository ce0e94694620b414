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
    private static final AssertionCoder CODER = new AssertionCoder(Lexicon.builtIn());
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
    void strainedTies_areNotCodedAsCooperation() {
        assertThat(code(
                        "strained/strained/JJ Iranian/iranian/JJ -/-/HYPH Azeri/azeri/JJ ties/tie/NNS",
                        "amod(5,1) amod(5,4) amod(4,2) punct(4,3)"))
                .isEmpty();
        assertThat(code("Iranian/iranian/JJ -/-/HYPH Azeri/azeri/JJ ties/tie/NNS", "amod(4,3) amod(3,1) punct(3,2)"))
                .singleElement()
                .satisfies(c -> assertThat(c.sources()).containsExactly("IRN"));
    }
}
