package org.entente.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Affiliation;
import org.entente.core.Assertion;
import org.entente.core.Block;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Evidence;
import org.entente.core.Extraction;
import org.entente.core.Extractor;
import org.entente.core.FootnoteMarker;
import org.entente.core.RelationKind;
import org.entente.core.Sentence;
import org.entente.core.Sign;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;

/**
 * The first end-to-end extractor: CoreNLP sentences and parses over each main-text block, actors
 * from the knowledge base, assertions from the lexicon coder, dates from the timeline. Captions and
 * pull quotes are not read. Thread-safe; each call is independent.
 */
final class CoreNlpExtractor implements Extractor {

    /** The kinds a media outlet can be the source of. */
    private static final Set<RelationKind> SPEECH = EnumSet.of(
            RelationKind.PUBLIC_STATEMENT,
            RelationKind.APPEAL,
            RelationKind.DEMAND,
            RelationKind.DISAPPROVE,
            RelationKind.REJECT,
            RelationKind.THREATEN,
            RelationKind.PROTEST,
            RelationKind.DIPLOMATIC_COOPERATION);

    private final CoreNlpAnnotator annotator;
    private final ActorKnowledgeBase knowledgeBase;
    private final ActorMatcher matcher;
    private final AssertionCoder coder;
    private final Discovery discovery;

    CoreNlpExtractor(CoreNlpAnnotator annotator, ActorKnowledgeBase knowledgeBase, Lexicon lexicon) {
        this.annotator = annotator;
        this.knowledgeBase = knowledgeBase;
        this.matcher = new ActorMatcher(knowledgeBase.actors());
        this.coder = new AssertionCoder(lexicon, id -> knowledgeBase
                .actor(id)
                .flatMap(actor -> actor.affiliations().stream().findFirst())
                .map(Affiliation::actor)
                .orElse(id));
        this.discovery = new Discovery(matcher, knowledgeBase);
    }

