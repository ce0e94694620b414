package org.entente.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.core.RelationKind;

/**
 * Codes agents written into a hyphenated modifier: "the Russian-Turkish-brokered ceasefire" (Russia
 * and Turkey mediate between the parties named in the sentence), "Turkish-backed forces" (Turkey
 * backs the actor the modified noun stands for). Works whether the tokenizer kept the hyphenated
 * word whole or split it at its hyphens. Confidence 0.6. Thread-safe.
 */
final class HyphenatedAgents {

    private static final Map<String, String> PREDICATES = Map.of(
            "brokered", "broker", "backed", "back", "supported", "support", "sponsored", "support", "armed", "arm");

    private final Lexicon lexicon;
    private final ModalityReader modality;

    HyphenatedAgents(Lexicon lexicon, ModalityReader modality) {
        this.lexicon = lexicon;
        this.modality = modality;
    }

    /** The assertion whose predicate ends the hyphenated word at {@code token}, if any. */
    Optional<AssertionCoder.Coded> code(Parse parse, Actors actors, int token) {
        String word = parse.tokens().get(token).word();
        String suffix = word.substring(word.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
        String predicate = PREDICATES.get(suffix);
        List<String> agents = word.contains("-") ? actors.on(token) : hyphenedBefore(parse, actors, token);
        if (predicate == null || agents.isEmpty()) {
            return Optional.empty();
        }
        Optional<Lexicon.Entry> entry = lexicon.startingWith(predicate).stream()
                .filter(e -> e.lemmas().size() == 1)
                .findFirst();
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        List<String> targets = entry.get().kind() == RelationKind.MEDIATE
                ? AssertionCoder.parties(parse, actors, token, List.of())
                : parse.heads(token).stream()
                        .flatMap(arc -> actors.of(arc.governor()).stream())
                        .toList();
        int context = parse.heads(token).stream()
                .mapToInt(Parse.Arc::governor)
                .findFirst()
                .orElse(token);
        return AssertionCoder.coded(
                new AssertionCoder.Sides(agents, targets, 0.6),
                entry.get().kind(),
                entry.get().intensity(),
                modality.read(parse, actors, token, context));
    }

    /** The actors of "Russian - Turkish - brokered" when the tokenizer split the hyphens. */
    private static List<String> hyphenedBefore(Parse parse, Actors actors, int token) {
        List<String> agents = new ArrayList<>();
        int dash = token - 1;
        while (dash >= 1
                && parse.tokens().get(dash).word().equals("-")
                && !actors.on(dash - 1).isEmpty()) {
            agents.addAll(0, actors.on(dash - 1));
            dash -= 2;
        }
        return agents;
    }
}
