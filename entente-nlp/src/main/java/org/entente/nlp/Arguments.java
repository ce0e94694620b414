package org.entente.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.core.RelationKind;

/**
 * Finds the two sides of a predicate verb in a parse: who acts (subject, passive agent, controlling
 * subject, the noun a relative clause modifies, the antecedent of a pronoun) and on whom (object,
 * oblique, the actors reached through a non-actor object: "severed relations with Qatar", "condemned
 * Chinese conduct"). Predicate nouns are {@link NounArguments}'. Stateless.
 */
final class Arguments {

    static final Set<String> TARGET_MARKERS =
            Set.of("to", "with", "against", "on", "for", "into", "toward", "towards", "at", "over", "upon", "of");
    /** Prepositions after a verb's object noun that lead to the other side: "relations with Qatar". */
    private static final Set<String> OBJECT_MARKERS =
            Set.of("to", "with", "against", "on", "toward", "towards", "into", "from", "off");

    /**
     * Prepositions by which a participle ties its noun to an owner: "tied to", "bound for", "owned
     * by", and none in a hyphenated "Houthi-held".
     */
    private static final Set<String> OWNING_MARKERS = Set.of("to", "for", "with", "by", "agent", "");

    private static final Set<RelationKind> FORCE =
            EnumSet.of(RelationKind.COERCE, RelationKind.ASSAULT, RelationKind.FIGHT);
    /** Nouns of hostile deeds: what follows "on" or "against" them is their victim. */
    private static final Set<String> DEEDS = Set.of(
            "sanction",
            "strike",
            "attack",
            "invasion",
            "blockade",
            "embargo",
            "occupation",
            "annexation",
            "bombing",
            "shelling",
            "raid",
            "incursion",
            "harassment",
            "crackdown",
            "offensive",
            "aggression");
    /** Kinds whose object's "by" names its author, who is the other side: "rejected a plan by Egypt". */
    private static final Set<RelationKind> AUTHORED =
            EnumSet.of(RelationKind.REJECT, RelationKind.DISAPPROVE, RelationKind.DIPLOMATIC_COOPERATION);
    /** Kinds that judge a deed: a relative "which" as their object stands for the deed's doer. */
    private static final Set<RelationKind> JUDGING = EnumSet.of(
            RelationKind.DISAPPROVE, RelationKind.REJECT, RelationKind.PROTEST, RelationKind.DIPLOMATIC_COOPERATION);

    /** Pronouns resolved to the nearest earlier clause subject of the same sentence. */
    private static final Set<String> PERSONAL = Set.of("it", "he", "she");

    /** Kinds that ask something of another: whom they ask may be the subject of what is asked. */
    private static final Set<RelationKind> ASKING = EnumSet.of(RelationKind.DEMAND, RelationKind.APPEAL);

    /** Papers that speak for whoever issues them: "a resolution demanding", "a statement condemning". */
    private static final Set<String> PAPERS = Set.of(
            "resolution", "statement", "communiqué", "communique", "declaration", "letter", "note", "decree", "motion");

    private static final Set<String> PARTICLES = Set.of("back", "over", "closer", "close");
    private static final Set<String> ACCUSING = Set.of("accuse", "blame", "charge", "suspect");
    /**
     * People of a nation who are not its state: "Serb protesters clashed with NATO peacekeepers" is
     * no act of Serbia's, so the adjective of such a subject does not make the state act.
     */
    private static final Set<String> NON_STATE = Set.of(
            "protester",
            "demonstrator",
            "gunman",
            "militant",
            "rebel",
            "civilian",
            "villager",
            "student",
            "worker",
            "citizen",
            "refugee",
            "migrant",
            "minority",
            "community",
            "population",
            "people",
            "separatist",
            "nationalist",
            "activist",
            "fan",
            "tourist",
            "businessman",
            "settler",
            "mob",
            "crowd",
            "group",
            "extremist",
            "insurgent",
            "criminal",
            "smuggler",
            "hacker",
            "volunteer");

    /** Trade whose goods tell where they come from or go: "imports of Taiwanese fruit". */
    private static final Set<String> GOODS = Set.of("import", "export", "shipment", "purchase", "sale");

    /** Verbs whose guest, in the passive, was received by the place it was received in. */
    private static final Set<String> HOSTING = Set.of("receive", "welcome");

    /** A state's presence in another: "reopened its embassy in Riyadh". */
    private static final Set<String> MISSIONS = Set.of("embassy", "consulate", "mission", "ambassador");

