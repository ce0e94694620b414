package org.entente.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
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
 * ("Iranian-Armenian trade") and hyphenated agents ("Russian-Turkish-brokered") (0.6). A verb whose
 * object is not an actor reaches the other side through it ("severed relations with Qatar",
 * "condemned Chinese conduct"); entries may require an object ("cut ties") or an oblique ("stand
 * with"). Coordinated actors arrive as several arcs in the enhanced graph; a mutual predicate with
 * three or more parties gives one assertion per pair. See {@link Arguments}. Modality comes from the predicate's
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

    private static final Set<String> QUALIFIERS_AGAINST =
            Set.of("strained", "tense", "hostile", "poor", "frosty", "broken", "bad", "troubled", "uneasy", "cold");

    private static final Set<String> WORSENING = Set.of(
            "sour",
            "deteriorate",
            "worsen",
            "cool",
            "collapse",
            "fray",
            "suffer",
            "decline",
            "plummet",
            "sink",
            "break",
            "crumble",
            "unravel");

    /** Kinds of a verb that censures what its object noun names: the noun is not its subject's deed. */
    private static final Set<RelationKind> CENSURE =
            EnumSet.of(RelationKind.DISAPPROVE, RelationKind.REJECT, RelationKind.PROTEST);

    /** Verbs of bringing parties together: their guests meet one another. */
    private static final Set<String> GATHERING = Set.of("host", "receive", "convene");

    private static final Set<String> NAMING = Set.of("call", "name", "dub", "term", "label", "brand");

    private final Lexicon lexicon;
    private final UnaryOperator<String> serves;
    private final ModalityReader modality = new ModalityReader();
    private final HyphenatedAgents hyphenated;

    /**
     * @param serves the actor an actor acts for (a person's state or organisation, by the knowledge
     *     base's first affiliation), or the actor itself
     */
    AssertionCoder(Lexicon lexicon, UnaryOperator<String> serves) {
        this.lexicon = lexicon;
        this.serves = serves;
        this.hyphenated = new HyphenatedAgents(lexicon, modality);
    }

    List<Coded> code(Parse parse, List<ActorMatcher.Mention> mentions) {
        Actors actors = new Actors(parse, mentions);
        List<Found> predicates = predicates(parse);
        Set<Integer> coding = new HashSet<>();
        Set<Integer> censuring = new HashSet<>();
        List<Coded> coded = new ArrayList<>();
        for (Found found : predicates) {
            if (isVerb(parse, found.head())) {
                List<Coded> byVerb = codePredicate(parse, actors, found);
                if (!byVerb.isEmpty()) {
                    coding.add(found.head());
                }
                if (CENSURE.contains(found.entry().kind())) {
                    censuring.add(found.head());
                }
                coded.addAll(byVerb);
            }
        }
        for (Found found : predicates) {
            if (isVerb(parse, found.head())) {
                continue;
            }
            Optional<Integer> light = NounArguments.lightVerb(parse, found.head());
            // "cut ties", "suspended deliveries": the verb decides, not its object noun, when it coded
            // something; "hosted a meeting of A and B" leaves it to the noun.
            boolean verbDecides = light.filter(coding::contains).isPresent();
            // "criticised the sanctions on Russia" is no sanction of India's: a hostile deed a verb
            // censures is not its subject's deed ("condemned the Greek-Egyptian deal" still ties the two).
            boolean censured = found.entry().intensity() < 0
                    && light.filter(censuring::contains).isPresent();
            if (!verbDecides && !censured) {
                coded.addAll(codePredicate(parse, actors, found));
            }
        }
        for (int i = 0; i < parse.tokens().size(); i++) {
            hyphenated.code(parse, actors, i).ifPresent(coded::add);
        }
        return coded;
    }

    private static boolean isVerb(Parse parse, int token) {
        return parse.tokens().get(token).tag().startsWith("VB");
    }

    /** True when some lexicon phrase occurs in the sentence, whoever its sides. */
    boolean hasPredicate(Parse parse) {
        return !predicates(parse).isEmpty();
    }

    /** The lexicon phrases of the sentence, longest first at each token, not overlapping. */
    private List<Found> predicates(Parse parse) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < parse.tokens().size()) {
            Optional<Found> here = entryAt(parse, i);
            here.ifPresent(found::add);
            i = here.map(Found::end).orElse(i + 1);
        }
        return found;
    }

    /**
     * A lexicon entry found at a phrase starting on some token, the phrase's syntactic head, and the
     * token after the phrase's words in a row (after the verb alone for "brought A and B together").
     */
    private record Found(Lexicon.Entry entry, int head, int end) {}

    private Optional<Found> entryAt(Parse parse, int start) {
        List<Lexicon.Entry> entries = new ArrayList<>(lexicon.startingWith(parse.lemma(start)));
        // The word too: a tokenizer's lemma may differ ("arms" -> "arm") or be mangled by a locale.
        entries.addAll(lexicon.startingWith(parse.tokens().get(start).word().toLowerCase(Locale.ROOT)));
        for (Lexicon.Entry entry : entries) {
            int end = start + entry.lemmas().size();
            if (!matchesFrom(parse, start, entry.lemmas())) {
                if (!separatedParticle(parse, start, entry)) {
                    continue;
                }
                end = start + 1;
            }
            int head = entry.pos() == Lexicon.Pos.NOUN ? end - 1 : start;
            if (entry.pos().admits(parse.tokens().get(head).tag()) && objectFits(parse, head, entry)) {
                return Optional.of(new Found(entry, head, end));
            }
        }
        return Optional.empty();
    }

    /** True for a verb and its particle apart, as in "brought Tshisekedi and Kagame together". */
    private static boolean separatedParticle(Parse parse, int start, Lexicon.Entry entry) {
        List<String> lemmas = entry.lemmas();
        return entry.pos() == Lexicon.Pos.VERB
                && lemmas.size() == 2
                && parse.lemma(start).equals(lemmas.get(0))
                && parse.children(start).stream()
                        .anyMatch(arc -> (arc.relation().equals("advmod")
                                        || arc.relation().equals("compound:prt"))
                                && parse.lemma(arc.dependent()).equals(lemmas.get(1)));
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
        if (entry.objects().isEmpty() && naming(parse, head)) {
            return false; // "which Armenians call Shushi" names, it does not telephone
        }
        boolean object = entry.objects().isEmpty()
                || parse.children(head).stream()
                        .filter(arc -> arc.base().equals("obj")
                                || arc.relation().equals("nsubj:pass")
                                || arc.relation().equals("xcomp") // "called the measures illegal"
                                || arc.relation().equals("obl:npmod")) // "called the drills an escalation"
                        .anyMatch(arc -> entry.objects().contains(parse.lemma(arc.dependent())));
        boolean oblique = entry.markers().isEmpty()
                || Arguments.verbArcs(parse, head).stream()
                        .anyMatch(arc ->
                                arc.base().equals("obl") && entry.markers().contains(arc.marker()));
        return object && oblique;
    }

    /**
     * True for a verb of naming with a predicate ("called the measures unjustified") or two objects
     * that are not coordinated ("call X Y", "dub X Y").
     */
    private static boolean naming(Parse parse, int verb) {
        if (!NAMING.contains(parse.lemma(verb))) {
            return false;
        }
        List<Integer> objects = parse.children(verb).stream()
                .filter(arc -> arc.relation().equals("obj"))
                .map(Parse.Arc::dependent)
                .toList();
        boolean predicative = parse.children(verb).stream()
                .anyMatch(arc -> arc.relation().equals("obl:npmod")
                        || arc.relation().equals("xcomp") && !isVerb(parse, arc.dependent())); // not "called on X to"
        return predicative
                || objects.stream()
                                .filter(o -> parse.heads(o).stream()
                                        .noneMatch(
                                                arc -> arc.base().equals("conj") && objects.contains(arc.governor())))
                                .count()
                        > 1;
    }

    /** The predicate's assertions: one, or for "A, B and C met" one per pair of parties. */
    private List<Coded> codePredicate(Parse parse, Actors actors, Found found) {
        int head = found.head();
        Lexicon.Entry entry = found.entry();
        boolean verb = isVerb(parse, head);
        Sides sides = verb
                ? Arguments.ofVerb(parse, actors, head, entry)
                : NounArguments.ofNoun(parse, actors, head, entry.kind());
        if (verb && found.end() > head + 1) {
            sides = sides.withTargets(Arguments.phraseTargets(parse, actors, head + 1, found.end()));
        }
        if (verb && (sides.sources().isEmpty() || sides.targets().isEmpty())) {
            sides = Adjacent.fill(parse, actors, head, found.end(), sides);
        }
        boolean soured = !verb && qualifiedAgainst(parse, head);
        if (soured && !(entry.mutual() && entry.kind() == RelationKind.DIPLOMATIC_COOPERATION)) {
            return List.of();
        }
        List<String> between = actors.between(head);
        if (entry.kind() == RelationKind.MEDIATE) {
            sides = new Sides(sides.sources(), parties(parse, actors, head, sides.targets()), 0.6);
        } else if (entry.kind() == RelationKind.CONSULT && !verb && between.size() > 1 && entry.mutual()) {
            // "hosted talks among A, B and C": every party, the host too, met every other.
            List<String> all = new ArrayList<>(sides.sources());
            all.addAll(between);
            sides = new Sides(all, List.of(), 0.6);
        } else if (sides.sources().isEmpty() && between.size() > 1) {
            sides = new Sides(between.subList(0, 1), between.subList(1, between.size()), 0.6);
        } else if (verb && sides.sources().isEmpty() && entry.mutual()) {
            sides = new Sides(sides.targets(), List.of(), sides.confidence()); // "could draw in A and B"
        }
        if (verb && sides.targets().isEmpty() && GATHERING.contains(parse.lemma(head))) {
            // "A and B spent five days in talks hosted by Wang Yi": the talks' parties are the guests.
            sides = sides.withTargets(Clauses.partiesAbove(parse, actors, head));
        }
        if (entry.experiencer()) {
            List<String> event = Clauses.eventDoers(parse, actors, head);
            List<String> doers = event.isEmpty() ? sides.sources() : event;
            sides = new Sides(sides.targets(), doers, sides.confidence());
        }
        RelationKind kind = entry.kind();
        double intensity = entry.intensity();
        if (soured) {
            kind = RelationKind.REDUCE_RELATIONS; // "relations between A and B broke down", "strained ties"
            intensity = kind.defaultIntensity();
        }
        if (verb && kind == RelationKind.APPEAL && Clauses.asksToLeave(parse, head)) {
            kind = RelationKind.DEMAND; // "asked France to withdraw its forces", "called on Serbia to pull back"
            intensity = kind.defaultIntensity();
        }
        int context = verb ? head : NounArguments.lightVerb(parse, head).orElse(head);
        ModalityReader.Reading reading = modality.read(parse, actors, head, context);
        if (reading.modality() != Modality.NEGATED) {
            // "vowed to retaliate against American ships", "offered to carry messages": the threat or
            // the offer is made, whether or not the deed follows.
            boolean hostile = kind.quadClass().filter(quad -> quad == 4).isPresent();
            boolean cooperative = intensity > 0 && kind != RelationKind.INTENT_TO_COOPERATE;
            Optional<Integer> undertaking = hostile
                    ? Undertakings.threatening(parse, actors, context, sides.sources(), serves)
                    : cooperative
                            ? Undertakings.offering(parse, actors, context, sides.sources(), serves)
                            : Optional.empty();
            if (undertaking.isPresent()) {
                kind = hostile ? RelationKind.THREATEN : RelationKind.INTENT_TO_COOPERATE;
                intensity = kind.defaultIntensity();
                reading = modality.read(parse, actors, undertaking.get(), undertaking.get());
            }
        }
        if (entry.kind() != RelationKind.MEDIATE
                && sides.targets().isEmpty()
                && sides.sources().size() > 1
                && entry.mutual()) {
            return pairs(sides.sources(), kind, intensity, reading);
        }
        List<Coded> all =
                new ArrayList<>(coded(sides, kind, intensity, reading).stream().toList());
        if (verb && kind == RelationKind.CONSULT && GATHERING.contains(parse.lemma(head))) {
            // "Washington hosted Vucic and Hoti": the guests met each other too.
            all.addAll(pairs(sides.targets(), kind, kind.defaultIntensity(), reading));
        }
        List<String> allies = verb && (kind == RelationKind.FIGHT || kind == RelationKind.ASSAULT)
                ? Arguments.alongside(parse, actors, head)
                : List.of();
        if (!allies.isEmpty()) {
            // "fought the M23 alongside the Congolese army": allied with the army, and the army fights too.
            RelationKind together = RelationKind.MATERIAL_COOPERATION;
            coded(new Sides(sides.sources(), allies, 0.75), together, together.defaultIntensity(), reading)
                    .ifPresent(all::add);
            coded(new Sides(allies, sides.targets(), 0.6), kind, intensity, reading)
                    .ifPresent(all::add);
        }
        return all;
    }

    /** One mutual assertion per pair of distinct parties: "A, B and C met" is A-B, A-C, B-C. */
    private static List<Coded> pairs(
            List<String> parties, RelationKind kind, double intensity, ModalityReader.Reading reading) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(parties));
        List<Coded> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < distinct.size(); i++) {
            Sides pair = new Sides(distinct.subList(i, i + 1), distinct.subList(i + 1, distinct.size()), 0.6);
            coded(pair, kind, intensity, reading).ifPresent(pairs::add);
        }
        return pairs;
    }

    /** The two or more parties a mediator stands between, or none. */
    static List<String> parties(Parse parse, Actors actors, int head, List<String> named) {
        List<List<String>> ways = List.of(
                actors.between(head), actors.betweenAnywhere(), named, Clauses.partiesAbove(parse, actors, head));
        for (List<String> candidates : ways) {
            if (candidates.size() > 1) {
                return candidates;
            }
        }
        return List.of();
    }

    /** "strained ties", and ties that "soured" or "deteriorated": no positive tie, a worse one. */
    private static boolean qualifiedAgainst(Parse parse, int noun) {
        return parse.children(noun).stream()
                        .anyMatch(arc -> arc.relation().equals("amod")
                                && QUALIFIERS_AGAINST.contains(parse.lemma(arc.dependent())))
                || parse.heads(noun).stream()
                        .anyMatch(arc ->
                                arc.relation().startsWith("nsubj") && WORSENING.contains(parse.lemma(arc.governor())));
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

    record Sides(List<String> sources, List<String> targets, double confidence) {
        Sides withTargets(List<String> more) {
            List<String> all = new ArrayList<>(targets);
            all.addAll(more);
            return new Sides(sources, all, confidence);
        }
    }
}
