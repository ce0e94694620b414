package org.entente.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.core.Modality;
import org.entente.core.RelationKind;
import org.entente.core.Speaker;

/**
 * Codes who does what to whom in one parsed sentence, precision first: an assertion is emitted
 * only when a lexicon predicate has an actor on both sides through a known dependency pattern.
 *
 * <p>Patterns, with their confidence: a verb with an actor subject and an actor object (0.9); with
 * an actor in an oblique ("to", "with", "against", ...) or a passive with its "by" agent (0.75); a
 * predicate noun with an actor possessor or modifier and an actor in a prepositional modifier, an
 * object noun of a verb whose subject is an actor, "war between A and B", adjectival dyads
 * ("Iranian-Armenian trade") and hyphenated agents ("Russian-Turkish-brokered") (0.6). Coordinated
 * actors arrive as several arcs in the enhanced graph. Modality comes from the predicate's
 * surroundings: negation or a denial above it, a modal, condition or intention above it, an
 * attribution verb above it (its actor subject becomes the speaker). Thread-safe.
 */
final class AssertionCoder {

    /** One coded assertion, before it is dated and given its evidence. */
    record Coded(
            List<String> sources,
            List<String> targets,
            RelationKind kind,
            double intensity,
            Modality modality,
            Speaker speaker,
            double confidence) {}

    private static final Set<String> TARGET_MARKERS =
            Set.of("to", "with", "against", "on", "for", "into", "toward", "towards", "at", "over", "upon", "of");
    private static final Set<String> QUALIFIERS_AGAINST =
            Set.of("strained", "tense", "hostile", "poor", "frosty", "broken", "bad", "troubled", "uneasy", "cold");

    private final Lexicon lexicon;
    private final ModalityReader modality = new ModalityReader();
    private final HyphenatedAgents hyphenated;

