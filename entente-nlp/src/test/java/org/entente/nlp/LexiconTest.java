package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.entente.core.RelationKind;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Lexicon LEXICON = Lexicon.builtIn();

    private static RelationKind kindOf(String phrase) {
        List<String> lemmas = List.of(phrase.split(" "));
        return LEXICON.startingWith(lemmas.get(0)).stream()
                .filter(e -> e.lemmas().equals(lemmas))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + phrase))
                .kind();
    }

    @Test
    void builtIn_mapsPredicatesToCameoConsistentKinds() {
        assertThat(kindOf("support")).isEqualTo(RelationKind.DIPLOMATIC_COOPERATION);
        assertThat(kindOf("sell arms")).isEqualTo(RelationKind.AID);
        assertThat(kindOf("trade")).isEqualTo(RelationKind.MATERIAL_COOPERATION);
        assertThat(kindOf("broker")).isEqualTo(RelationKind.MEDIATE);
        assertThat(kindOf("war")).isEqualTo(RelationKind.FIGHT);
        assertThat(kindOf("condemn")).isEqualTo(RelationKind.DISAPPROVE);
        assertThat(kindOf("sanction")).isEqualTo(RelationKind.REDUCE_RELATIONS);
        assertThat(kindOf("call for")).isEqualTo(RelationKind.APPEAL);
        assertThat(kindOf("share")).isEqualTo(RelationKind.AFFINITY);
        assertThat(kindOf("alliance")).isEqualTo(RelationKind.ALLIANCE);
    }

    @Test
    void builtIn_coversEveryPredicateOfTheFirstCoder() {
        for (String phrase : List.of(
                "support",
                "back",
                "arm",
                "supply",
                "sell arms",
                "train",
                "aid",
                "help",
                "assist",
                "cooperate",
                "trade",
                "ally",
                "alliance",
                "ties",
                "relation",
                "partnership",
                "meet",
                "visit",
                "call",
                "talk",
                "consult",
                "mediate",
                "broker",
                "ceasefire",
                "negotiate",
                "fight",
                "war",
                "attack",
                "shell",
                "strike",
                "invade",
                "occupy",
                "bomb",
                "clash",
                "threaten",
                "warn",
                "condemn",
                "criticize",
                "accuse",
                "blame",
                "denounce",
                "sanction",
                "suspend",
                "expel",
                "recall",
                "reject",
                "demand",
                "urge",
                "call for",
                "welcome",
                "praise",
                "congratulate",
                "endorse",
                "recognise",
                "share",
                "rival",
                "claim")) {
            assertThat(kindOf(phrase)).as(phrase).isNotNull();
        }
    }

    @Test
    void longerPhrase_comesFirst() {
        assertThat(LEXICON.startingWith("call").get(0).lemmas()).hasSize(2).startsWith("call");
    }

    @Test
    void intensityOverride_andMutualAndObjectFlags_areRead() throws Exception {
        Lexicon lexicon = Lexicon.parse(
                "mine.tsv", new StringReader("share\tverb\taffinity\t2.5\tmutual,obj=faith/culture\tnote\n"));

        Lexicon.Entry entry = lexicon.startingWith("share").get(0);
        assertThat(entry.intensity()).isEqualTo(2.5);
        assertThat(entry.mutual()).isTrue();
        assertThat(entry.objects()).containsExactlyInAnyOrder("faith", "culture");
    }

    @Test
    void badLine_isReportedWithNameAndLine() {
        assertThatThrownBy(() -> Lexicon.parse("mine.tsv", new StringReader("# c\nhelp\tverb\tfriendship\t-\t-\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mine.tsv:2: ")
                .hasMessageContaining("friendship");
    }
}