    /** Nouns that stand for a part of what follows "of": "suspended part of its aid to Ethiopia". */
    static final Set<String> QUANTITIES =
            Set.of("part", "some", "most", "much", "half", "portion", "share", "all", "bulk", "rest");
    /** Obliques whose actor may be an adjective: "closed its ports to Qatari traffic". */
    private static final Set<String> DESTINATIONS = Set.of("to", "on", "against", "into");

    private Arguments() {}

    /**
     * The sides of a verb: its subject (in a passive, its "by" agent; without one, its controller)
     * acts on its objects and on the obliques its kind or its entry's "via=" admits. Confidence 0.9
     * with an actor object, else 0.75.
     */
    static AssertionCoder.Sides ofVerb(Parse parse, Actors actors, int head, Lexicon.Entry entry) {
        RelationKind kind = entry.kind();
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> passive = new LinkedHashSet<>();
        Set<String> agents = new LinkedHashSet<>();
        Set<String> objects = new LinkedHashSet<>();
        Set<String> obliques = new LinkedHashSet<>();
        Set<String> adjectival = new LinkedHashSet<>();
        for (Parse.Arc arc : verbArcs(parse, head)) {
            List<String> found = resolved(parse, actors, arc.dependent(), head);
            switch (arc.relation()) {
                case "nsubj", "nsubj:xsubj" -> {
                    subjects.addAll(found);
                    if (found.isEmpty() && !NON_STATE.contains(parse.lemma(arc.dependent()))) {
                        adjectival.addAll(actors.modifying(arc.dependent())); // "North Korean artillery shelled"
                        adjectival.addAll(actors.possessor(arc.dependent(), head)); // "its troops could enter"
                    }
                }
                case "nsubj:pass" -> passive.addAll(found);
                case "obl:agent" -> agents.addAll(found);
                case "obl:by" -> (entry.markers().contains("by") ? obliques : agents).addAll(found);
                case "obj", "iobj" -> {
                    if (JUDGING.contains(kind) && judgedEvent(parse, actors, head, arc.dependent())) {
                        // "sent a ship to Guyanese waters, which Caracas called a provocation": the
                        // doer of the sending is judged, not the owner of the waters.
                        objects.addAll(Clauses.eventDoers(parse, actors, head));
                        continue;
                    }
                    // What is rejected is a proposal or a claim, hardly the subject before it ("rejected it").
                    if (kind != RelationKind.REJECT || !isWord(parse, arc.dependent(), "it")) {
                        objects.addAll(found);
                    }
                    if (found.isEmpty() && !entry.direct()) {
                        obliques.addAll(objectTargets(parse, actors, arc.dependent(), kind));
                        obliques.addAll(contactClauseTargets(parse, actors, head, arc.dependent()));
                    }
                }
                default -> {
                    if (!entry.direct()) {
                        obliques.addAll(obliqueTargets(parse, actors, arc, found, entry));
                    }
                }
            }
        }
        if (objects.isEmpty() && obliques.isEmpty() && ASKING.contains(kind)) {
            objects.addAll(askedOf(parse, actors, head)); // "demanded that the Houthis halt their attacks"
        }
        if (subjects.isEmpty() && passive.isEmpty()) {
            subjects.addAll(adjectival);
        }
        if (passive.isEmpty() && (subjects.isEmpty() || entry.mutual())) {
            // also beside subjects of its own: "In 2023 Mali, Burkina Faso and Niger signed" may hang
            // Mali on the year and leave the others the subjects
            subjects.addAll(Clauses.subjectsAfterDate(parse, actors, head));
            obliques.removeAll(subjects);
        }
        if (subjects.isEmpty() && passive.isEmpty()) {
            passive.addAll(participlePatient(parse, actors, head));
        }
        if (subjects.isEmpty() && passive.isEmpty()) {
            subjects.addAll(controller(parse, actors, head));
        }
        if (!subjects.isEmpty()) {
            subjects.addAll(Clauses.likewise(parse, actors, head)); // "welcomed it, as did Qatar"
            objects.removeAll(subjects);
            obliques.removeAll(subjects);
        }
        if (!passive.isEmpty() && agents.isEmpty() && HOSTING.contains(parse.lemma(head))) {
            agents.addAll(hosts(parse, actors, head)); // "was received in Tehran": Tehran received
        }
        if (!passive.isEmpty()) {
            passive.addAll(objects);
            passive.addAll(obliques);
            return new AssertionCoder.Sides(List.copyOf(agents), List.copyOf(passive), 0.75);
        }
        if (subjects.isEmpty()) {
            subjects.addAll(agents); // "a deal brokered by China": a doer with no patient named
        }
        double confidence = objects.isEmpty() ? 0.75 : 0.9;
        objects.addAll(obliques);
        return new AssertionCoder.Sides(List.copyOf(subjects), List.copyOf(objects), confidence);
    }

