package org.entente.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.AliasKind;
import org.entente.core.Modality;
import org.entente.core.RelationKind;

/**
 * Resolves, in one document read sentence by sentence, the words that point back to an actor named
 * in an earlier sentence, rule by rule and precision first: "he" and "she" to the last person (or
 * titled official: "Guyana's president") who was a subject in the same paragraph; "it" to the single
 * actor subject (with none, the single actor named), and "they" or "both" to the two or more actor
 * subjects, of the sentence before in the same paragraph; "the two governments" or "the three" to the most recently named states of
 * this paragraph or the one before ("the federal government" as "the government"); "both leaders"
 * or "them" to two leaders a sentence just tied to each other ("Abiy met Isaias"); "the kingdom"
 * or "the South" to the most recent actor whose name carries that word; "the bloc" or "the
 * alliance" to the most recent organisation; a bare surname ("Kim") to the person named in full
 * earlier. A pronoun never crosses a paragraph break.
 * One instance per document; not thread-safe.
 */
final class Coreference {

    private final Map<String, Actor> known;
    private final List<Seen> recent = new ArrayList<>();
    private final List<Seen> subjects = new ArrayList<>();
    private final Map<String, String> surnames = new HashMap<>();
    private final Set<String> ambiguousSurnames = new HashSet<>();
    private List<String> lastSubjects = List.of();
    private int lastSubjectsBlock = -1;
    private Optional<String> lastPerson = Optional.empty();
    private int lastPersonBlock = -1;
    /** The two sides of the last fight told: "both sides", "the two forces", "either side". */
    private List<String> lastConflict = List.of();
    /** The state whose army was last named ("the Sudanese Armed Forces", "the Congolese army"). */
    private Optional<String> lastArmy = Optional.empty();

    private record Seen(String actor, int block) {}

    private record Group(List<String> states, int block) {}

    private final List<Group> groups = new ArrayList<>();
    /** The states of two leaders a sentence tied to each other ("Abiy met Isaias"), for "both leaders". */
    private final List<Group> leaders = new ArrayList<>();

    /** @param known the actors named so far in the document, by id; read, never written */
    Coreference(Map<String, Actor> known) {
        this.known = known;
    }

    /** The mentions the sentence's referring words stand for, given what earlier sentences named. */
    List<ActorMatcher.Mention> resolve(int block, Parse parse, List<ActorMatcher.Mention> named) {
        boolean[] covered = new boolean[parse.tokens().size()];
        named.forEach(m -> {
            for (int t = m.first(); t <= m.last(); t++) {
                covered[t] = true;
            }
        });
        List<ActorMatcher.Mention> found = new ArrayList<>();
        for (int t = 0; t < parse.tokens().size(); t++) {
            if (!covered[t] && !expletive(parse, t)) {
                int token = t;
                for (String actor : referent(block, parse, token, named)) {
                    found.add(new ActorMatcher.Mention(actor, token, token, AliasKind.SHORT_NAME));
                }
            }
        }
        return found;
    }

