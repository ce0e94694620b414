package org.entente.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The actors of one parsed sentence, looked up by token: on a token itself, or reached from a
 * phrase's head through its modifiers ("the Azeri government", "the government of Armenia").
 */
final class Actors {

    private static final Set<String> MODIFIERS = Set.of("nmod:poss", "amod", "compound", "flat", "appos");
    private static final Set<String> GOVERNMENT_NOUNS = Set.of(
            "government",
            "regime",
            "leadership",
            "authorities",
            "administration",
            "force",
            "army",
            "military",
            "troops",
            "side",
            "president",
            "minister",
            "people",
            "state",
            "navy",
            "officials",
            "official",
            "diplomat",
            "diplomats",
            "ministry",
            "embassy",
            "parliament");

    private static final Set<String> NOUN_MODIFIERS = Set.of("nmod:poss", "amod", "compound", "flat");

    private final Parse parse;
    private final Map<Integer, List<String>> onToken = new HashMap<>();

    Actors(Parse parse, List<ActorMatcher.Mention> mentions) {
        this.parse = parse;
        for (ActorMatcher.Mention mention : mentions) {
            for (int t = mention.first(); t <= mention.last(); t++) {
                List<String> ids = onToken.computeIfAbsent(t, k -> new ArrayList<>());
                if (!ids.contains(mention.actor())) {
                    ids.add(mention.actor());
                }
            }
        }
    }

    /** The actors named by the token itself. */
    List<String> on(int token) {
        return onToken.getOrDefault(token, List.of());
    }

    /** The actors a phrase headed by {@code token} stands for. */
    List<String> of(int token) {
        if (!on(token).isEmpty()) {
            return on(token);
        }
        Set<String> found = new LinkedHashSet<>();
        boolean government = GOVERNMENT_NOUNS.contains(parse.lemma(token));
        for (Parse.Arc arc : parse.children(token)) {
            boolean possessive = arc.relation().equals("amod") || arc.relation().equals("nmod:poss");
            if (MODIFIERS.contains(arc.relation()) && (government || !possessive)) {
                found.addAll(on(arc.dependent()));
            } else if (government && arc.relation().equals("nmod:of")) {
                found.addAll(on(arc.dependent()));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The actors modifying a noun, through chains of actor modifiers, in text order: "Iranian -
     * Armenian trade" (amod(trade, Armenian), amod(Armenian, Iranian)) gives Iran, Armenia.
     */
    List<String> modifying(int noun) {
        TreeMap<Integer, List<String>> byPosition = new TreeMap<>();
        collectModifiers(noun, byPosition, 0);
        Set<String> found = new LinkedHashSet<>();
        byPosition.values().forEach(found::addAll);
        return List.copyOf(found);
    }

    private void collectModifiers(int token, Map<Integer, List<String>> byPosition, int depth) {
        for (Parse.Arc arc : parse.children(token)) {
            if (depth < 3
                    && NOUN_MODIFIERS.contains(arc.relation())
                    && !on(arc.dependent()).isEmpty()) {
                byPosition.put(arc.dependent(), on(arc.dependent()));
                collectModifiers(arc.dependent(), byPosition, depth + 1);
            }
        }
    }

    /** The actors in "between A and B" attached to {@code head}. */
    List<String> between(int head) {
        Set<String> found = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(head)) {
            if (arc.marker().equals("between")) {
                found.addAll(of(arc.dependent()));
            }
        }
        return List.copyOf(found);
    }

    /** The actors of every "between A and B" in the sentence. */
    List<String> betweenAnywhere() {
        Set<String> found = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.arcs()) {
            if (arc.marker().equals("between")) {
                found.addAll(of(arc.dependent()));
            }
        }
        return List.copyOf(found);
    }
}