    /**
     * The other side through an oblique the kind or the entry admits: its actors, or for a
     * destination without one, the actors modifying it ("closed its ports to Qatari traffic",
     * "relies on its frontier with Iran").
     */
    private static List<String> obliqueTargets(
            Parse parse, Actors actors, Parse.Arc arc, List<String> found, Lexicon.Entry entry) {
        boolean admitted =
                targetMarker(arc.marker(), entry.kind()) || entry.markers().contains(arc.marker());
        if (!arc.base().equals("obl") || !admitted) {
            return List.of();
        }
        // Force through a preposition its entry names reaches the owner of what it hits: "fired at a
        // Philippine boat", "collided with a Chinese vessel" (not "moved tanks toward the Ukrainian border").
        boolean destination = DESTINATIONS.contains(arc.marker())
                || FORCE.contains(entry.kind()) && entry.markers().contains(arc.marker());
        if (found.isEmpty()
                && !destination
                && FORCE.contains(entry.kind())
                && arc.marker().equals("at")) {
            // "bombed depots at the Houthi-held port": the place's holder is hit, not any place's state.
            return parse.children(arc.dependent()).stream()
                    .filter(mod ->
                            (mod.relation().equals("amod") || mod.relation().equals("acl"))
                                    && parse.tokens().get(mod.dependent()).tag().equals("VBN"))
                    .flatMap(mod -> owners(parse, actors, mod.dependent()).stream())
                    .toList();
        }
        if (!found.isEmpty() || !destination) {
            return found;
        }
        Set<String> targets = new LinkedHashSet<>(actors.modifying(arc.dependent()));
        targets.addAll(objectTargets(parse, actors, arc.dependent(), RelationKind.AID));
        return List.copyOf(targets);
    }

    /** "Armenia, backed by Russia, ...": the noun a participle modifies is its patient. */
    private static List<String> participlePatient(Parse parse, Actors actors, int verb) {
        if (!parse.tokens().get(verb).tag().equals("VBN")) {
            return List.of();
        }
        return parse.heads(verb).stream()
                .filter(arc -> arc.relation().equals("acl"))
                .flatMap(arc -> actors.of(arc.governor()).stream())
                .toList();
    }

    /** The actors of an argument of {@code clause}, a pronoun standing for its antecedent's. */
    private static List<String> resolved(Parse parse, Actors actors, int token, int clause) {
        String word = parse.tokens().get(token).word().toLowerCase(Locale.ROOT);
        List<String> inSentence = PERSONAL.contains(word)
                ? actors.antecedent(token, clause)
                : word.equals("they") ? actors.antecedents(token) : List.of();
        // Else what an earlier sentence named, if Coreference placed it on the pronoun.
        return inSentence.isEmpty() ? actors.of(token) : inSentence;
    }

