package org.entente.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Affiliation;
import org.entente.core.Alias;
import org.entente.core.AliasKind;
import org.entente.core.Period;

/**
 * Finds persons, organisations and media outlets the knowledge base lacks, with CoreNLP's NER, and
 * takes their affiliation from the words just before the name: "Iranian foreign minister X" is a
 * person of Iran's, "the IRGC-affiliated Y news agency" an outlet of the IRGC's. NER is most of a
 * stock pipeline's time, so it runs only on sentences where it can pay: a lexicon predicate and a
 * proper noun the knowledge base does not cover. Only actors with an affiliation are returned: an
 * unknown name with no one behind it ties nobody an analyst can place. The NER models load on the
 * first sentence that needs them (seconds, about 1 GB). Thread-safe.
 */
final class Discovery {

    /** A discovered actor and where the sentence names it, in the coder's token positions. */
    record Found(Actor actor, ActorMatcher.Mention mention) {}

    /** The months' names in lower case: words that open a date, not a name. */
    static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");

    private static final Set<String> NOT_NAMES = Stream.concat(
                    MONTHS.stream(),
                    Stream.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> OUTLET_WORDS = Set.of(
            "news",
            "agency",
            "times",
            "post",
            "tv",
            "television",
            "radio",
            "daily",
            "gazette",
            "herald",
            "journal",
            "tribune",
            "newspaper",
            "broadcaster",
            "channel",
            "outlet");
    /** Words of a name that make an organisation an armed group: "Arakan Army", "National Liberation Front". */
    private static final Set<String> ARMED_WORDS = Set.of(
            "army",
            "front",
            "forces",
            "brigade",
            "brigades",
            "militia",
            "militias",
            "movement",
            "liberation",
            "resistance",
            "mujahideen",
            "jaish",
            "jihad",
            "rebels",
            "battalion",
            "battalions");

    private static final Pattern BACKED = Pattern.compile("(.+)-(affiliated|backed|linked|aligned|owned|run)");
    private static final Set<String> TITLE_RELATIONS = Set.of("amod", "compound", "nmod:poss", "flat");
    /** How many words before a name may lie between it and the actor it serves. */
    private static final int REACH = 5;

    private final ActorMatcher matcher;
    private final ActorKnowledgeBase knowledgeBase;
    private volatile StanfordCoreNLP pipeline;

    Discovery(ActorMatcher matcher, ActorKnowledgeBase knowledgeBase) {
        this.matcher = matcher;
        this.knowledgeBase = knowledgeBase;
    }

    /** True when a proper noun of the sentence lies outside every knowledge-base mention. */
    static boolean worth(Parse parse, List<ActorMatcher.Mention> mentions) {
        for (int i = 1; i < parse.tokens().size(); i++) {
            Parse.Token token = parse.tokens().get(i);
            int at = i;
            if (token.tag().startsWith("NNP")
                    && !NOT_NAMES.contains(token.word().toLowerCase(Locale.ROOT))
                    && mentions.stream().noneMatch(m -> m.first() <= at && at <= m.last())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The affiliated persons, organisations and outlets that NER finds in {@code text}, a sentence
     * whose first character lies at {@code offset} in the coordinates of the parse's tokens.
     */
    List<Found> find(Parse parse, String text, int offset, List<ActorMatcher.Mention> mentions) {
        CoreDocument document = new CoreDocument(text);
        pipeline().annotate(document);
        List<Found> found = new ArrayList<>();
        for (CoreEntityMention entity : document.entityMentions()) {
            ActorType type =
                    switch (entity.entityType()) {
                        case "PERSON" -> ActorType.PERSON;
                        case "ORGANIZATION" -> ActorType.ORGANISATION;
                        default -> null;
                    };
            if (type == null) {
                continue;
            }
            int begin = offset + entity.charOffsets().first();
            int end = offset + entity.charOffsets().second();
            Optional<int[]> span = span(parse, begin, end);
            if (span.isEmpty() || overlaps(mentions, span.get())) {
                continue;
            }
            discover(parse, entity.text(), type, span.get(), mentions).ifPresent(found::add);
        }
        return found;
    }

    private Optional<Found> discover(
            Parse parse, String name, ActorType type, int[] span, List<ActorMatcher.Mention> mentions) {
        String id = slug(name);
        if (id.isEmpty() || knowledgeBase.actor(id).isPresent()) {
            return Optional.empty();
        }
        if (type == ActorType.ORGANISATION && armed(name) && !outlet(parse, span)) {
            // An armed group is a party of its own, placed by nobody: "the Arakan Army seized the town".
            Actor group =
                    new Actor(id, name, ActorType.ARMED_GROUP, List.of(new Alias(name, AliasKind.NAME)), List.of());
            return Optional.of(new Found(group, new ActorMatcher.Mention(id, span[0], span[1], AliasKind.NAME)));
        }
        if (type == ActorType.ORGANISATION && !outlet(parse, span)) {
            return Optional.empty(); // a state's council or base is the state's own doing, as the base codes it
        }
        Optional<Affiliation> affiliation = affiliation(parse, span, mentions);
        if (affiliation.isEmpty()) {
            return Optional.empty();
        }
        ActorType actual = type == ActorType.ORGANISATION ? ActorType.MEDIA_OUTLET : type;
        Actor actor = new Actor(id, name, actual, List.of(new Alias(name, AliasKind.NAME)), List.of(affiliation.get()));
        return Optional.of(new Found(actor, new ActorMatcher.Mention(id, span[0], span[1], AliasKind.NAME)));
    }

    /**
     * The actor that modifies the name through its title, just before it ("Iranian foreign
     * minister", "Russia's envoy"), or the actor of an "X-affiliated" word there.
     */
    private Optional<Affiliation> affiliation(Parse parse, int[] span, List<ActorMatcher.Mention> mentions) {
        int first = span[0];
        Set<Integer> modifiers = new java.util.HashSet<>();
        collectModifiers(parse, span[1], modifiers, 0);
        List<String> role = new ArrayList<>();
        for (int i = first - 1; i >= Math.max(0, first - REACH); i--) {
            int at = i;
            Optional<ActorMatcher.Mention> before =
                    mentions.stream().filter(m -> m.last() == at).findFirst();
            if (before.isPresent()) {
                return modifiers.contains(at) ? affiliated(before.get().actor(), role) : Optional.empty();
            }
            Parse.Token token = parse.tokens().get(i);
            Matcher backed = BACKED.matcher(token.word());
            if (backed.matches()) {
                List<ActorMatcher.Mention> prefix = matcher.match(List.of(backed.group(1)));
                return prefix.isEmpty()
                        ? Optional.empty()
                        : affiliated(prefix.get(0).actor(), List.of());
            }
            boolean title = token.tag().startsWith("NN")
                    || token.tag().equals("JJ")
                    || token.tag().equals("POS");
            if (!title) {
                return Optional.empty();
            }
            if (!token.tag().equals("POS")) {
                role.add(0, token.word().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** The tokens that modify {@code token} through titles: "minister" of a name, "Iranian" of "minister". */
    private static void collectModifiers(Parse parse, int token, Set<Integer> found, int depth) {
        for (Parse.Arc arc : parse.children(token)) {
            if (depth < 4 && TITLE_RELATIONS.contains(arc.relation()) && found.add(arc.dependent())) {
                collectModifiers(parse, arc.dependent(), found, depth + 1);
            }
        }
    }

    private Optional<Affiliation> affiliated(String actor, List<String> role) {
        boolean serves = knowledgeBase
                .actor(actor)
                .map(a -> a.type() != ActorType.PERSON && a.type() != ActorType.MEDIA_OUTLET)
                .orElse(false);
        return serves ? Optional.of(new Affiliation(actor, String.join(" ", role), Period.always())) : Optional.empty();
    }

    private static boolean armed(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ARMED_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outlet(Parse parse, int[] span) {
        for (int i = span[0]; i <= Math.min(parse.tokens().size() - 1, span[1] + 1); i++) {
            if (OUTLET_WORDS.contains(parse.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The first and last token covering {@code [begin, end)}, when tokens start and end there. */
    private static Optional<int[]> span(Parse parse, int begin, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < parse.tokens().size(); i++) {
            Parse.Token token = parse.tokens().get(i);
            if (token.begin() == begin) {
                first = i;
            }
            if (token.end() == end) {
                last = i;
            }
        }
        return first >= 0 && last >= first ? Optional.of(new int[] {first, last}) : Optional.empty();
    }

    private static boolean overlaps(List<ActorMatcher.Mention> mentions, int[] span) {
        return mentions.stream().anyMatch(m -> m.first() <= span[1] && span[0] <= m.last());
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 64 ? slug.substring(0, 64) : slug;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP built = pipeline;
        if (built == null) {
            synchronized (this) {
                built = pipeline;
                if (built == null) {
                    Properties properties = new Properties();
                    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
                    properties.setProperty("tokenize.language", "en");
                    properties.setProperty("ssplit.isOneSentence", "true");
                    properties.setProperty("ner.useSUTime", "false");
                    properties.setProperty("ner.applyNumericClassifiers", "false");
                    properties.setProperty("ner.applyFineGrained", "false");
                    built = new StanfordCoreNLP(properties);
                    pipeline = built;
                }
            }
        }
        return built;
    }
}
