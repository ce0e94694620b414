package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineJoinerTest {
    /** A joiner whose evidence is the given lines, as if they were the rest of the document. */
    private static LineJoiner joinerOver(String... evidence) {
        Lexicon lexicon = new Lexicon();
        for (String line : evidence) {
            lexicon.addLine(line);
        }
        return new LineJoiner(lexicon);
    }

    @Test
    void hyphen_splittingAWordSeenWhole_isRemoved() {
        LineJoiner joiner = joinerOver("its hegemonic ambitions grew");
        assertThat(joiner.join(List.of("a new moderation in its hege-", "monic goals")))
                .isEqualTo("a new moderation in its hegemonic goals");
    }

    @Test
    void hyphen_withoutAnyEvidence_isRemoved() {
        assertThat(joinerOver().join(List.of("the admin-", "istration changed")))
                .isEqualTo("the administration changed");
    }

    @Test
    void hyphen_beforeACapitalisedPart_isKept() {
        LineJoiner joiner = joinerOver();
        assertThat(joiner.join(List.of("the Russian-", "Turkish-brokered truce")))
                .isEqualTo("the Russian-Turkish-brokered truce");
        assertThat(joiner.join(List.of("the [Nagorno-", "Karabakh] region")))
                .isEqualTo("the [Nagorno-Karabakh] region");
    }

    @Test
    void hyphen_ofACompoundSeenElsewhere_isKept() {
        LineJoiner joiner = joinerOver("a fellow Shiite-majority state");
        assertThat(joiner.join(List.of("another shiite-", "majority town"))).isEqualTo("another shiite-majority town");
    }

    @Test
    void hyphen_afterACapitalisedWordOfTheDocument_isKept() {
        LineJoiner joiner = joinerOver("a Russian envoy");
        assertThat(joiner.join(List.of("its largely Russian-", "armed adversary")))
                .isEqualTo("its largely Russian-armed adversary");
    }

    @Test
    void hyphen_splittingAProperName_isRemovedWhenTheNameIsSeen() {
        LineJoiner joiner = joinerOver("Azerbaijan and Armenia");
        assertThat(joiner.join(List.of("presented Azer-", "baijan\u2019s army")))
                .isEqualTo("presented Azerbaijan\u2019s army");
    }

    @Test
    void hyphen_afterAPrefixThatTakesOne_isKept() {
        assertThat(joinerOver().join(List.of("of long-", "existing trends"))).isEqualTo("of long-existing trends");
    }

    @Test
    void hyphen_afterAPrefixThatAlsoBeginsPlainWords_isKeptOnlyBeforeAWordOfTheDocument() {
        LineJoiner joiner = joinerOver(
                "the government fell", "a pro-", "government rally", "they pro-", "mised aid and ex-", "pected thanks");
        assertThat(joiner.join(List.of("a pro-", "government rally"))).isEqualTo("a pro-government rally");
        assertThat(joiner.join(List.of("they pro-", "mised aid and ex-", "pected thanks")))
                .isEqualTo("they promised aid and expected thanks");
    }

    @Test
    void hyphen_beforeAUsualCompoundHead_afterAWordOfTheDocument_isKept() {
        LineJoiner joiner = joinerOver("for decades the state kept control");
        assertThat(joiner.join(List.of("a decades-", "long feud over the state-", "owned port")))
                .isEqualTo("a decades-long feud over the state-owned port");
    }

    @Test
    void hyphen_betweenNumbers_isKept() {
        assertThat(joinerOver().join(List.of("Ahmadinejad (2005-", "13) and"))).isEqualTo("Ahmadinejad (2005-13) and");
    }

    @Test
    void emDash_atLineEnd_joinsWithoutSpace() {
        assertThat(joinerOver().join(List.of("the engineer\u2014", "with a new")))
                .isEqualTo("the engineer\u2014with a new");
    }

    @Test
    void lineEndFragment_isNoEvidenceForItself() {
        Lexicon lexicon = new Lexicon();
        lexicon.addLine("the state of the Medi-");
        assertThat(lexicon.hasWordIgnoringCase("Medi")).isFalse();
        assertThat(lexicon.hasWordIgnoringCase("state")).isTrue();
    }
}