    @Override
    public Extraction extract(Document document) {
        List<Sentence> sentences = new ArrayList<>();
        List<Parse> parses = new ArrayList<>();
        annotate(document, sentences, parses);
        List<Timeline.Dated> times = Timeline.of(document, sentences);
        Map<String, Actor> mentioned = new LinkedHashMap<>();
        Map<String, Assertion> assertions = new LinkedHashMap<>();
        Coreference coreference = new Coreference(mentioned);
        DeedReferences deeds = new DeedReferences();
        AccordReferences accords = new AccordReferences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            Parse parse = parses.get(s);
            List<ActorMatcher.Mention> mentions = mentions(sentence, parse, mentioned);
            mentions.addAll(coreference.resolve(sentence.block(), parse, mentions));
            mentions.addAll(deeds.resolve(sentence.block(), parse, mentions));
            mentions.addAll(accords.resolve(parse, mentions));
            mentions.sort(Comparator.comparingInt(ActorMatcher.Mention::first));
            coreference.remember(sentence.block(), parse, mentions);
            List<AssertionCoder.Coded> codedHere = coder.code(parse, mentions);
            deeds.remember(sentence.block(), parse, mentions, codedHere);
            accords.remember(parse, codedHere);
            coreference.rememberTies(sentence.block(), codedHere);
            for (AssertionCoder.Coded coded : codedHere) {
                if (!plausible(coded, mentioned)) {
                    continue;
                }
                TimeSpan time = notNow(times.get(s).at(place(coded, mentions, parse, sentence.start())), parse);
                Assertion assertion = assertion(document, sentence, time, coded);
                assertions.putIfAbsent(assertion.id(), assertion);
            }
        }
        return new Extraction(document, sentences, List.copyOf(mentioned.values()), List.copyOf(assertions.values()));
    }

    /**
     * True when a name two actors share ("Congo", "Congolese") stands for this one: the document has
     * named it by a name of its own ("Kinshasa", "DR Congo") and none of the others.
     */
    private static boolean sharedMeans(
            ActorMatcher.Mention mention, List<ActorMatcher.Mention> all, Map<String, Actor> mentioned) {
        return mentioned.containsKey(mention.actor())
                && all.stream()
                        .filter(other -> other.shared() && other.first() == mention.first())
                        .filter(other -> !other.actor().equals(mention.actor()))
                        .noneMatch(other -> mentioned.containsKey(other.actor()));
    }

    /**
     * The sentence's actors from the knowledge base and, where a predicate meets a proper noun the
     * base lacks, from {@link Discovery}; each actor named is added to {@code mentioned}.
     */
    private List<ActorMatcher.Mention> mentions(Sentence sentence, Parse parse, Map<String, Actor> mentioned) {
        List<ActorMatcher.Mention> mentions = new ArrayList<>(matcher.match(parse.words()));
        mentions.removeIf(m -> m.shared() && !sharedMeans(m, mentions, mentioned));
        mentions.removeAll(elaborated(parse, mentions));
        mentions.forEach(m -> knowledgeBase.actor(m.actor()).ifPresent(a -> mentioned.putIfAbsent(a.id(), a)));
        if (Discovery.worth(parse, mentions) && coder.hasPredicate(parse)) {
            for (Discovery.Found found : discovery.find(parse, sentence.text(), sentence.start(), mentions)) {
                mentions.add(found.mention());
                mentioned.putIfAbsent(found.actor().id(), found.actor());
            }
            mentions.sort(Comparator.comparingInt(ActorMatcher.Mention::first));
        }
        return mentions;
    }

    /**
     * Organisations spelled out by the states that follow them between commas: in "the ministers of
     * the Quad, the United States, India, Japan and Australia, met" the four states met, not the Quad
     * with each of them. A list without the closing comma ("the EU, the US and China met") is left.
     */
    private List<ActorMatcher.Mention> elaborated(Parse parse, List<ActorMatcher.Mention> mentions) {
        List<ActorMatcher.Mention> found = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            ActorMatcher.Mention body = mentions.get(i);
            boolean organisation = knowledgeBase
                    .actor(body.actor())
                    .filter(a -> a.type() == ActorType.IGO)
                    .isPresent();
            if (!organisation || !word(parse, body.last() + 1, ",")) {
                continue;
            }
            int states = 0;
            int next = body.last() + 1;
            for (int j = i + 1; j < mentions.size(); j++) {
                ActorMatcher.Mention member = mentions.get(j);
                boolean joined = member.first() > next
                        && parse.words().subList(next, member.first()).stream()
                                .allMatch(w -> w.equals(",") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("the"));
                boolean state = knowledgeBase
                        .actor(member.actor())
                        .filter(a -> a.type() == ActorType.STATE)
                        .isPresent();
                if (!joined || !state) {
                    break;
                }
                states++;
                next = member.last() + 1;
            }
            if (states >= 2 && word(parse, next, ",")) {
                found.add(body);
            }
        }
        return found;
    }

    private static boolean word(Parse parse, int token, String word) {
        return token < parse.tokens().size() && parse.tokens().get(token).word().equals(word);
    }

    /** The sentences of the main-text blocks, in order, and their parses; all blocks annotated at once. */
    private void annotate(Document document, List<Sentence> sentences, List<Parse> parses) {
        List<Block> blocks = document.blocks().stream()
                .filter(block -> block.kind().isMainText() && !block.text().isBlank())
                .toList();
        List<List<CoreNlpAnnotator.Annotated>> annotated =
                annotator.annotate(blocks.stream().map(Block::text).toList());
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<CoreNlpAnnotator.Annotated> inBlock = annotated.get(b);
            for (int i = 0; i < inBlock.size(); i++) {
                CoreNlpAnnotator.Annotated sentence = inBlock.get(i);
                int nextStart = i + 1 < inBlock.size() ? inBlock.get(i + 1).begin() : Integer.MAX_VALUE;
                sentences.add(new Sentence(
                        sentences.size(),
                        block.index(),
                        sentence.begin(),
                        sentence.end(),
                        block.text().substring(sentence.begin(), sentence.end()),
                        footnotes(block, sentence.begin(), sentence.end(), nextStart)));
                parses.add(sentence.parse());
            }
        }
    }

    /**
     * A sentence in the present tense states what holds as the text is written ("Moscow is India's
     * largest arms supplier", "China has supplied Pakistan"): the time of the narrative around it does
     * not date it, so a span taken from that context is dropped to unknown.
     */
    private static TimeSpan notNow(TimeSpan time, Parse parse) {
        return time.basis() == TimeBasis.CONTEXT && presentTense(parse) ? TimeSpan.unknown() : time;
    }

    /** True when a root verb, its auxiliaries and copula carry a present tense and no past one. */
    private static boolean presentTense(Parse parse) {
        List<String> tags = new ArrayList<>();
        for (Parse.Arc root : parse.children(-1)) {
            tags.add(parse.tokens().get(root.dependent()).tag());
            parse.children(root.dependent()).stream()
                    .filter(arc -> arc.base().equals("aux") || arc.base().equals("cop"))
                    .forEach(arc -> tags.add(parse.tokens().get(arc.dependent()).tag()));
        }
        return !tags.contains("VBD") && (tags.contains("VBZ") || tags.contains("VBP"));
    }

    /**
     * Where in its sentence a tie lies (a character offset), for dating it by its clause: the latest of
     * its actors' first mentions ("Pyongyang tested a bomb on 9 October, and the council imposed sanctions five
     * days later" dates the council's sanctions by the second clause).
     */
    private static int place(
            AssertionCoder.Coded coded, List<ActorMatcher.Mention> mentions, Parse parse, int sentenceStart) {
        int token = Stream.concat(coded.sources().stream(), coded.targets().stream())
                .flatMap(actor -> mentions.stream().filter(m -> m.actor().equals(actor)).findFirst().stream())
                .mapToInt(ActorMatcher.Mention::first)
                .max()
                .orElse(-1);
        return token < 0 ? 0 : parse.tokens().get(token).begin() - sentenceStart;
    }

    /**
     * A media outlet speaks, it does not fight, trade or cut ties: a deed coded with an outlet as its
     * source comes from a misparse ("... that it close Al Jazeera and scale back its relations").
     */
    private static boolean plausible(AssertionCoder.Coded coded, Map<String, Actor> mentioned) {
        boolean outlet = coded.sources().stream()
                .map(mentioned::get)
                .filter(java.util.Objects::nonNull)
                .anyMatch(actor -> actor.type() == ActorType.MEDIA_OUTLET);
        return !outlet || SPEECH.contains(coded.kind());
    }

    /** Markers inside the sentence, or after its end and before the next sentence starts. */
    static List<Integer> footnotes(Block block, int start, int end, int nextStart) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (FootnoteMarker marker : block.markers()) {
            int at = marker.offset();
            if (at > start && (at <= end || at < nextStart)) {
                numbers.add(marker.number());
            }
        }
        return List.copyOf(numbers);
    }

    private static Assertion assertion(Document document, Sentence sentence, TimeSpan time, AssertionCoder.Coded c) {
        List<Citation> citations = sentence.footnotes().stream()
                .map(document::footnote)
                .flatMap(Optional::stream)
                .flatMap(f -> f.citations().stream())
                .toList();
        Evidence evidence = new Evidence(
                document.id(),
                sentence.index(),
                sentence.block(),
                sentence.start(),
                sentence.end(),
                sentence.text(),
                sentence.footnotes(),
                citations);
        return new Assertion(
                Assertion.idOf(document.id(), sentence.index(), c.sources(), c.targets(), c.kind()),
                c.sources(),
                c.targets(),
                c.kind(),
                Sign.ofWeight(c.intensity()),
                c.intensity(),
                time,
                c.modality(),
                c.speaker(),
                c.confidence(),
                evidence);
    }
}