    /** Where a guest was received: "in Tehran", "with honours in Kampala and Nairobi". */
    private static List<String> hosts(Parse parse, Actors actors, int verb) {
        Set<String> found = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(verb)) {
            if (arc.relation().equals("obl:in")) {
                found.addAll(actors.of(arc.dependent()));
            } else if (arc.base().equals("obl")) {
                parse.children(arc.dependent()).stream()
                        .filter(inner -> inner.relation().equals("nmod:in"))
                        .forEach(inner -> found.addAll(actors.of(inner.dependent())));
            }
        }
        return List.copyOf(found);
    }

    /** The actors a verb's subject fights with or for: "alongside the army", "for the Saudi-led coalition". */
    static List<String> alongside(Parse parse, Actors actors, int verb) {
        Set<String> found = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(verb)) {
            if (arc.relation().equals("obl:alongside") || arc.relation().equals("obl:beside")) {
                found.addAll(actors.of(arc.dependent()));
            } else if (arc.relation().equals("obl:for")) {
                // "fought for the Saudi-led coalition", "fought for Ukraine"; not "for control of the city"
                found.addAll(actors.ofOrModifying(arc.dependent()));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The arcs of a verb, with the obliques of its particle moved up to it: in "hand the districts
     * back to Azerbaijan" the parser hangs "to Azerbaijan" on "back".
     */
    static List<Parse.Arc> verbArcs(Parse parse, int verb) {
        List<Parse.Arc> arcs = new ArrayList<>(parse.children(verb));
        // A subject shared with an earlier verb comes over as its first conjunct only: in "Bahrain,
        // Sudan and Somalia followed the Saudi lead and cut ties" "cut" gets "Bahrain" alone.
        for (Parse.Arc subject : parse.children(verb)) {
            if (subject.relation().startsWith("nsubj")) {
                parse.children(subject.dependent()).stream()
                        .filter(arc -> arc.base().equals("conj"))
                        .map(arc -> new Parse.Arc(verb, subject.relation(), arc.dependent()))
                        .filter(arc -> !arcs.contains(arc))
                        .forEach(arcs::add);
            }
        }
        for (Parse.Arc particle : parse.children(verb)) {
            if (PARTICLES.contains(parse.lemma(particle.dependent()))) {
                parse.children(particle.dependent()).stream()
                        .filter(arc -> arc.base().equals("obl"))
                        .forEach(arc -> arcs.add(new Parse.Arc(verb, arc.relation(), arc.dependent())));
            }
        }
        return arcs;
    }

    /**
     * True when the object is the antecedent of a relative "which" heading the verb's clause and no
     * actor itself: what the clause judges is the event the antecedent ends, not its owner.
     */
    private static boolean judgedEvent(Parse parse, Actors actors, int verb, int object) {
        if (isWord(parse, object, "which")) {
            return true; // the parser left the relative pronoun as the object itself
        }
        boolean relative = parse.heads(verb).stream()
                .anyMatch(arc -> arc.relation().equals("acl:relcl") && arc.governor() == object);
        boolean which = parse.children(object).stream()
                .anyMatch(arc -> arc.relation().equals("ref") && isWord(parse, arc.dependent(), "which"));
        return relative && which && actors.on(object).isEmpty();
    }

    private static boolean isWord(Parse parse, int token, String word) {
        return parse.tokens().get(token).word().equalsIgnoreCase(word);
    }

    /**
     * "from" marks the other side only where relations are cut or goods bought: "recalled ... from
     * Israel"; "for" never marks the enemy of a fight: "soldiers to fight for Russia".
     */
    static boolean targetMarker(String marker, RelationKind kind) {
        if (marker.equals("for") && kind == RelationKind.FIGHT) {
            return false;
        }
        return TARGET_MARKERS.contains(marker)
                || marker.equals("from")
                        && (kind == RelationKind.REDUCE_RELATIONS || kind == RelationKind.MATERIAL_COOPERATION);
    }

    /**
     * The actors a verb reaches through its non-actor object: "severed relations with Qatar", and,
     * except for aid (whose object is what is given: "Israeli drones"), the actor modifying the
     * object: "condemned Chinese behaviour", "banned Chinese apps".
     */
    private static List<String> objectTargets(Parse parse, Actors actors, int object, RelationKind kind) {
        Set<String> targets = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(object)) {
            boolean goods = GOODS.contains(parse.lemma(object)); // "halted imports of Taiwanese fruit"
            if (arc.relation().equals("nmod:of") && (QUANTITIES.contains(parse.lemma(object)) || goods)) {
                targets.addAll(objectTargets(parse, actors, arc.dependent(), kind));
            }
            boolean mission = arc.marker().equals("in") && MISSIONS.contains(parse.lemma(object));
            if (arc.base().equals("nmod") && (OBJECT_MARKERS.contains(arc.marker()) || mission)) {
                targets.addAll(actors.of(arc.dependent())); // "closed its embassy in Doha"
            }
            boolean participle = arc.relation().equals("acl") || arc.relation().equals("amod");
            if (participle && parse.tokens().get(arc.dependent()).tag().equals("VBN")) {
                targets.addAll(owners(parse, actors, arc.dependent()));
            }
            if (arc.relation().equals("acl:relcl")) {
                targets.addAll(relativeTargets(parse, actors, arc.dependent()));
            }
            if (arc.relation().equals("nmod:by") && AUTHORED.contains(kind)) {
                targets.addAll(actors.of(arc.dependent())); // "blocked a proposal by France"
            }
        }
        if (JUDGING.contains(kind) && (!actors.modifying(object).isEmpty() || DEEDS.contains(parse.lemma(object)))) {
            // "condemned the Israeli strike on Doha", "criticised the sanctions on Russia": the doer is
            // judged, not whom the deed hit.
            return actors.modifying(object);
        }
        if (kind != RelationKind.AID) {
            targets.addAll(actors.modifying(object));
            // "shut the Salwa crossing, Qatar's only land border"
            parse.children(object).stream()
                    .filter(arc -> arc.relation().equals("appos"))
                    .forEach(arc -> targets.addAll(actors.modifying(arc.dependent())));
        }
        return List.copyOf(targets);
    }

    /**
     * The other side named in a relative clause without "that" which the parser hung on the verb as
     * a parataxis rather than on the object: see {@link #relativeTargets}.
     */
    private static List<String> contactClauseTargets(Parse parse, Actors actors, int verb, int object) {
        Set<String> found = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(verb)) {
            int clause = arc.dependent();
            boolean right = object + 1 < parse.tokens().size()
                    && parse.tokens().get(object + 1).tag().equals("PRP")
                    && parse.heads(object + 1).stream()
                            .anyMatch(
                                    s -> s.governor() == clause && s.relation().startsWith("nsubj"));
            if (arc.relation().equals("parataxis") && right) {
                found.addAll(relativeTargets(parse, actors, clause));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The other side a relative clause on an object names: "lifted the embargo it had imposed on
     * Eritrea", "withdrew the status it had granted Pakistan".
     */
    private static List<String> relativeTargets(Parse parse, Actors actors, int clause) {
        return parse.children(clause).stream()
                .filter(arc -> arc.relation().equals("iobj")
                        || arc.relation().equals("obj")
                        || arc.base().equals("obl") && OBJECT_MARKERS.contains(arc.marker()))
                .flatMap(arc -> actors.of(arc.dependent()).stream())
                .toList();
    }

    /** The actors a clause of asking is about: the subject of "that the Houthis halt ...". */
    private static List<String> askedOf(Parse parse, Actors actors, int verb) {
        return parse.children(verb).stream()
                .filter(arc -> arc.relation().equals("ccomp"))
                .flatMap(clause -> parse.children(clause.dependent()).stream())
                .filter(arc -> arc.base().equals("nsubj"))
                .flatMap(arc -> actors.of(arc.dependent()).stream())
                .distinct()
                .toList();
    }

    /**
     * The actors a participle ties its noun to: "ships tied to Israel", "vessels bound for Israeli
     * ports", "tankers owned by an Emirati firm".
     */
    private static List<String> owners(Parse parse, Actors actors, int participle) {
        Set<String> found = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.children(participle)) {
            if (arc.base().equals("obl") && OWNING_MARKERS.contains(arc.marker())) {
                found.addAll(actors.of(arc.dependent()));
                found.addAll(actors.modifying(arc.dependent()));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The doer of a verb without a subject of its own: the subject of the verb controlling it
     * ("Russia kept selling", "Azerbaijan spent ..., buying from Israel"), the noun a relative clause
     * modifies, or the accused of "A accused B of shooting down".
     */
    private static List<String> controller(Parse parse, Actors actors, int verb) {
        Set<String> found = new LinkedHashSet<>();
        for (Parse.Arc up : parse.heads(verb)) {
            boolean accused = up.relation().equals("advcl:of") && ACCUSING.contains(parse.lemma(up.governor()));
            boolean gerund = up.relation().equals("dep")
                    && parse.tokens().get(verb).tag().equals("VBG");
            String role = accused ? "obj" : "nsubj";
            if (up.relation().equals("acl:relcl")) {
                // "Armenia, which looked to Moscow": the relative pronoun stands for the noun above.
                found.addAll(actors.of(up.governor()));
            } else if (up.relation().equals("acl") && PAPERS.contains(parse.lemma(up.governor()))) {
                // "passed a resolution demanding", "issued a statement condemning": the paper's author
                found.addAll(actors.modifying(up.governor()));
                NounArguments.lightVerb(parse, up.governor()).ifPresent(light -> parse.children(light).stream()
                        .filter(arc -> arc.base().equals("nsubj"))
                        .forEach(arc -> found.addAll(resolved(parse, actors, arc.dependent(), light))));
            } else if (accused
                    || gerund
                    || up.relation().equals("xcomp")
                    || up.relation().equals("advcl")) {
                for (Parse.Arc arc : parse.children(up.governor())) {
                    if (arc.relation().equals(role)) {
                        found.addAll(resolved(parse, actors, arc.dependent(), up.governor()));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** Actors in prepositional modifiers of the tokens {@code [from, to)}: "cut ties with Qatar". */
    static List<String> phraseTargets(Parse parse, Actors actors, int from, int to) {
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
}
