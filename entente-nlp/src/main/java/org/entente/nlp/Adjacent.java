package org.entente.nlp;

import java.util.List;
import java.util.Set;

/**
 * A fallback over the word sequence for the clearest case a parser gets wrong: an actor, the
 * predicate verb, an actor ("Moon Jae-in met Kim Jong Un", "Washington called on Serbia to ..."),
 * with at most an adverb or auxiliary before the verb and a determiner or title after it. It fills
 * only a side the dependency patterns left empty, never in a passive. Stateless.
 */
final class Adjacent {

    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("RB", "MD", "VBZ", "VBD", "VBP");
    private static final Set<String> TITLES = Set.of(
            "president",
            "prime",
            "minister",
            "king",
            "prince",
            "emir",
            "chancellor",
            "premier",
            "general",
            "foreign",
            "defence",
            "defense",
            "secretary",
            "leader",
            "supreme");

    private Adjacent() {}

    /** {@code sides} with an empty source or target filled from the adjacent actors, if any. */
    static AssertionCoder.Sides fill(Parse parse, Actors actors, int verb, int phraseEnd, AssertionCoder.Sides sides) {
        boolean passive = parse.children(verb).stream()
                .anyMatch(arc ->
                        arc.relation().equals("aux:pass") || arc.relation().equals("nsubj:pass"));
        if (passive) {
            return sides;
        }
        List<String> sources = sides.sources().isEmpty() ? left(parse, actors, verb) : sides.sources();
        List<String> targets = sides.targets().isEmpty() ? right(parse, actors, phraseEnd) : sides.targets();
        return new AssertionCoder.Sides(sources, targets, Math.min(sides.confidence(), 0.6));
    }

    private static List<String> left(Parse parse, Actors actors, int verb) {
        int t = verb - 1;
        for (int skipped = 0; t >= 0 && skipped < 2; skipped++) {
            if (!BETWEEN_SUBJECT_AND_VERB.contains(parse.tokens().get(t).tag())) {
                break;
            }
            t--;
        }
        if (t < 0 || actors.on(t).isEmpty() || inPhrase(parse, t) || modifies(parse, t)) {
            return List.of();
        }
        return actors.on(t);
    }

    private static List<String> right(Parse parse, Actors actors, int from) {
        int t = from;
        for (int skipped = 0; t < parse.tokens().size() && skipped < 3; skipped++) {
            String tag = parse.tokens().get(t).tag();
            if (!tag.equals("DT") && !TITLES.contains(parse.lemma(t))) {
                break;
            }
            t++;
        }
        if (t >= parse.tokens().size() || actors.on(t).isEmpty()) {
            return List.of();
        }
        int last = t;
        while (last + 1 < parse.tokens().size() && actors.on(last + 1).equals(actors.on(t))) {
            last++;
        }
        return modifies(parse, last) ? List.of() : actors.on(t); // "supplied French jets": France gets nothing
    }

    /** True when the token modifies a noun after it: "French" in "French jets". */
    private static boolean modifies(Parse parse, int token) {
        return parse.heads(token).stream()
                .anyMatch(arc -> arc.governor() > token
                        && (arc.relation().equals("amod")
                                || arc.relation().equals("compound")
                                || arc.relation().equals("nmod:poss")));
    }

    /** A token inside a prepositional phrase or a possessive is no subject: "talks with Iran", "Iran's". */
    private static boolean inPhrase(Parse parse, int token) {
        return parse.children(token).stream().anyMatch(arc -> arc.relation().equals("case"))
                || parse.tokens().get(token).word().equals("'s")
                || token + 1 < parse.tokens().size()
                        && parse.tokens().get(token + 1).tag().equals("POS");
    }
}