    private List<String> referent(int block, Parse parse, int t, List<ActorMatcher.Mention> named) {
        String word = parse.tokens().get(t).word();
        String lower = word.toLowerCase(Locale.ROOT);
        String tag = parse.tokens().get(t).tag();
        String before = t > 0 ? parse.tokens().get(t - 1).word().toLowerCase(Locale.ROOT) : "";
        if (tag.equals("PRP")) {
            // An actor named earlier in the same sentence is the likelier antecedent: left to the coder.
            List<String> found = subjectBefore(parse, t, named) ? List.of() : pronoun(block, lower);
            // "Abiy met Isaias ... Qatar received both leaders, and Germany hosted them": the coder
            // has no antecedent for "them", the last two leaders who met are it.
            return found.isEmpty() && lower.equals("them") ? lastLeaders(block, named) : found;
        }
        if (lower.equals("both")
                && parse.heads(t).stream().anyMatch(a -> a.relation().startsWith("nsubj"))) {
            return sameBlock(block) && lastSubjects.size() >= 2 ? lastSubjects : List.of();
        }
        // "backed the general": the tagger may take a bare "general" for an adjective
        boolean nominal = tag.startsWith("NN")
                || ReferringWords.COMMAND_NOUNS.contains(lower)
                        && parse.heads(t).stream()
                                .anyMatch(
                                        a -> a.base().equals("obj") || a.base().startsWith("nsubj"));
        if (nominal && !followedByName(parse, t)) {
            boolean leveled = ReferringWords.LEVELS.contains(before)
                    && t > 1
                    && parse.lemma(t - 2).equals("the");
            boolean either = before.equals("either") && ReferringWords.SIDE_NOUNS.contains(parse.lemma(t));
            if (before.equals("the") || leveled || either || ReferringWords.NUMBERS.containsKey(before)) {
                return description(block, parse, t, named);
            }
            if (tag.equals("NNP") && (t == 0 || !parse.tokens().get(t - 1).tag().startsWith("NNP"))) {
                return surname(lower);
            }
        }
        if (ReferringWords.NUMBERS.containsKey(lower) && before.equals("the") && !nextIsNoun(parse, t)) {
            return states(
                    block, ReferringWords.NUMBERS.get(lower), named, t, parse); // "the two signed", "joined the three"
        }
        return List.of();
    }

    private List<String> pronoun(int block, String lower) {
        return switch (lower) {
            case "he", "she", "him", "her" -> lastPersonBlock == block
                    ? lastPerson.stream().toList()
                    : List.of();
            case "it" -> sameBlock(block) && lastSubjects.size() == 1 && !isPerson(lastSubjects.get(0))
                    ? lastSubjects
                    : List.of();
            case "they", "them" -> sameBlock(block) && lastSubjects.size() >= 2 ? lastSubjects : List.of();
            default -> List.of();
        };
    }

    /** "the two governments", "both countries", "the kingdom", "the bloc", "the South". */
    private List<String> description(int block, Parse parse, int noun, List<ActorMatcher.Mention> named) {
        String lemma = parse.lemma(noun);
        String before = parse.tokens().get(noun - 1).word().toLowerCase(Locale.ROOT);
        boolean plural = parse.tokens().get(noun).tag().endsWith("S");
        boolean sides = ReferringWords.SIDE_NOUNS.contains(lemma) && !lastConflict.isEmpty();
        if (sides && (before.equals("either") || ReferringWords.NUMBERS.getOrDefault(before, 0) == 2 && plural)) {
            return lastConflict; // "called on both sides to cease fire", "denied arming either side"
        }
        if (ReferringWords.NUMBERS.containsKey(before) && plural && ReferringWords.GROUP_NOUNS.contains(lemma)) {
            boolean definite =
                    before.equals("both") || noun > 1 && parse.lemma(noun - 2).equals("the");
            if (!definite) {
                return List.of();
            }
            List<String> found = states(block, ReferringWords.NUMBERS.get(before), named, noun, parse);
            return found.isEmpty() && lemma.equals("leader") ? lastLeaders(block, named) : found;
        }
        if (hasOwnModifier(parse, noun)) {
            return List.of();
        }
        if (plural) {
            // "the rebels", "the paramilitaries": the one armed group the text is about
            return ReferringWords.ARMED_NOUNS.contains(lemma)
                    ? latest(recent, block, a -> a.type() == ActorType.ARMED_GROUP)
                    : List.of();
        }
        if (ReferringWords.ARMY_NOUNS.contains(lemma)) {
            return lastArmy.stream().toList();
        }
        if (ReferringWords.STATE_NOUNS.contains(lemma)) {
            return latest(subjects, block, a -> a.type() == ActorType.STATE);
        }
        if (ReferringWords.NAME_NOUNS.contains(lemma)) {
            return latest(recent, block, a -> nameHolds(a, lemma));
        }
        if (ReferringWords.BODY_NOUNS.contains(lemma)) {
            return latest(recent, block, a -> a.type() == ActorType.IGO);
        }
        if (ReferringWords.ARMED_NOUNS.contains(lemma)) {
            return latest(recent, block, a -> a.type() == ActorType.ARMED_GROUP);
        }
        if (ReferringWords.COMMAND_NOUNS.contains(lemma)) {
            return latest(recent, block, Coreference::commands);
        }
        if (ReferringWords.COMPASS.contains(lemma)
                && Character.isUpperCase(parse.tokens().get(noun).word().charAt(0))) {
            String prefix = lemma + " ";
            return latest(recent, block, a -> a.name().toLowerCase(Locale.ROOT).startsWith(prefix));
        }
        return List.of();
    }

