package org.entente.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words {@link Coreference} reads as pointing back to an actor: nouns of groups ("the two
 * governments"), of one state ("the regime"), of a name ("the kingdom"), of a body ("the bloc"),
 * compass points ("the South"), and the titles of officials.
 */
final class ReferringWords {
    private ReferringWords() {}

    /** Adjectives of a government's level that leave "the federal government" a reference back. */
    static final Set<String> LEVELS = Set.of("federal", "central", "national");

    static final Set<String> GROUP_NOUNS = Set.of(
            "state",
            "country",
            "government",
            "capital",
            "leader",
            "side",
            "neighbour",
            "neighbor",
            "nation",
            "power",
            "rival",
            "ally",
            "party",
            "junta",
            "president",
            "regime",
            "adversary",
            "enemy");
    /** Nouns that, as "both X", "the two X" or "either X", stand for the two sides of the last fight. */
    static final Set<String> SIDE_NOUNS =
            Set.of("side", "force", "party", "delegation", "camp", "belligerent", "combatant", "faction");

    static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "both", 2);
    /** Nouns that, as a bare "the X", stand for the most recent state that was a subject. */
    static final Set<String> STATE_NOUNS = Set.of("country", "government", "regime", "junta", "nation");
    /** Nouns that, as a bare "the X", stand for the most recent actor whose name holds the word. */
    static final Set<String> NAME_NOUNS = Set.of(
            "kingdom",
            "republic",
            "emirate",
            "sultanate",
            "federation",
            "court",
            "tribunal",
            "council",
            "commission",
            "agency",
            "community",
            "league",
            "bank",
            "fund");
    /** Nouns that, as a bare "the X", stand for the most recent intergovernmental organisation. */
    static final Set<String> BODY_NOUNS = Set.of("bloc", "alliance", "organisation", "organization", "union");

    /** Nouns that, as a bare "the X", stand for the most recent armed group. */
    static final Set<String> ARMED_NOUNS = Set.of(
            "group", "militia", "movement", "insurgency", "rebel", "paramilitary", "insurgent", "militant", "front");
    /** Nouns that, as a bare "the X", stand for the state whose army was last named. */
    static final Set<String> ARMY_NOUNS = Set.of("army", "military");
    /** Nouns that, as a bare "the X", stand for the most recent person who commands forces. */
    static final Set<String> COMMAND_NOUNS = Set.of("general", "commander", "warlord", "marshal", "strongman");
    /** Words of an affiliation's role that make a person a commander of forces. */
    static final Set<String> COMMAND_ROLES = Set.of("commander", "general", "army", "military", "marshal", "chief");

    static final Set<String> COMPASS = Set.of("north", "south", "east", "west");
    /** Subject nouns that name one official: the pronoun after them stands for their state. */
    static final Set<String> TITLES = Set.of(
            "president",
            "minister",
            "premier",
            "chancellor",
            "leader",
            "king",
            "prince",
            "emir",
            "monarch",
            "sultan",
            "general",
            "colonel",
            "captain",
            "envoy",
            "ambassador",
            "secretary",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "commander",
            "dictator",
            "ruler",
            "head");

    /**
     * True when token {@code t} is one of {@code nouns} after one of {@code determiners} ("the deal",
     * "this move") and names no actor itself nor by a modifier: a noun that may point back.
     */
    static boolean bareDefinite(Parse parse, Actors actors, int t, Set<String> nouns, Set<String> determiners) {
        return t > 0
                && nouns.contains(parse.lemma(t))
                && parse.tokens().get(t).tag().startsWith("NN")
                && determiners.contains(parse.tokens().get(t - 1).word().toLowerCase(Locale.ROOT))
                && actors.of(t).isEmpty()
                && actors.modifying(t).isEmpty();
    }
}
