package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.AliasKind;
import org.junit.jupiter.api.Test;

class ActorMatcherTest {

    private static final ActorMatcher MATCHER =
            new ActorMatcher(ActorKnowledgeBase.builtIn().actors());
    private static final Pattern TOKEN =
            Pattern.compile("(?:[A-Z]\\.){2,}|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*|['\u2019]s|\\S");

    /** A plain tokenizer: words (hyphenated ones kept whole), dotted abbreviations, possessives, punctuation. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static List<String> actors(String text) {
        return MATCHER.match(tokens(text)).stream()
                .map(ActorMatcher.Mention::actor)
                .toList();
    }

    @Test
    void names_demonymsAndPossessives_resolveToTheirState() {
        assertThat(actors("Iran's leaders and Azeri officials met Armenians.")).containsExactly("IRN", "AZE", "ARM");
        assertThat(actors("The Iranians and the Azerbaijanis disagreed.")).containsExactly("IRN", "AZE");
    }

    @Test
    void longestAliasWins_overItsPrefix() {
        List<ActorMatcher.Mention> mentions = MATCHER.match(tokens("The OSCE Minsk Group met in Vienna."));

        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.actor()).isEqualTo("osce-minsk-group");
            assertThat(m.first()).isEqualTo(1);
            assertThat(m.last()).isEqualTo(3);
        });
    }

    @Test
    void abbreviations_matchCaseSensitively() {
        assertThat(actors("The U.S. and NATO warned that us and nato lowercase are words."))
                .containsExactly("USA", "nato");
    }

    @Test
    void capitalisedAlias_needsCapitalisedWord() {
        assertThat(actors("They ate turkey in a chad of paper.")).isEmpty();
        assertThat(actors("Turkey backed Baku.")).containsExactly("TUR", "AZE");
    }

    @Test
    void metonym_asSubject_standsForTheGovernment() {
        List<ActorMatcher.Mention> mentions =
                MATCHER.match(tokens("Tehran warned Baku and the Kremlin stayed silent."));

        assertThat(mentions).extracting(ActorMatcher.Mention::actor).containsExactly("IRN", "AZE", "RUS");
        assertThat(mentions).extracting(ActorMatcher.Mention::kind).containsOnly(AliasKind.METONYM);
    }

    @Test
    void capitalVisited_isItsGovernment() {
        assertThat(actors("Pashinyan flew to Moscow and visited Baku.")).containsExactly("nikol-pashinyan", "AZE");
        assertThat(actors("Qatar reopened its embassy in Cairo.")).containsExactly("QAT", "EGY");
    }

    @Test
    void institutionsName_insideALongerName_isNotThatInstitution() {
        assertThat(actors("He was secretary of Iran's Supreme National Security Council."))
                .containsExactly("IRN");
        assertThat(actors("The Security Council met, and the UN Security Council voted."))
                .containsExactly("unsc", "unsc");
    }

    @Test
    void metonym_usedAsAPlace_isNotAnActor() {
        assertThat(actors("The talks were held in Moscow.")).isEmpty();
        assertThat(actors("Pashinyan flew to Moscow.")).containsExactly("nikol-pashinyan");
        assertThat(actors("The Tehran communique set the terms.")).isEmpty();
        assertThat(actors("Refugees gathered near Yerevan.")).isEmpty();
    }

    @Test
    void metonym_afterToWithoutMotion_isTheRecipientGovernment() {
        assertThat(actors("Baku suspended deliveries to Tehran.")).containsExactly("AZE", "IRN");
    }

    @Test
    void metonym_beforeAnotherCapitalisedName_isPartOfThatName() {
        assertThat(actors("The Ankara Agreement was signed.")).isEmpty();
        assertThat(actors("The Tehran Times printed it.")).containsExactly("tehran-times");
    }

    @Test
    void metonym_beforeGovernmentNoun_isTheGovernment() {
        assertThat(actors("The Tehran regime objected.")).containsExactly("IRN");
    }

    @Test
    void hyphenatedDyad_yieldsBothActorsOnOneToken() {
        List<ActorMatcher.Mention> mentions = MATCHER.match(List.of("Iranian-Armenian", "trade", "grew"));

        assertThat(mentions).extracting(ActorMatcher.Mention::actor).containsExactly("IRN", "ARM");
        assertThat(mentions).allSatisfy(m -> assertThat(m.first()).isZero());
    }

    @Test
    void hyphenatedDyad_withAbbreviationAndAgentSuffix() {
        assertThat(MATCHER.match(List.of("U.S.-Azeri", "ties")))
                .extracting(ActorMatcher.Mention::actor)
                .containsExactly("USA", "AZE");
        assertThat(MATCHER.match(List.of("the", "Russian-Turkish-brokered", "ceasefire")))
                .extracting(ActorMatcher.Mention::actor)
                .containsExactly("RUS", "TUR");
    }

    @Test
    void splitHyphens_fromATokenizer_giveTheSameDyad() {
        assertThat(MATCHER.match(List.of("Russian", "-", "Turkish", "-", "brokered")))
                .extracting(ActorMatcher.Mention::actor)
                .containsExactly("RUS", "TUR");
    }

    @Test
    void personsAndOutlets_resolveByShortName() {
        assertThat(actors("Khamenei spoke to Fars News and Tasnim about Zarif."))
                .containsExactly("ali-khamenei", "fars-news", "tasnim-news", "javad-zarif");
    }
}
