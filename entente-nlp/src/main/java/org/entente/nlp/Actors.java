package org.entente.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
            "parliament",
            "senate",
            "soldier",
            "troop",
            "patrol",
            "commander",
            "officer",
            "counterpart",
            "delegation",
            "envoy",
            "ambassador",
            "leader",
            "council",
            "assembly",
            "legislature",
            "congress",
            "cabinet",
            "guard",
            "coastguard",
            "premier",
            "chancellor",
            "king",
            "emir",
            "monarch",
            "spokesman",
            "spokeswoman",
            "spokesperson");

    /** A noun's examples stand for it: "partners such as Japan", "allies including Australia". */
    private static final Set<String> EXAMPLES = Set.of("nmod:including", "nmod:such_as", "nmod:like");

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
                if (arc.relation().equals("compound") && GOVERNMENT_NOUNS.contains(parse.lemma(arc.dependent()))) {
                    // "French President Emmanuel Macron": the title before a name carries the state.
                    found.addAll(of(arc.dependent()));
                }
            } else if (government && arc.relation().equals("nmod:of")) {
                found.addAll(on(arc.dependent()));
            } else if (EXAMPLES.contains(arc.relation())) {
                found.addAll(on(arc.dependent())); // "allies including Australia and the Netherlands"
            }
        }
        return List.copyOf(found);
    }

    /** The actors a phrase names, else those its adjectives name: "the Saudi national security adviser". */
    List<String> ofOrModifying(int token) {
        List<String> named = of(token);
        return named.isEmpty() ? modifying(token) : named;
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
            } else if (arc.relation().equals("amod")
                    && parse.lemma(arc.dependent()).equals("lead")) {
                // "the Saudi - led blockade": the leader hangs on "led".
                parse.children(arc.dependent()).stream()
                        .filter(agent -> !on(agent.dependent()).isEmpty())
                        .forEach(agent -> byPosition.put(agent.dependent(), on(agent.dependent())));
            }
        }
    }

    /**
     * The actor a possessive pronoun before {@code pronoun} most likely stands for: the nearest
     * earlier actor that is the subject of a clause ("Armenia learned that its alliance ..."), or
     * none.
     */
    /**
     * The antecedent of the possessive pronoun on {@code noun}, skipping the subjects of {@code clause}:
     * "Egypt warned that its troops could enter Libya", "A and B said their forces ...".
     */
    List<String> possessor(int noun, int clause) {
        for (Parse.Arc arc : parse.children(noun)) {
            if (arc.relation().equals("nmod:poss")) {
                String word = parse.tokens().get(arc.dependent()).word().toLowerCase(Locale.ROOT);
                if (word.equals("its")) {
                    return antecedent(arc.dependent(), clause);
                }
                if (word.equals("their")) {
                    return antecedents(arc.dependent());
                }
            }
        }
        return List.of();
    }

    List<String> antecedent(int pronoun) {
        return antecedent(pronoun, -1);
    }

    /**
     * As {@link #antecedent(int)}, skipping the subjects of {@code clause}: in "Turkey and Iran
     * helped it", "it" is not Turkey or Iran.
     */
    List<String> antecedent(int pronoun, int clause) {
        for (int t = pronoun - 1; t >= 0; t--) {
            int token = t;
            boolean subject = parse.heads(token).stream()
                    .anyMatch(arc -> arc.relation().startsWith("nsubj") && arc.governor() != clause);
            if (subject && !of(token).isEmpty()) {
                return of(token);
            }
        }
        return List.of();
    }

    /**
     * The actors a plural possessive ("their") most likely stands for: every subject of the clause
     * whose subject is the nearest earlier actor ("Pakistan and China found their partnership ...").
     */
    List<String> antecedents(int pronoun) {
        for (int t = pronoun - 1; t >= 0; t--) {
            int token = t;
            Optional<Parse.Arc> subject = parse.heads(token).stream()
                    .filter(arc -> arc.relation().startsWith("nsubj"))
                    .findFirst();
            if (subject.isPresent() && !of(token).isEmpty()) {
                Set<String> found = new LinkedHashSet<>();
                parse.children(subject.get().governor()).stream()
                        .filter(arc -> arc.relation().startsWith("nsubj"))
                        .forEach(arc -> found.addAll(of(arc.dependent())));
                return List.copyOf(found);
            }
        }
        return List.of();
    }

    /** The actors in "between A and B" or "among A, B and C" attached to {@code head}. */
    List<String> between(int head) {
        Set<String> found = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(head)) {
            if (arc.marker().equals("between") || arc.marker().equals("among")) {
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