    AssertionCoder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.hyphenated = new HyphenatedAgents(lexicon, modality);
    }

    List<Coded> code(Parse parse, List<ActorMatcher.Mention> mentions) {
        Actors actors = new Actors(parse, mentions);
        List<Found> predicates = predicates(parse);
        Set<Integer> heads = new HashSet<>();
        predicates.forEach(found -> heads.add(found.head()));
        List<Coded> coded = new ArrayList<>();
        for (Found found : predicates) {
            boolean verb = parse.tokens().get(found.head()).tag().startsWith("VB");
            // "cut ties", "share ties", "suspended deliveries": the verb decides, not its object noun.
            if (verb || lightVerb(parse, found.head()).filter(heads::contains).isEmpty()) {
                codePredicate(parse, actors, found).ifPresent(coded::add);
            }
        }
        for (int i = 0; i < parse.tokens().size(); i++) {
            hyphenated.code(parse, actors, i).ifPresent(coded::add);
        }
        return coded;
    }

    /** The lexicon phrases of the sentence, longest first at each token, not overlapping. */
    private List<Found> predicates(Parse parse) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < parse.tokens().size()) {
            Optional<Found> here = entryAt(parse, i);
            here.ifPresent(found::add);
            i += here.map(f -> f.entry().lemmas().size()).orElse(1);
        }
        return found;
    }

    /** A lexicon entry found at a phrase starting on some token, and the phrase's syntactic head. */
    private record Found(Lexicon.Entry entry, int head) {}

    private Optional<Found> entryAt(Parse parse, int start) {
        List<Lexicon.Entry> entries = new ArrayList<>(lexicon.startingWith(parse.lemma(start)));
        // The word too: a tokenizer's lemma may differ ("arms" -> "arm") or be mangled by a locale.
        entries.addAll(lexicon.startingWith(parse.tokens().get(start).word().toLowerCase(Locale.ROOT)));
        for (Lexicon.Entry entry : entries) {
            if (!matchesFrom(parse, start, entry.lemmas())) {
                continue;
            }
            int head = entry.pos() == Lexicon.Pos.NOUN ? start + entry.lemmas().size() - 1 : start;
            if (entry.pos().admits(parse.tokens().get(head).tag()) && objectFits(parse, head, entry)) {
                return Optional.of(new Found(entry, head));
            }
        }
        return Optional.empty();
    }

    private static boolean matchesFrom(Parse parse, int start, List<String> lemmas) {
        if (start + lemmas.size() > parse.tokens().size()) {
            return false;
        }
        for (int k = 0; k < lemmas.size(); k++) {
            String word = parse.tokens().get(start + k).word().toLowerCase(Locale.ROOT);
            if (!parse.lemma(start + k).equals(lemmas.get(k)) && !word.equals(lemmas.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean objectFits(Parse parse, int head, Lexicon.Entry entry) {
        if (entry.objects().isEmpty()) {
            return true;
        }
        return parse.children(head).stream()
                .filter(arc -> arc.base().equals("obj"))
                .anyMatch(arc -> entry.objects().contains(parse.lemma(arc.dependent())));
    }

    private Optional<Coded> codePredicate(Parse parse, Actors actors, Found found) {
        int head = found.head();
        Lexicon.Entry entry = found.entry();
        boolean verb = parse.tokens().get(head).tag().startsWith("VB");
        Sides sides = verb ? verbSides(parse, actors, head) : nounSides(parse, actors, head);
        if (verb && entry.lemmas().size() > 1) {
            sides = sides.withTargets(
                    phraseTargets(parse, actors, head + 1, head + entry.lemmas().size()));
        }
        if (!verb && qualifiedAgainst(parse, head)) {
            return Optional.empty();
        }
        List<String> between = actors.between(head);
        if (entry.kind() == RelationKind.MEDIATE) {
            sides = new Sides(sides.sources(), parties(actors, head, sides.targets()), 0.6);
        } else if (sides.sources().isEmpty() && between.size() > 1) {
            sides = new Sides(between.subList(0, 1), between.subList(1, between.size()), 0.6);
        } else if (sides.targets().isEmpty() && sides.sources().size() > 1 && entry.mutual()) {
            List<String> all = sides.sources();
            sides = new Sides(all.subList(0, 1), all.subList(1, all.size()), 0.6);
        }
        int context = verb ? head : lightVerb(parse, head).orElse(head);
        return coded(sides, entry.kind(), entry.intensity(), modality.read(parse, actors, head, context));
    }

    /** The two or more parties a mediator stands between, or none. */
    static List<String> parties(Actors actors, int head, List<String> named) {
        for (List<String> candidates : List.of(actors.between(head), actors.betweenAnywhere(), named)) {
            if (candidates.size() > 1) {
                return candidates;
            }
        }
        return List.of();
    }

    private static Sides verbSides(Parse parse, Actors actors, int head) {
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> passive = new LinkedHashSet<>();
        Set<String> agents = new LinkedHashSet<>();
        Set<String> objects = new LinkedHashSet<>();
        Set<String> obliques = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(head)) {
            List<String> found = actors.of(arc.dependent());
            switch (arc.relation()) {
                case "nsubj", "nsubj:xsubj" -> subjects.addAll(found);
                case "nsubj:pass" -> passive.addAll(found);
                case "obl:agent", "obl:by" -> agents.addAll(found);
                case "obj", "iobj" -> objects.addAll(found);
                default -> {
                    if (arc.base().equals("obl") && TARGET_MARKERS.contains(arc.marker())) {
                        obliques.addAll(found);
                    }
                }
            }
        }
        if (!passive.isEmpty()) {
            passive.addAll(objects);
            passive.addAll(obliques);
            return new Sides(List.copyOf(agents), List.copyOf(passive), 0.75);
        }
        double confidence = objects.isEmpty() ? 0.75 : 0.9;
        objects.addAll(obliques);
        return new Sides(List.copyOf(subjects), List.copyOf(objects), confidence);
    }

    private static Sides nounSides(Parse parse, Actors actors, int head) {
        Set<String> owners = new LinkedHashSet<>(actors.modifying(head));
        Set<String> possessors = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(head)) {
            if (arc.relation().equals("nmod:poss")) {
                possessors.addAll(actors.on(arc.dependent()));
            } else if (arc.base().equals("nmod") && TARGET_MARKERS.contains(arc.marker())) {
                targets.addAll(actors.of(arc.dependent()));
            }
        }
        if (targets.isEmpty() && !possessors.isEmpty() && !possessors.containsAll(owners)) {
            // "Azerbaijan's Israeli and U.S. allies": the possessor's ties to the others.
            owners.removeAll(possessors);
            return new Sides(List.copyOf(possessors), List.copyOf(owners), 0.6);
        }
        if (owners.isEmpty()) {
            lightVerb(parse, head).ifPresent(verb -> parse.children(verb).stream()
                    .filter(arc -> arc.base().equals("nsubj"))
                    .forEach(arc -> owners.addAll(actors.of(arc.dependent()))));
        }
        return new Sides(List.copyOf(owners), List.copyOf(targets), 0.6);
    }

    /** The verb whose object (or passive subject) the noun is: "concluded a deal". */
    static Optional<Integer> lightVerb(Parse parse, int noun) {
        return parse.heads(noun).stream()
                .filter(arc -> arc.relation().equals("obj") || arc.relation().equals("nsubj:pass"))
                .map(Parse.Arc::governor)
                .filter(g -> parse.tokens().get(g).tag().startsWith("VB"))
                .findFirst();
    }

    private static boolean qualifiedAgainst(Parse parse, int noun) {
        return parse.children(noun).stream()
                .anyMatch(arc ->
                        arc.relation().equals("amod") && QUALIFIERS_AGAINST.contains(parse.lemma(arc.dependent())));
    }

    static Optional<Coded> coded(Sides sides, RelationKind kind, double intensity, ModalityReader.Reading reading) {
        List<String> sources = List.copyOf(new LinkedHashSet<>(sides.sources()));
        List<String> targets = sides.targets().stream()
                .distinct()
                .filter(t -> !sources.contains(t))
                .toList();
        if (sources.isEmpty() || targets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Coded(
                sources, targets, kind, intensity, reading.modality(), reading.speaker(), sides.confidence()));
    }

    /** Actors in prepositional modifiers of the tokens {@code [from, to)}: "cut ties with Qatar". */
    private static List<String> phraseTargets(Parse parse, Actors actors, int from, int to) {
        List<String> targets = new ArrayList<>();
        for (int t = from; t < to; t++) {
            for (Parse.Arc arc : parse.children(t)) {
                if (arc.base().equals("nmod") && TARGET_MARKERS.contains(arc.marker())) {
                    targets.addAll(actors.of(arc.dependent()));
                }
            }
        }
        return targets;
    }

    record Sides(List<String> sources, List<String> targets, double confidence) {
        Sides withTargets(List<String> more) {
            List<String> all = new ArrayList<>(targets);
            all.addAll(more);
            return new Sides(sources, all, confidence);
        }
    }
}
