package org.entente.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.core.AliasKind;
import org.entente.core.Modality;
import org.entente.core.RelationKind;

/**
 * Resolves, in one document read sentence by sentence, a definite noun that points back to a deed
 * ("Washington condemned the action", "the move angered Beijing") to the doers of the last deed
 * coded in this paragraph or the one before: what is judged is whoever did it. A deed is what an
 * actor did rather than said: trade, aid, force, ties cut or made. One instance per document; not
 * thread-safe.
 */
final class DeedReferences {

    private static final Set<String> DEED_NOUNS = Set.of(
            "action",
            "move",
            "step",
            "decision",
            "incident",
            "operation",
            "deployment",
            "measure",
            "manoeuvre",
            "maneuver",
            "provocation",
            "exercise",
            "drill",
            "blockade",
            "incursion");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "such");
    private static final Set<RelationKind> WORDS = EnumSet.of(
            RelationKind.PUBLIC_STATEMENT,
            RelationKind.APPEAL,
            RelationKind.CONSULT,
            RelationKind.DEMAND,
            RelationKind.DISAPPROVE,
            RelationKind.REJECT,
            RelationKind.THREATEN,
            RelationKind.PROTEST,
            RelationKind.INVESTIGATE,
            RelationKind.MEDIATE);

    /** Verbs whose object deed is their subject's own: "the United States launched the operation". */
    private static final Set<String> DOING = Set.of(
            "launch",
            "conduct",
            "begin",
            "start",
            "order",
            "lead",
            "join",
            "announce",
            "mount",
            "stage",
            "take",
            "undertake",
            "plan",
            "continue",
            "end",
            "complete",
            "hold",
            "carry");

    private List<String> doers = List.of();
    private int block = -1;
    /** Who was last told to do a deed of a noun: "the army announced exercises" (exercise: the army). */
    private final Map<String, List<String>> doersByNoun = new HashMap<>();

    /** Mentions of the last deed's doers on the sentence's deed nouns that name no actor of their own. */
    List<ActorMatcher.Mention> resolve(int block, Parse parse, List<ActorMatcher.Mention> named) {
        boolean recent = !doers.isEmpty() && block <= this.block + 1;
        if (!recent && doersByNoun.isEmpty()) {
            return List.of();
        }
        Actors actors = new Actors(parse, named);
        List<ActorMatcher.Mention> found = new ArrayList<>();
        for (int t = 1; t < parse.tokens().size(); t++) {
            if (ReferringWords.bareDefinite(parse, actors, t, DEED_NOUNS, DETERMINERS)
                    && !ownArguments(parse, t)
                    && !done(parse, t)) {
                List<String> its = doersByNoun.getOrDefault(parse.lemma(t), recent ? doers : List.of());
                for (String doer : its) {
                    found.add(new ActorMatcher.Mention(doer, t, t, AliasKind.SHORT_NAME));
                }
            }
        }
        return found;
    }

    /**
     * Records the doers of the sentence's deeds, if it coded any, and who did each deed noun it
     * names as the object of a verb of doing ("the army announced exercises").
     */
    void remember(int block, Parse parse, List<ActorMatcher.Mention> named, List<AssertionCoder.Coded> coded) {
        Actors actors = new Actors(parse, named);
        for (int t = 0; t < parse.tokens().size(); t++) {
            if (DEED_NOUNS.contains(parse.lemma(t)) && done(parse, t)) {
                for (Parse.Arc verb : parse.heads(t)) {
                    List<String> subjects = parse.children(verb.governor()).stream()
                            .filter(arc -> arc.relation().equals("nsubj"))
                            .flatMap(arc -> actors.of(arc.dependent()).stream())
                            .distinct()
                            .toList();
                    if (!subjects.isEmpty()) {
                        doersByNoun.put(parse.lemma(t), subjects);
                    }
                }
            }
        }
        Set<String> found = new LinkedHashSet<>();
        coded.stream()
                .filter(c -> !WORDS.contains(c.kind()))
                .filter(c -> c.modality() != Modality.NEGATED && c.modality() != Modality.HYPOTHETICAL)
                .forEach(c -> found.addAll(c.sources()));
        if (!found.isEmpty()) {
            doers = List.copyOf(found);
            this.block = block;
        }
    }

    /** True for the object of a verb of doing: its subject's own deed, not one told before. */
    private static boolean done(Parse parse, int noun) {
        return parse.heads(noun).stream()
                .anyMatch(arc -> arc.relation().equals("obj") && DOING.contains(parse.lemma(arc.governor())));
    }

    /** "the decision to withdraw", "the move by Ankara": the noun says itself what it is. */
    private static boolean ownArguments(Parse parse, int noun) {
        return parse.children(noun).stream()
                .anyMatch(arc ->
                        arc.relation().startsWith("acl") || arc.relation().startsWith("nmod"));
    }
}
