package org.entente.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds what an actor undertakes to do. A hostile deed it says it will do is a threat: "threatened
 * to strike", "vowed to retaliate against", "warned that its army would enter", "said it would attack
 * ships". A cooperative one it offers or promises is an intent to cooperate: "offered to carry
 * messages", "pledged to send aid". The deed has not happened, but the threat or the offer has, and
 * CAMEO codes them as such (13 threaten, 03 express intent to cooperate). Stateless.
 */
final class Undertakings {

    /** Verbs whose complement, if hostile, is threatened. */
    private static final Set<String> THREATENING = Set.of("threaten", "warn", "vow", "pledge", "promise", "swear");
    /** Verbs whose complement, if cooperative, is offered. */
    private static final Set<String> OFFERING = Set.of("offer", "promise", "pledge", "vow", "volunteer");
    /** Verbs of saying whose complement is threatened only when put in the future: "said it would". */
    private static final Set<String> SAYING = Set.of("say", "announce", "declare", "state", "insist", "tell");

    private static final Set<String> FUTURES = Set.of("will", "would", "'ll", "'d", "could", "might", "may");
    /** Steps up through complements: "threatened to begin to strike" is as far as it goes. */
    private static final int DEPTH = 2;

    private Undertakings() {}

    /**
     * The verb that threatens the hostile deed at {@code clause} (the deed's verb, or the light verb
     * of a deed noun), or empty when the deed is not threatened. The one who threatens must be an
     * actor and the deed's doer: in "analysts warned that a war could draw in A and B" nobody threatens.
     */
    static Optional<Integer> threatening(
            Parse parse, Actors actors, int clause, List<String> doers, UnaryOperator<String> serves) {
        return undertaking(parse, clause, THREATENING)
                .filter(verb -> bound(parse, actors, verb, clause, doers, serves));
    }

    /** The verb that offers the cooperative deed at {@code clause}, or empty; as for threats. */
    static Optional<Integer> offering(
            Parse parse, Actors actors, int clause, List<String> doers, UnaryOperator<String> serves) {
        return undertaking(parse, clause, OFFERING).filter(verb -> bound(parse, actors, verb, clause, doers, serves));
    }

    /**
     * True when the subject of {@code verb} is an actor who does the deed: it controls the deed's
     * verb ("threatened to attack"), it or the actor it serves is among the doers ("Sisi warned that
     * Egyptian troops ..."), or the deed's subject is a pronoun standing for it ("said it would
     * strike", "its troops").
     */
    private static boolean bound(
            Parse parse, Actors actors, int verb, int clause, List<String> doers, UnaryOperator<String> serves) {
        List<String> undertakers = parse.children(verb).stream()
                .filter(arc -> arc.relation().equals("nsubj"))
                .flatMap(arc -> actors.of(arc.dependent()).stream())
                .toList();
        if (undertakers.isEmpty()) {
            undertakers = Clauses.subjectsAfterDate(parse, actors, verb); // "In 2016 President Erdogan warned"
        }
        if (undertakers.isEmpty()) {
            return false;
        }
        boolean pronoun = parse.children(clause).stream()
                .filter(arc -> arc.base().equals("nsubj"))
                .anyMatch(arc -> parse.tokens().get(arc.dependent()).tag().startsWith("PRP")
                        || parse.children(arc.dependent()).stream()
                                .anyMatch(poss -> poss.relation().equals("nmod:poss")
                                        && parse.tokens()
                                                .get(poss.dependent())
                                                .tag()
                                                .equals("PRP$")));
        return pronoun
                || undertakers.stream().anyMatch(actor -> doers.contains(actor) || doers.contains(serves.apply(actor)));
    }

    private static Optional<Integer> undertaking(Parse parse, int clause, Set<String> undertakers) {
        int current = clause;
        for (int step = 0; step < DEPTH; step++) {
            Optional<Parse.Arc> up = parse.heads(current).stream()
                    .filter(arc ->
                            arc.relation().equals("xcomp") || arc.relation().equals("ccomp"))
                    .findFirst();
            if (up.isEmpty()) {
                return Optional.empty();
            }
            int verb = up.get().governor();
            String lemma = parse.lemma(verb);
            if (undertakers.contains(lemma)
                    || SAYING.contains(lemma) && up.get().relation().equals("ccomp") && future(parse, current)) {
                return Optional.of(verb);
            }
            current = verb;
        }
        return Optional.empty();
    }

    private static boolean future(Parse parse, int verb) {
        return parse.children(verb).stream()
                .filter(arc -> arc.base().equals("aux"))
                .map(arc -> parse.tokens().get(arc.dependent()).word().toLowerCase(Locale.ROOT))
                .anyMatch(FUTURES::contains);
    }
}