    /**
     * The states of the most recent coordination of exactly {@code count} states as the subject of a
     * clause or after "between" ("Chile and Argentina quarrelled", "Mali, Burkina Faso and Niger
     * signed"), persons counting as their state: in this sentence
     * before {@code token}, else in this paragraph or the three before it; or none.
     */
    private List<String> states(int block, int count, List<ActorMatcher.Mention> named, int token, Parse parse) {
        List<List<String>> here = groups(parse, new Actors(parse, named), token);
        for (int i = here.size() - 1; i >= 0; i--) {
            if (here.get(i).size() == count) {
                return here.get(i);
            }
        }
        Set<String> inSentence = new HashSet<>(
                statesOf(named.stream().map(ActorMatcher.Mention::actor).toList()));
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group group = groups.get(i);
            // "Russia became the arbiter both sides consult": Russia is not one of the sides.
            boolean apart = group.states().stream().noneMatch(inSentence::contains);
            if (group.block() >= block - 3 && group.states().size() == count && apart) {
                return group.states();
            }
        }
        return List.of();
    }

    /** The coordinations of two or more states in the sentence, of tokens before {@code end}. */
    private List<List<String>> groups(Parse parse, Actors actors, int end) {
        List<List<String>> found = new ArrayList<>();
        for (int t = 0; t < end; t++) {
            int first = t;
            boolean salient = parse.heads(first).stream()
                    .anyMatch(arc ->
                            arc.relation().startsWith("nsubj") || arc.marker().equals("between"));
            if (!parse.tokens().get(first).tag().startsWith("NN") || !salient) {
                continue; // only parties that act or are "between": not "Turkish and Israeli weapons"
            }
            Set<String> states = new LinkedHashSet<>(statesOf(actors.of(first)));
            parse.children(first).stream()
                    .filter(arc -> arc.base().equals("conj") && arc.dependent() < end)
                    .forEach(arc -> states.addAll(statesOf(actors.of(arc.dependent()))));
            if (states.size() >= 2 && !statesOf(actors.of(first)).isEmpty()) {
                found.add(List.copyOf(states));
            }
        }
        return found;
    }

    private List<String> statesOf(List<String> ids) {
        return ids.stream().map(this::stateOf).flatMap(Optional::stream).toList();
    }

    private Optional<String> stateOf(String id) {
        Actor actor = known.get(id);
        if (actor == null) {
            return Optional.empty();
        }
        if (actor.type() == ActorType.STATE) {
            return Optional.of(id);
        }
        if (actor.type() != ActorType.PERSON) {
            return Optional.empty();
        }
        return actor.affiliations().stream()
                .map(a -> known.get(a.actor()))
                .filter(a -> a != null && a.type() == ActorType.STATE)
                .map(Actor::id)
                .findFirst()
                .or(() -> actor.affiliations().stream()
                        .map(a -> a.actor())
                        .filter(s -> s.matches("[A-Z]{3}"))
                        .findFirst());
    }

    private List<String> latest(List<Seen> seen, int block, Predicate<Actor> fits) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Seen s = seen.get(i);
            Actor actor = known.get(s.actor());
            if (s.block() >= block - 1 && actor != null && fits.test(actor)) {
                return List.of(s.actor());
            }
        }
        return List.of();
    }

    private List<String> surname(String lower) {
        String person = surnames.get(lower);
        return person == null || ambiguousSurnames.contains(lower) ? List.of() : List.of(person);
    }

    /**
     * Records what the sentence named: every actor for recency, the actors of the main clause's
     * subjects for the pronouns of the next sentence, persons' first and last names.
     */
    void remember(int block, Parse parse, List<ActorMatcher.Mention> all) {
        Actors actors = new Actors(parse, all);
        for (ActorMatcher.Mention m : all) {
            recent.add(new Seen(m.actor(), block));
            Actor actor = known.get(m.actor());
            if (actor != null && actor.type() == ActorType.PERSON) {
                rememberNames(actor);
            }
        }
        List<String> found = new ArrayList<>();
        for (int subject : mainSubjects(parse)) {
            List<String> ids = actors.of(subject);
            ids.forEach(id -> subjects.add(new Seen(id, block)));
            found.addAll(ids);
            boolean titled = ReferringWords.TITLES.contains(parse.lemma(subject));
            List<String> persons = ids.stream().filter(this::isPerson).toList();
            // "Guyana's president, Irfaan Ali": the person and their own state are one subject.
            boolean withOwnState = persons.size() == 1
                    && ids.stream()
                            .allMatch(id -> id.equals(persons.get(0))
                                    || stateOf(persons.get(0)).equals(Optional.of(id)));
            if (withOwnState) {
                lastPerson = Optional.of(persons.get(0));
                lastPersonBlock = block;
            } else if (ids.size() == 1 && titled) {
                lastPerson = Optional.of(ids.get(0));
                lastPersonBlock = block;
            }
        }
        rememberArmy(parse, actors);
        if (found.isEmpty()) {
            // "What followed showed how China punishes. It suspended talks": the one actor named.
            List<String> named =
                    all.stream().map(ActorMatcher.Mention::actor).distinct().toList();
            if (named.size() == 1 && !isPerson(named.get(0))) {
                found.addAll(named);
            }
        }
        lastSubjects = List.copyOf(new LinkedHashSet<>(found));
        groups(parse, actors, parse.tokens().size()).forEach(g -> groups.add(new Group(g, block)));

        lastSubjectsBlock = block;
    }

    /**
     * Records the two states each coded tie of the sentence joins ("Abiy met Isaias in Asmara"): a
     * pair that "both leaders" or "them" may point back to, though not coordinated.
     */
    void rememberTies(int block, List<AssertionCoder.Coded> coded) {
        for (AssertionCoder.Coded tie : coded) {
            boolean fight = tie.kind() == RelationKind.FIGHT || tie.kind() == RelationKind.ASSAULT;
            List<String> two = Stream.concat(tie.sources().stream(), tie.targets().stream())
                    .map(id -> stateOf(id).orElse(id))
                    .distinct()
                    .toList();
            if (fight && tie.modality() == Modality.ASSERTED && two.size() == 2) {
                lastConflict = two;
            }
            List<String> parties = new ArrayList<>(tie.sources());
            parties.addAll(tie.targets());
            List<String> pair = statesOf(parties).stream().distinct().toList();
            if (pair.size() == 2 && parties.stream().allMatch(this::isPerson)) {
                leaders.add(new Group(pair, block));
            }
        }
    }

    /** The states of the last two leaders who met, in this paragraph or the one before, none named here. */
    private List<String> lastLeaders(int block, List<ActorMatcher.Mention> named) {
        Set<String> here = new HashSet<>(
                statesOf(named.stream().map(ActorMatcher.Mention::actor).toList()));
        for (int i = leaders.size() - 1; i >= 0; i--) {
            Group pair = leaders.get(i);
            if (pair.block() >= block - 1 && pair.states().stream().noneMatch(here::contains)) {
                return pair.states();
            }
        }
        return List.of();
    }

    /** "the Sudanese Armed Forces", "Rwanda's army": the state a later bare "the army" stands for. */
    private void rememberArmy(Parse parse, Actors actors) {
        for (int t = 0; t < parse.tokens().size(); t++) {
            if (ReferringWords.ARMY_NOUNS.contains(parse.lemma(t))
                    || parse.lemma(t).startsWith("force")) {
                List<String> states = actors.modifying(t).stream()
                        .filter(id -> known.containsKey(id) && known.get(id).type() == ActorType.STATE)
                        .toList();
                if (states.size() == 1) {
                    lastArmy = Optional.of(states.get(0));
                }
            }
        }
    }

    private void rememberNames(Actor person) {
        String[] parts = person.name().split("\\s+");
        for (String part : List.of(parts[0], parts[parts.length - 1])) {
            String key = part.toLowerCase(Locale.ROOT);
            if (key.length() < 3) {
                continue;
            }
            String before = surnames.putIfAbsent(key, person.id());
            if (before != null && !before.equals(person.id())) {
                ambiguousSurnames.add(key);
            }
        }
    }

    /** The subjects of the root verb and of the verbs coordinated with it. */
    private static List<Integer> mainSubjects(Parse parse) {
        Set<Integer> verbs = new LinkedHashSet<>();
        for (Parse.Arc arc : parse.arcs()) {
            if (arc.governor() < 0) {
                verbs.add(arc.dependent());
            }
        }
        for (Parse.Arc arc : parse.arcs()) {
            if (verbs.contains(arc.governor()) && arc.base().equals("conj")) {
                verbs.add(arc.dependent());
            }
        }
        List<Integer> found = new ArrayList<>();
        for (Parse.Arc arc : parse.arcs()) {
            if (verbs.contains(arc.governor())
                    && (arc.relation().equals("nsubj") || arc.relation().equals("nsubj:pass"))) {
                found.add(arc.dependent());
            }
        }
        return found;
    }

    /** True when an actor named before the pronoun is the subject of another clause of the sentence. */
    private static boolean subjectBefore(Parse parse, int pronoun, List<ActorMatcher.Mention> named) {
        Set<Integer> own = new HashSet<>();
        parse.heads(pronoun).forEach(arc -> own.add(arc.governor()));
        for (ActorMatcher.Mention m : named) {
            for (int t = m.first(); t <= m.last() && t < pronoun; t++) {
                boolean subject = parse.heads(t).stream()
                        .anyMatch(arc -> arc.relation().startsWith("nsubj") && !own.contains(arc.governor()));
                if (subject) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean sameBlock(int block) {
        return lastSubjectsBlock == block;
    }

    private boolean isPerson(String id) {
        Actor actor = known.get(id);
        return actor != null && actor.type() == ActorType.PERSON;
    }

    /** "the general": a person whose office is command of forces. */
    private static boolean commands(Actor actor) {
        return actor.type() == ActorType.PERSON
                && actor.affiliations().stream().anyMatch(a -> ReferringWords.COMMAND_ROLES.stream()
                        .anyMatch(word -> holdsWord(a.role(), word)));
    }

    private static boolean nameHolds(Actor actor, String word) {
        if (holdsWord(actor.name(), word)) {
            return true;
        }
        return actor.aliases().stream().anyMatch(alias -> holdsWord(alias.text(), word));
    }

    private static boolean holdsWord(String text, String word) {
        for (String part : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (part.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean expletive(Parse parse, int token) {
        return parse.heads(token).stream().anyMatch(arc -> arc.relation().equals("expl"));
    }

    private static boolean followedByName(Parse parse, int token) {
        return token + 1 < parse.tokens().size()
                && parse.tokens().get(token + 1).tag().startsWith("NNP");
    }

    private static boolean nextIsNoun(Parse parse, int token) {
        return token + 1 < parse.tokens().size()
                && parse.tokens().get(token + 1).tag().startsWith("NN");
    }

    /** "the government of Mali", "the Malian government": the noun names its actor itself. */
    private static boolean hasOwnModifier(Parse parse, int noun) {
        if (noun + 1 < parse.tokens().size()
                && parse.tokens().get(noun + 1).word().equalsIgnoreCase("of")) {
            return true;
        }
        return parse.children(noun).stream()
                .anyMatch(arc -> Set.of("amod", "compound", "nmod:poss", "flat").contains(arc.relation())
                                && !ReferringWords.LEVELS.contains(parse.lemma(arc.dependent()))
                        || arc.base().equals("nmod"));
    }
}
