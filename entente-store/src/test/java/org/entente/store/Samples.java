package org.entente.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Affiliation;
import org.entente.core.Alias;
import org.entente.core.AliasKind;
import org.entente.core.Assertion;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Evidence;
import org.entente.core.Extraction;
import org.entente.core.Footnote;
import org.entente.core.FootnoteMarker;
import org.entente.core.Metadata;
import org.entente.core.Modality;
import org.entente.core.PartialDate;
import org.entente.core.Period;
import org.entente.core.RelationKind;
import org.entente.core.Sentence;
import org.entente.core.Speaker;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;

/** Small extractions written for these tests, and one large generated one for timing and kill tests. */
final class Samples {
    static final String BODY = "Tehran offered to host talks between Baku and Yerevan. Ankara backed Baku"
            + " without reserve, while Moscow urged both sides to stop the fighting.";
    static final int FIRST_END = BODY.indexOf(" Ankara");
    static final int SECOND_SENTENCE = FIRST_END + 1;

    private Samples() {}

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Actor> actors() {
        return List.of(
                state("IRN", "Iran", "Tehran", "Iranian"),
                state("AZE", "Azerbaijan", "Baku", "Azerbaijani"),
                state("ARM", "Armenia", "Yerevan", "Armenian"),
                state("TUR", "Turkey", "Ankara", "Turkish"),
                state("RUS", "Russia", "Moscow", "Russian"),
                new Actor(
                        "hassan-rouhani",
                        "Hassan Rouhani",
                        ActorType.PERSON,
                        List.of(new Alias("Rouhani", AliasKind.SHORT_NAME)),
                        List.of(new Affiliation(
                                "IRN",
                                "president",
                                Period.between(LocalDate.of(2013, 8, 3), LocalDate.of(2021, 8, 3))))));
    }

    static Actor state(String id, String name, String capital, String demonym) {
        return new Actor(
                id,
                name,
                ActorType.STATE,
                List.of(
                        new Alias(name, AliasKind.SHORT_NAME),
                        new Alias(capital, AliasKind.METONYM),
                        new Alias(demonym, AliasKind.DEMONYM)),
                List.of());
    }

    static List<Footnote> footnotes() {
        Citation agency = Citation.ofOutlet(
                "Mehr News Agency",
                Optional.of("Tehran"),
                List.of(PartialDate.day(2020, 10, 2), PartialDate.day(2020, 10, 4)));
        Citation article = new Citation(
                Optional.of("A. Writer"),
                Optional.of("A note on the ceasefire"),
                Optional.of("Example Weekly"),
                Optional.empty(),
                List.of(PartialDate.month(2020, 11)),
                Optional.of("https://example.org/ceasefire"));
        return List.of(
                new Footnote(1, "Mehr News Agency (Tehran), Oct. 2 and 4, 2020.", List.of(agency)),
                new Footnote(2, "A. Writer, A note on the ceasefire, Example Weekly, Nov. 2020.", List.of(article)));
    }

    /** A small document; {@code variant} changes its content, hence its id. */
    static Document document(String variant) {
        List<Block> blocks = List.of(
                Block.of(0, BlockKind.HEADING, "Talks over the mountains " + variant),
                new Block(
                        1,
                        BlockKind.BODY,
                        BODY,
                        List.of(new FootnoteMarker(1, FIRST_END), new FootnoteMarker(2, BODY.length()))),
                Block.of(2, BlockKind.CAPTION, "A border post in the south."));
        Metadata metadata = new Metadata(
                Optional.of("Talks over the mountains " + variant),
                List.of("First Author", "Second Author"),
                Optional.of("A quarterly"),
                Optional.of(PartialDate.month(2021, 3)));
        return new Document(sha256("sample " + variant), "samples/" + variant + ".txt", metadata, blocks, footnotes());
    }

    static Extraction extraction(String variant) {
        Document document = document(variant);
        List<Sentence> sentences = List.of(
                new Sentence(0, 1, 0, FIRST_END, BODY.substring(0, FIRST_END), List.of(1)),
                new Sentence(1, 1, SECOND_SENTENCE, BODY.length(), BODY.substring(SECOND_SENTENCE), List.of(2)));
        List<Citation> first = document.footnotes().get(0).citations();
        List<Citation> second = document.footnotes().get(1).citations();
        List<Assertion> assertions = List.of(
                assertion(
                        document.id(),
                        sentences.get(0),
                        List.of("IRN"),
                        List.of("AZE", "ARM"),
                        RelationKind.MEDIATE,
                        TimeSpan.of(PartialDate.day(2020, 10, 2), TimeBasis.FOOTNOTE),
                        Speaker.author(),
                        first),
                assertion(
                        document.id(),
                        sentences.get(1),
                        List.of("TUR"),
                        List.of("AZE"),
                        RelationKind.ALLIANCE,
                        TimeSpan.unknown(),
                        Speaker.author(),
                        second),
                assertion(
                        document.id(),
                        sentences.get(1),
                        List.of("RUS"),
                        List.of("AZE", "ARM"),
                        RelationKind.APPEAL,
                        TimeSpan.range(PartialDate.month(2020, 9), PartialDate.month(2020, 11), TimeBasis.CONTEXT),
                        Speaker.actor("hassan-rouhani"),
                        second));
        return new Extraction(document, sentences, actors(), assertions);
    }

    static Assertion assertion(
            String document,
            Sentence sentence,
            List<String> sources,
            List<String> targets,
            RelationKind kind,
            TimeSpan time,
            Speaker speaker,
            List<Citation> citations) {
        return new Assertion(
                Assertion.idOf(document, sentence.index(), sources, targets, kind),
                sources,
                targets,
                kind,
                kind.defaultSign(),
                kind.defaultIntensity(),
                time,
                Modality.ASSERTED,
                speaker,
                0.75,
                new Evidence(
                        document,
                        sentence.index(),
                        sentence.block(),
                        sentence.start(),
                        sentence.end(),
                        sentence.text(),
                        sentence.footnotes(),
                        citations));
    }

    /** A generated extraction with {@code count} assertions over a few hundred sentences. */
    static Extraction large(String variant, int count) {
        String id = sha256("large " + variant + " " + count);
        String text = "The two capitals exchanged notes again.";
        int perSentence = 400;
        int sentenceCount = (count + perSentence - 1) / perSentence;
        List<Block> blocks = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < sentenceCount; i++) {
            blocks.add(Block.of(i, BlockKind.BODY, text));
            sentences.add(new Sentence(i, i, 0, text.length(), text, List.of()));
        }
        Document document = new Document(id, "generated/" + variant + ".txt", Metadata.none(), blocks, List.of());
        List<String> states = List.of("IRN", "AZE", "ARM", "TUR", "RUS");
        RelationKind[] kinds = RelationKind.values();
        List<Assertion> assertions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Sentence sentence = sentences.get(i / perSentence);
            int combination = i % perSentence;
            int pair = combination % 20;
            String source = states.get(pair / 4);
            String target = states.get((pair / 4 + 1 + pair % 4) % 5);
            RelationKind kind = kinds[combination / 20];
            TimeSpan time = i % 3 == 0
                    ? TimeSpan.unknown()
                    : TimeSpan.of(PartialDate.day(2020, 1 + i % 12, 1 + i % 28), TimeBasis.TEXT);
            assertions.add(
                    assertion(id, sentence, List.of(source), List.of(target), kind, time, Speaker.author(), List.of()));
        }
        return new Extraction(document, sentences, actors(), assertions);
    }
}
