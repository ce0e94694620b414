package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Affiliation;
import org.entente.core.Alias;
import org.entente.core.AliasKind;
import org.junit.jupiter.api.Test;

/**
 * The built-in knowledge base is consistent: no text can name two actors, every tie points at a
 * known actor, one office has one holder at a time, and no alias is an everyday English word.
 */
class BuiltInKnowledgeBaseTest {

    /** Alias texts (as matched: lower case, hyphens as spaces) that may name two actors, and why. */
    private static final Map<String, String> SHARED_ALIASES = Map.of(
            "congo", "both Congos: the one the document names by a name of its own is meant",
            "congolese", "both Congos: the one the document names by a name of its own is meant");

    /**
     * Single-word aliases that are also English words but are the actor's own, capitalised name. Abbreviations and
     * metonyms match case-sensitively, so "US" is not the word "us".
     */
    private static final Map<String, String> WORD_ALIASES =
            Map.of("dawn", "the Karachi newspaper's own name; matched only when capitalised");

    /** Offices that one person holds at a time; a successor may start on the day the holder leaves. */
    private static final Set<String> SINGLE_HOLDER = Set.of(
            "president",
            "prime minister",
            "premier",
            "chancellor",
            "king",
            "queen",
            "emir",
            "sultan",
            "foreign minister",
            "foreign secretary",
            "external affairs minister",
            "secretary of state",
            "defence minister",
            "defence secretary",
            "secretary of defense",
            "secretary general",
            "president of the European Commission",
            "president of the European Council",
            "high representative for foreign affairs and security policy",
            "chairperson of the commission",
            "director general",
            "supreme leader",
            "leader");

    /** Surnames and given names shared by too many people to stand alone for one of them. */
    private static final Set<String> COMMON_NAMES = Set.of(
            "ali",
            "khan",
            "kim",
            "lee",
            "singh",
            "ahmed",
            "ahmad",
            "hassan",
            "park",
            "wang",
            "li",
            "abbas",
            "zhang",
            "chen",
            "liu",
            "mohammed",
            "muhammad",
            "hussein",
            "smith",
            "johnson",
            "brown",
            "jones",
            "clinton",
            "bush",
            "castro",
            "sharif",
            "aoun",
            "hariri",
            "kirchner",
            "rasmussen",
            "sargsyan",
            "berdimuhamedow",
            "bhutto",
            "zardari",
            "koizumi",
            "abe",
            "duterte",
            "marcos",
            "rajapaksa",
            "shinawatra",
            "deby",
            "déby",
            "sanchez",
            "sánchez",
            "fernandez",
            "fernández",
            "rodriguez",
            "rodríguez",
            "salam",
            "kallas",
            "sinwar");

    private static final ActorKnowledgeBase KB = ActorKnowledgeBase.builtIn();

    @Test
    void builtIn_loadsAllThreeFilesWithoutWarnings_andHoldsAStarterSetOfPersons() {
        assertThat(KB.warnings()).isEmpty();
        assertThat(KB.actors()).filteredOn(a -> a.type() == ActorType.PERSON).hasSizeGreaterThan(400);
        assertThat(KB.actor("javad-zarif")).map(Actor::type).contains(ActorType.PERSON);
        assertThat(KB.actor("nicolas-maduro").orElseThrow().aliases())
                .extracting(Alias::text)
                .contains("Nicolás Maduro", "Nicolas Maduro", "Maduro");
        assertThat(KB.actor("icj")).map(Actor::type).contains(ActorType.IGO);
    }

    @Test
    void builtIn_noAliasCanNameTwoActors_unlessAllowedWithAReason() {
        Map<String, List<Named>> byKey = new HashMap<>();
        for (Actor actor : KB.actors()) {
            for (Alias alias : actor.aliases()) {
                byKey.computeIfAbsent(key(alias.text()), k -> new ArrayList<>()).add(new Named(actor.id(), alias));
            }
        }
        List<String> clashes = new ArrayList<>();
        byKey.forEach((key, named) -> {
            for (int i = 0; i < named.size(); i++) {
                for (int j = i + 1; j < named.size(); j++) {
                    if (clash(named.get(i), named.get(j)) && !SHARED_ALIASES.containsKey(key)) {
                        clashes.add("'" + key + "': " + named.get(i).actor() + " and "
                                + named.get(j).actor());
                    }
                }
            }
        });
        assertThat(clashes).isEmpty();
    }

