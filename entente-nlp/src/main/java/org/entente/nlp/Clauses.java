package org.entente.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Readings of the clause around a predicate that the dependency patterns of {@link Arguments} miss:
 * a request to leave, the doer of the event a relative "which" comments on, subjects a parser hung
 * on a leading date. Stateless.
 */
final class Clauses {

    private Clauses() {}

    /** Verbs of leaving: asking an actor to do one of them is a demand, not an appeal. */
    private static final Set<String> LEAVING = Set.of(
            "leave",
            "withdraw",
            "pull",
            "quit",
            "go",
            "depart",
            "evacuate",
            "close",
            "stop",
            "halt",
            "end",
            "cease",
            "remove");

    /** "asked France to withdraw", "called on Serbia to pull back the troops". */
    static boolean asksToLeave(Parse parse, int verb) {
        boolean parsed = parse.children(verb).stream()
                .anyMatch(
                        arc -> (arc.relation().equals("xcomp") || arc.relation().startsWith("advcl"))
                                && LEAVING.contains(parse.lemma(arc.dependent())));
        // The parser may hang "to pull back" elsewhere: the first "to" + verb within a few words decides.
        int last = Math.min(parse.tokens().size() - 1, verb + 6);
        for (int t = verb + 1; t < last && !parsed; t++) {
            if (parse.tokens().get(t).tag().equals("TO")) {
                return LEAVING.contains(parse.lemma(t + 1));
            }
        }
        return parsed;
    }

    /**
     * The doers of the clause a relative "which" comments on: in "Ethiopia completed the first
     * filling, which angered Egypt" or "Seoul opened relations with China in 1992, which angered
     * Pyongyang", the subject of the verb above; in "Armenia, which angered Iran", Armenia; or none.
     */
    static List<String> eventDoers(Parse parse, Actors actors, int verb) {
        boolean whichObject = parse.children(verb).stream()
                .anyMatch(arc -> arc.relation().equals("obj")
                        && parse.tokens().get(arc.dependent()).word().equalsIgnoreCase("which"));
        for (Parse.Arc up : parse.heads(verb)) {
            if (whichObject && parse.tokens().get(up.governor()).tag().startsWith("VB")) {
                // ", which Athens called a provocation" hung on the clause's verb itself
                return subjects(parse, actors, up.governor());
            }
            if (!up.relation().equals("acl:relcl")) {
                continue;
            }
            boolean inPhrase = parse.children(up.governor()).stream()
                    .anyMatch(arc -> arc.relation().equals("case"));
            if (!actors.of(up.governor()).isEmpty() && !inPhrase) {
                return actors.of(up.governor());
            }
            int noun = up.governor();
            // Up through nouns and subjectless verbs ("passed a law creating the state of X, which
            // ..."), to the first verb with an actor subject.
            for (int step = 0; step < 5; step++) {
                Optional<Parse.Arc> above = parse.heads(noun).stream().findFirst();
                if (above.isEmpty()) {
                    break;
                }
                int governor = above.get().governor();
                if (parse.tokens().get(governor).tag().startsWith("VB")
                        && !subjects(parse, actors, governor).isEmpty()) {
                    return subjects(parse, actors, governor);
                }
                noun = governor;
            }
        }
        return List.of();
    }

    private static List<String> subjects(Parse parse, Actors actors, int verb) {
        Set<String> found = new LinkedHashSet<>();
        parse.children(verb).stream()
                .filter(arc -> arc.relation().equals("nsubj"))
                .forEach(arc -> found.addAll(actors.of(arc.dependent())));
        return List.copyOf(found);
    }

    /** True when a number before the noun is its own or its title's: "2022 Mali", "2016 President Erdogan". */
    private static boolean yearBefore(Parse parse, int noun) {
        return parse.children(noun).stream()
                .anyMatch(arc -> arc.dependent() < noun
                        && (arc.relation().equals("nummod")
                                || arc.relation().equals("compound")
                                        && parse.children(arc.dependent()).stream()
                                                .anyMatch(n -> n.relation().equals("nummod"))));
    }

