package org.entente.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.core.AliasKind;
import org.entente.core.Modality;
import org.entente.core.RelationKind;

/**
 * Resolves, in one document read sentence by sentence, a definite noun that points back to an
 * accord ("the Emirates welcomed the agreement", "the deal angered Israel") to the parties of the
 * last accord told: a sentence that names an accord and codes a tie of cooperation between two or
 * more actors. Unlike a deed, an accord is talked of long after it was made, so it is remembered
 * for the rest of the document until a newer one is told. One instance per document; not
 * thread-safe.
 */
final class AccordReferences {

    static final Set<String> ACCORDS = Set.of(
            "agreement",
            "deal",
            "accord",
            "pact",
            "treaty",
            "truce",
            "ceasefire",
            "cease-fire",
            "armistice",
            "détente",
            "detente",
            "rapprochement",
            "understanding",
            "memorandum",
            "roadmap");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    private static final Set<RelationKind> COOPERATION = EnumSet.of(
            RelationKind.INTENT_TO_COOPERATE,
            RelationKind.CONSULT,
            RelationKind.DIPLOMATIC_COOPERATION,
            RelationKind.MATERIAL_COOPERATION,
            RelationKind.YIELD,
            RelationKind.MEDIATE);

    private List<String> parties = List.of();

    /** Mentions of the last accord's parties on the sentence's accord nouns that name no actor of their own. */
    List<ActorMatcher.Mention> resolve(Parse parse, List<ActorMatcher.Mention> named) {
        if (parties.isEmpty()) {
            return List.of();
        }
        Actors actors = new Actors(parse, named);
        List<ActorMatcher.Mention> found = new ArrayList<>();
        for (int t = 1; t < parse.tokens().size(); t++) {
            if (ReferringWords.bareDefinite(parse, actors, t, ACCORDS, DETERMINERS)
                    && actorsActOn(parse, t)
                    && !ownParties(parse, t)) {
                for (String party : parties) {
                    found.add(new ActorMatcher.Mention(party, t, t, AliasKind.SHORT_NAME));
                }
            }
        }
        return found;
    }

    /** Records the parties of the sentence's accord, if it names one and codes the tie it made. */
    void remember(Parse parse, List<AssertionCoder.Coded> coded) {
        boolean named = false;
        for (int t = 0; t < parse.tokens().size() && !named; t++) {
            named = ACCORDS.contains(parse.lemma(t));
        }
        if (!named) {
            return;
        }
        for (AssertionCoder.Coded tie : coded) {
            if (!COOPERATION.contains(tie.kind())
                    || tie.modality() == Modality.NEGATED
                    || tie.modality() == Modality.HYPOTHETICAL) {
                continue;
            }
            Set<String> found = new LinkedHashSet<>(tie.targets());
            if (tie.kind() != RelationKind.MEDIATE) {
                found.addAll(tie.sources());
            }
            if (found.size() > 1) {
                parties = List.copyOf(found);
                return;
            }
        }
    }

    /**
     * True when a verb acts on the accord ("welcomed the agreement", "pulled out of the deal", "the
     * pact was condemned by Seoul"); as a plain subject it is only talked of ("the ceasefire was
     * never respected"), and its parties would tie themselves again.
     */
    private static boolean actorsActOn(Parse parse, int noun) {
        return parse.heads(noun).stream()
                .anyMatch(arc -> (arc.base().equals("obj")
                                || arc.base().equals("obl")
                                || arc.relation().equals("nsubj:pass") && hasAgent(parse, arc.governor()))
                        && parse.tokens().get(arc.governor()).tag().startsWith("VB"));
    }

    private static boolean hasAgent(Parse parse, int verb) {
        return parse.children(verb).stream().anyMatch(arc -> arc.relation().equals("obl:agent"));
    }

    /** "the agreement between A and B", "the deal with Cairo": the noun names its own parties. */
    private static boolean ownParties(Parse parse, int noun) {
        return parse.children(noun).stream().anyMatch(arc -> arc.relation().startsWith("nmod"));
    }
}
