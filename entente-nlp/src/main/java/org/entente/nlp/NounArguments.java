package org.entente.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.core.RelationKind;

/**
 * Finds the two sides of a predicate noun in a parse: the actors it is said of (copular subjects,
 * an apposition, actor modifiers or a possessor, the subject of its light verb, the antecedent of
 * its possessive pronoun), the giver of help ("support from"), and the actors of its prepositional
 * modifiers. Stateless.
 */
final class NounArguments {

    private static final Set<String> PRONOUNS = Set.of("its", "their");
    /** Kinds of a noun whose "from" names the giver: "support from", "aid from", "arms from". */
    private static final Set<RelationKind> GIVEN =
            EnumSet.of(RelationKind.DIPLOMATIC_COOPERATION, RelationKind.AID, RelationKind.MATERIAL_COOPERATION);

    private static final Set<String> LIGHT = Set.of("obj", "nsubj:pass", "obl:into");

    private NounArguments() {}

    /**
     * The actors a predicate noun is said of: "Iran and Azerbaijan are partners", "... and China's
     * partner", and in apposition "Russia and China, Venezuela's main creditors".
     */
    private static List<String> copularSubjects(Parse parse, Actors actors, int noun) {
        Set<String> found = new LinkedHashSet<>();
        List<Integer> nouns = new ArrayList<>(List.of(noun));
        parse.heads(noun).stream().filter(arc -> arc.base().equals("conj")).forEach(arc -> nouns.add(arc.governor()));
        for (Parse.Arc appos : parse.heads(noun)) {
            if (appos.relation().equals("appos")) {
                found.addAll(actors.of(appos.governor()));
                parse.children(appos.governor()).stream()
                        .filter(arc -> arc.base().equals("conj"))
                        .forEach(arc -> found.addAll(actors.of(arc.dependent())));
            }
        }
        for (int n : nouns) {
            boolean copular =
                    parse.children(n).stream().anyMatch(arc -> arc.relation().equals("cop"));
            for (Parse.Arc arc : parse.children(n)) {
                if (copular && arc.relation().equals("nsubj")) {
                    found.addAll(actors.of(arc.dependent()));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The sides of a predicate noun: its copular subjects ("A and B are partners"), actor modifiers or
     * possessor, the subject of its light verb or the antecedent of its possessive pronoun, toward the
     * actors of its prepositional modifiers. Confidence 0.6.
     */
    static AssertionCoder.Sides ofNoun(Parse parse, Actors actors, int head, RelationKind kind) {
        List<String> subjects = copularSubjects(parse, actors, head);
        if (!subjects.isEmpty()) {
            Set<String> targets = new LinkedHashSet<>(actors.modifying(head));
            for (Parse.Arc arc : parse.children(head)) {
                if (arc.base().equals("nmod") && Arguments.TARGET_MARKERS.contains(arc.marker())) {
                    targets.addAll(actors.of(arc.dependent()));
                }
            }
            return new AssertionCoder.Sides(subjects, List.copyOf(targets), 0.6);
        }
        List<String> givers = givers(parse, actors, head, kind);
        if (!givers.isEmpty()) {
            return new AssertionCoder.Sides(givers, receivers(parse, actors, head), 0.6);
        }
        Set<String> owners = new LinkedHashSet<>(actors.modifying(head));
        Set<String> possessors = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(head)) {
            if (arc.relation().equals("nmod:poss")) {
                possessors.addAll(actors.on(arc.dependent()));
            } else if (arc.base().equals("nmod") && Arguments.targetMarker(arc.marker(), kind)) {
                targets.addAll(actors.of(arc.dependent()));
            }
        }
        if (targets.isEmpty() && !possessors.isEmpty() && !possessors.containsAll(owners)) {
            // "Azerbaijan's Israeli and U.S. allies": the possessor's ties to the others.
            owners.removeAll(possessors);
            return new AssertionCoder.Sides(List.copyOf(possessors), List.copyOf(owners), 0.6);
        }
        if (owners.isEmpty()) {
            lightVerb(parse, head).ifPresent(verb -> parse.children(verb).stream()
                    .filter(arc -> arc.base().equals("nsubj"))
                    .forEach(arc -> owners.addAll(actors.of(arc.dependent()))));
        }
        if (targets.isEmpty()) {
            // "sent aid to Pakistan", "gave Haftar political cover": the verb carries the other side.
            lightVerb(parse, head).ifPresent(verb -> parse.children(verb).stream()
                    .filter(arc -> arc.relation().equals("iobj")
                            || arc.base().equals("obl")
                                    && Arguments.targetMarker(arc.marker(), kind)
                                    // "entered the war on the side of North Korea" is no war with it
                                    && !parse.lemma(arc.dependent()).equals("side"))
                    .forEach(arc -> targets.addAll(actors.of(arc.dependent()))));
        }
        parse.heads(head).stream()
                .filter(arc -> arc.relation().equals("obl:into"))
                .forEach(into -> parse.children(into.governor()).stream()
                        .filter(arc -> arc.relation().equals("obj"))
                        .forEach(arc -> owners.addAll(actors.of(arc.dependent())))); // "drew A and B into war"
        for (Parse.Arc arc : parse.children(head)) {
            if (owners.isEmpty()
                    && arc.relation().equals("nmod:poss")
                    && PRONOUNS.contains(
                            parse.tokens().get(arc.dependent()).word().toLowerCase(Locale.ROOT))) {
                // "Armenia learned that its alliance with Russia ...", "A and B found their partnership ..."
                owners.addAll(
                        targets.isEmpty() ? actors.antecedents(arc.dependent()) : actors.antecedent(arc.dependent()));
            }
        }
        return new AssertionCoder.Sides(List.copyOf(owners), List.copyOf(targets), 0.6);
    }

    /** "support from allies including Australia": the actors help or backing comes from. */
    private static List<String> givers(Parse parse, Actors actors, int noun, RelationKind kind) {
        if (!GIVEN.contains(kind)) {
            return List.of();
        }
        List<Parse.Arc> from = new ArrayList<>(parse.children(noun));
        lightVerb(parse, noun).ifPresent(verb -> from.addAll(parse.children(verb))); // "got aid from Egypt"
        return from.stream()
                .filter(arc ->
                        arc.relation().equals("nmod:from") || arc.relation().equals("obl:from"))
                .flatMap(arc -> actors.of(arc.dependent()).stream())
                .distinct()
                .toList();
    }

    /** Who gets what a noun of help names: the subject of the verb it hangs on ("fought on with support from"). */
    private static List<String> receivers(Parse parse, Actors actors, int noun) {
        Set<String> found = new LinkedHashSet<>();
        for (Parse.Arc up : parse.heads(noun)) {
            if (parse.tokens().get(up.governor()).tag().startsWith("VB")) {
                parse.children(up.governor()).stream()
                        .filter(arc ->
                                arc.relation().equals("nsubj") || arc.relation().equals("nsubj:pass"))
                        .forEach(arc -> found.addAll(actors.of(arc.dependent())));
            }
        }
        return List.copyOf(found);
    }

    /** The verb whose object (or passive subject) the noun is: "concluded a deal", "drew them into war". */
    static Optional<Integer> lightVerb(Parse parse, int noun) {
        for (Parse.Arc up : parse.heads(noun)) {
            if (up.relation().equals("nmod:of") && Arguments.QUANTITIES.contains(parse.lemma(up.governor()))) {
                return lightVerb(parse, up.governor()); // "suspended part of its aid"
            }
        }
        return parse.heads(noun).stream()
                .filter(arc -> LIGHT.contains(arc.relation()))
                .map(Parse.Arc::governor)
                .filter(g -> parse.tokens().get(g).tag().startsWith("VB"))
                .findFirst();
    }
}