    @Test
    void builtIn_everyTieNamesAnotherKnownActor_andEveryPersonHasOne() {
        for (Actor actor : KB.actors()) {
            for (Affiliation affiliation : actor.affiliations()) {
                assertThat(KB.actor(affiliation.actor()))
                        .as("%s is affiliated with %s", actor.id(), affiliation.actor())
                        .isPresent();
                assertThat(affiliation.actor())
                        .as("%s is affiliated with itself", actor.id())
                        .isNotEqualTo(actor.id());
                assertThat(affiliation.role())
                        .as("%s's tie to %s", actor.id(), affiliation.actor())
                        .isNotBlank();
            }
            if (actor.type() == ActorType.PERSON) {
                assertThat(actor.affiliations())
                        .as("%s's affiliations", actor.id())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void builtIn_singleHolderOffices_haveOneHolderAtATime() {
        Map<String, List<Held>> byOffice = new HashMap<>();
        for (Actor actor : KB.actors()) {
            for (Affiliation affiliation : actor.affiliations()) {
                if (SINGLE_HOLDER.contains(affiliation.role())) {
                    byOffice.computeIfAbsent(affiliation.actor() + ":" + affiliation.role(), k -> new ArrayList<>())
                            .add(new Held(actor.id(), start(affiliation), end(affiliation)));
                }
            }
        }
        List<String> overlaps = new ArrayList<>();
        byOffice.forEach((office, held) -> {
            held.sort((a, b) -> a.from().compareTo(b.from()));
            for (int i = 0; i + 1 < held.size(); i++) {
                for (int j = i + 1; j < held.size(); j++) {
                    if (held.get(j).from().isBefore(held.get(i).to())) {
                        overlaps.add(office + ": " + held.get(i) + " and " + held.get(j));
                    }
                }
            }
        });
        assertThat(overlaps).isEmpty();
    }

    @Test
    void builtIn_periodsAreWellFormed_andEndNoLaterThanTheyCouldHave() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        for (Actor actor : KB.actors()) {
            for (Affiliation affiliation : actor.affiliations()) {
                LocalDate from = start(affiliation);
                LocalDate to = end(affiliation);
                assertThat(from).as("%s: %s", actor.id(), affiliation).isBeforeOrEqualTo(to);
                affiliation.period().to().ifPresent(day -> assertThat(day)
                        .as("%s: %s ends in the future", actor.id(), affiliation)
                        .isBefore(tomorrow.plusYears(1).withDayOfYear(1)));
            }
        }
    }

    @Test
    void builtIn_noSingleWordAliasIsACommonEnglishWord() throws IOException {
        Set<String> words = commonWords();
        assertThat(words).hasSizeGreaterThan(400).contains("may", "will", "bush");
        List<String> found = new ArrayList<>();
        for (Actor actor : KB.actors()) {
            for (Alias alias : actor.aliases()) {
                String key = new Named(actor.id(), alias).exact() ? alias.text() : key(alias.text());
                if (words.contains(key) && !WORD_ALIASES.containsKey(key)) {
                    found.add(actor.id() + ": " + alias.text());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void builtIn_personsShortNames_avoidSurnamesSharedByMany() {
        for (Actor actor : KB.actors()) {
            for (Alias alias : actor.aliases()) {
                if (actor.type() == ActorType.PERSON && alias.kind() == AliasKind.SHORT_NAME) {
                    assertThat(COMMON_NAMES)
                            .as("short name '%s' of %s", alias.text(), actor.id())
                            .doesNotContain(alias.text().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private record Named(String actor, Alias alias) {
        boolean exact() {
            return alias.kind() == AliasKind.ABBREVIATION || alias.kind() == AliasKind.METONYM;
        }
    }

    private record Held(String person, LocalDate from, LocalDate to) {}

    /** Two aliases of different actors clash when some text would match both (as ActorMatcher compares). */
    private static boolean clash(Named a, Named b) {
        if (a.actor().equals(b.actor())) {
            return false;
        }
        boolean bothExact = a.exact() && b.exact();
        return !bothExact || key(a.alias().text(), false).equals(key(b.alias().text(), false));
    }

    private static String key(String text) {
        return key(text, true);
    }

    private static String key(String text, boolean lower) {
        List<String> parts = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            for (String part : ActorMatcher.subParts(word)) {
                parts.add(part.length() > 1 && part.endsWith(".") ? part.substring(0, part.length() - 1) : part);
            }
        }
        String joined = String.join(" ", parts);
        return lower ? joined.toLowerCase(Locale.ROOT) : joined;
    }

    private static LocalDate start(Affiliation affiliation) {
        return affiliation.period().from().orElse(LocalDate.MIN);
    }

    private static LocalDate end(Affiliation affiliation) {
        return affiliation.period().to().orElse(LocalDate.MAX);
    }

    private static Set<String> commonWords() throws IOException {
        try (InputStream in = BuiltInKnowledgeBaseTest.class.getResourceAsStream("common-english-words.txt")) {
            assertThat(in).as("common-english-words.txt on the test classpath").isNotNull();
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String word : line.strip().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(word);
                        }
                    }
                }
            }
            return words;
        }
    }
}
