package org.entente.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.core.Modality;
import org.entente.core.Speaker;

/**
 * Reads how a sentence puts a predicate forward, from the predicate, its context token (the verb a
 * predicate noun is the object of) and the clauses above them, up to {@value #DEPTH} arcs up.
 * Negated beats hypothetical, which beats alleged and reported; the rest is asserted by the author.
 */
final class ModalityReader {

    /** The modality and, for reported claims, the actor who made them. */
    record Reading(Modality modality, Speaker speaker) {}

    private static final int DEPTH = 5;
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
    private static final Set<String> DENIALS = Set.of("deny", "denial", "refute", "dismiss", "disprove", "rebut");
    /** Verbs whose infinitive complement is not done: "refused to recognise Kosovo". */
    private static final Set<String> REFUSALS = Set.of("refuse", "decline", "fail");

    private static final Set<String> MODALS = Set.of("could", "might", "would", "may", "should", "must");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    private static final Set<String> HEDGES = Set.of("perhaps", "possibly", "potentially", "probably", "likely");
    private static final Set<String> INTENTIONS = Set.of(
            "plan",
            "intend",
            "consider",
            "propose",
            "want",
            "hope",
            "seek",
            "expect",
            "fear",
            "aim",
            "threaten",
            "offer",
            "try",
            "attempt",
            "wish",
            "urge",
            "ask",
            "call",
            "press",
            "invite",
            "encourage");
    private static final Set<String> GOVERNING = Set.of("ccomp", "xcomp", "csubj", "acl");
    private static final Set<String> ALLEGATIONS = Set.of("reportedly", "allegedly", "purportedly", "supposedly");
    private static final Set<String> ATTRIBUTIONS = Set.of(
            "say",
            "claim",
            "describe",
            "accuse",
            "report",
            "state",
            "announce",
            "insist",
            "argue",
            "assert",
            "allege",
            "tell",
            "declare",
            "warn",
            "blame",
            "note",
            "stress",
            "charge",
            "suggest",
            "maintain",
            "write",
            "contend",
            "believe",
            "think",
            "add",
            "acknowledge",
            "admit",
            "confirm",
            "deny",
            "promise",
            "pledge",
            "vow");
    private static final Set<String> CONCESSIONS = Set.of("although", "though", "while", "whereas");
    /** Modals that, under a verb of saying, put the said thing in the future rather than in doubt. */
    private static final Set<String> FUTURES = Set.of("would", "will", "'d", "'ll");

    Reading read(Parse parse, Actors actors, int predicate, int context) {
        List<Integer> above = ancestors(parse, context);
        if (hasChild(parse, predicate, NEGATIONS)
                || hasChild(parse, context, NEGATIONS)
                || above.stream().anyMatch(t -> DENIALS.contains(parse.lemma(t)))
                || DENIALS.contains(parse.lemma(context)) && context != predicate
                || refused(parse, context)) {
            return new Reading(Modality.NEGATED, Speaker.author());
        }
        if (hypothetical(parse, predicate)
                || hypothetical(parse, context)
                || governing(parse, context).stream()
                        .anyMatch(t -> hypothetical(parse, t) || INTENTIONS.contains(parse.lemma(t)))) {
            return new Reading(Modality.HYPOTHETICAL, Speaker.author());
        }
        if (hasChild(parse, predicate, ALLEGATIONS) || hasChild(parse, context, ALLEGATIONS)) {
            return new Reading(Modality.ALLEGED, Speaker.author());
        }
        for (int t : above) {
            if (ATTRIBUTIONS.contains(parse.lemma(t))) {
                Optional<String> speaker = subject(parse, actors, t);
                return speaker.map(id -> new Reading(Modality.REPORTED, Speaker.actor(id)))
                        .orElse(new Reading(Modality.ALLEGED, Speaker.author()));
            }
        }
        return new Reading(Modality.ASSERTED, Speaker.author());
    }

    private static boolean refused(Parse parse, int token) {
        return parse.heads(token).stream()
                .anyMatch(arc -> arc.relation().equals("xcomp") && REFUSALS.contains(parse.lemma(arc.governor())));
    }

    private static boolean hypothetical(Parse parse, int token) {
        boolean said = saidOf(parse, token);
        for (Parse.Arc arc : parse.children(token)) {
            String lemma = parse.lemma(arc.dependent());
            String word = parse.tokens().get(arc.dependent()).word().toLowerCase(Locale.ROOT);
            boolean future = said && (FUTURES.contains(lemma) || FUTURES.contains(word));
            if (arc.base().equals("aux") && !future && (MODALS.contains(lemma) || MODALS.contains(word))
                    || arc.relation().equals("mark") && (CONDITIONS.contains(lemma) || CONDITIONS.contains(word))
                    || arc.relation().equals("advmod") && HEDGES.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** True for the complement of a verb of saying: "announced that Riyadh would reopen the border". */
    private static boolean saidOf(Parse parse, int token) {
        return parse.heads(token).stream()
                .anyMatch(arc -> arc.relation().equals("ccomp") && ATTRIBUTIONS.contains(parse.lemma(arc.governor())));
    }

    /**
     * The clause heads that can make {@code token} a possibility or an intention: up through
     * complements ("said it could", "plans to"), not through adverbial clauses ("..., so it welcomed").
     */
    private static List<Integer> governing(Parse parse, int token) {
        List<Integer> found = new ArrayList<>();
        int current = token;
        for (int depth = 0; depth < DEPTH; depth++) {
            Optional<Parse.Arc> up = parse.heads(current).stream()
                    .filter(arc -> GOVERNING.contains(arc.relation()))
                    .findFirst();
            if (up.isEmpty() || found.contains(up.get().governor())) {
                break;
            }
            current = up.get().governor();
            found.add(current);
        }
        return found;
    }

    private static boolean hasChild(Parse parse, int token, Set<String> lemmas) {
        return parse.children(token).stream()
                .anyMatch(arc -> !arc.relation().startsWith("conj") && lemmas.contains(parse.lemma(arc.dependent())));
    }

    private static Optional<String> subject(Parse parse, Actors actors, int verb) {
        return parse.children(verb).stream()
                .filter(arc -> arc.relation().equals("nsubj"))
                .flatMap(arc -> actors.of(arc.dependent()).stream())
                .findFirst();
    }

    /**
     * True for a clause conceded against the one above it: in "Tehran denies directing the attacks,
     * although its leaders praise the Houthis" the praise is not denied.
     */
    private static boolean conceded(Parse parse, Parse.Arc arc) {
        return arc.base().equals("advcl")
                && parse.children(arc.dependent()).stream()
                        .anyMatch(mark ->
                                mark.relation().equals("mark") && CONCESSIONS.contains(parse.lemma(mark.dependent())));
    }

    /** The clause heads above {@code token}, nearest first, not through coordination. */
    private static List<Integer> ancestors(Parse parse, int token) {
        List<Integer> found = new ArrayList<>();
        Set<Integer> seen = new HashSet<>(Set.of(token));
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {token, 0});
        while (!queue.isEmpty()) {
            int[] next = queue.poll();
            if (next[1] == DEPTH) {
                continue;
            }
            for (Parse.Arc arc : parse.heads(next[0])) {
                // A relative clause or an apposition is the author's aside, not what the verb above says.
                boolean aside =
                        arc.relation().equals("acl:relcl") || arc.relation().equals("appos") || conceded(parse, arc);
                if (arc.base().equals("conj") || aside || !seen.add(arc.governor())) {
                    continue;
                }
                found.add(arc.governor());
                queue.add(new int[] {arc.governor(), next[1] + 1});
            }
        }
        return found;
    }
}