    /**
     * The subjects a parser hung on the date before them: in "On April 19, 2013, Serbia and Kosovo
     * concluded ..." it may read "Serbia" and "Kosovo" as conjuncts of "April 19", and in "In 2022
     * Mali asked ..." "Mali" as an oblique with the year as its number.
     */
    static List<String> subjectsAfterDate(Parse parse, Actors actors, int verb) {
        Set<String> found = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(verb)) {
            int date = arc.dependent();
            boolean yearOnActor =
                    arc.base().equals("obl") && date < verb && !actors.on(date).isEmpty() && yearBefore(parse, date);
            if (yearOnActor) {
                found.addAll(actors.on(date)); // "In 2022 Mali asked ...", read as "in 2022 Mali"
                parse.children(date).stream()
                        .filter(conj -> conj.base().equals("conj") && conj.dependent() < verb)
                        .forEach(conj -> found.addAll(actors.on(conj.dependent()))); // "In 2021 A and B"
                continue;
            }
            boolean yearOnNoun = arc.base().equals("obl")
                    && date < verb
                    && actors.on(date).isEmpty()
                    && yearBefore(parse, date)
                    && parse.children(verb).stream().noneMatch(s -> s.relation().startsWith("nsubj"));
            if (yearOnNoun) {
                found.addAll(actors.modifying(date)); // "In 2021 Rwandan troops fought", read as "in 2021 troops"
                continue;
            }
            boolean dated = arc.base().equals("obl")
                    && date < verb
                    && (Discovery.MONTHS.contains(parse.lemma(date))
                            || parse.tokens().get(date).tag().equals("CD"));
            if (!dated) {
                continue;
            }
            parse.children(date).stream()
                    .filter(conj -> conj.base().equals("conj") && conj.dependent() < verb)
                    .forEach(conj -> found.addAll(actors.of(conj.dependent())));
        }
        return List.copyOf(found);
    }

    /**
     * The actors of "as did Qatar and Oman" after a clause: they did what its verb says too. The
     * parser hangs the "do" on the verb as a clause marked "as", or under "as" itself.
     */
    static List<String> likewise(Parse parse, Actors actors, int verb) {
        Set<String> found = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(verb)) {
            int child = arc.dependent();
            List<Integer> doing = new ArrayList<>();
            if (parse.lemma(child).equals("do") && hasChild(parse, child, "mark", "as")) {
                doing.add(child);
            } else if (parse.lemma(child).equals("as")) {
                parse.children(child).stream()
                        .filter(under -> parse.lemma(under.dependent()).equals("do"))
                        .forEach(under -> doing.add(under.dependent()));
            }
            for (int did : doing) {
                for (Parse.Arc doer : parse.children(did)) {
                    if (doer.relation().startsWith("nsubj") || doer.relation().equals("obj")) {
                        found.addAll(actors.of(doer.dependent()));
                        parse.children(doer.dependent()).stream()
                                .filter(conj -> conj.base().equals("conj"))
                                .forEach(conj -> found.addAll(actors.of(conj.dependent())));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The subjects of the clause an accord's participle sits in: in "A and B agreed to restore ties,
     * in a deal brokered by China" the deal's parties are those who agreed.
     */
    static List<String> partiesAbove(Parse parse, Actors actors, int participle) {
        for (Parse.Arc up : parse.heads(participle)) {
            if (!up.relation().equals("acl")) {
                continue;
            }
            for (Parse.Arc clause : parse.heads(up.governor())) {
                if (parse.tokens().get(clause.governor()).tag().startsWith("VB")) {
                    Set<String> found = new LinkedHashSet<>();
                    for (Parse.Arc arc : Arguments.verbArcs(parse, clause.governor())) {
                        if (arc.relation().startsWith("nsubj")) {
                            found.addAll(actors.ofOrModifying(arc.dependent()));
                        }
                    }
                    return List.copyOf(found);
                }
            }
        }
        return List.of();
    }

    private static boolean hasChild(Parse parse, int governor, String relation, String lemma) {
        return parse.children(governor).stream()
                .anyMatch(arc -> arc.relation().equals(relation)
                        && parse.lemma(arc.dependent()).equals(lemma));
    }
}
