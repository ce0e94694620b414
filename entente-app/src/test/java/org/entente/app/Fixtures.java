package org.entente.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.entente.store.Store;

/** A small extraction built by hand, in the project's own words, for tests that need no CoreNLP. */
final class Fixtures {
    static final String FIRST = "Turkey supplied Azerbaijan with armed drones in October 2020.";
    static final String SECOND = "Azerbaijan and Armenia fought for six weeks.";
    static final String THIRD = "Tehran denied that it had shipped arms to Armenia.";

    private Fixtures() {}

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store file at {@code file} holding these extractions, closed again for a command to open. */
    static Path store(Path file, Extraction... extractions) {
        try (Store store = Store.open(file)) {
            for (Extraction extraction : extractions) {
                store.ingest(extraction, false);
            }
        }
        return file;
    }

    static Extraction caucasus() {
        String body = FIRST + " " + SECOND;
        String id = sha256(body + THIRD);
        Document document = new Document(
                id,
                "fixtures/caucasus.txt",
                new Metadata(Optional.of("A Test Brief"), List.of("A. Writer"), Optional.empty(), Optional.empty()),
                List.of(
                        new Block(0, BlockKind.BODY, body, List.of(new FootnoteMarker(1, FIRST.length()))),
                        Block.of(1, BlockKind.BODY, THIRD)),
                List.of(new Footnote(
                        1,
                        "Anadolu Agency (Ankara), Oct. 6, 2020.",
                        List.of(Citation.ofOutlet(
                                "Anadolu Agency", Optional.of("Ankara"), List.of(PartialDate.day(2020, 10, 6)))))));
        List<Sentence> sentences = List.of(
                new Sentence(0, 0, 0, FIRST.length(), FIRST, List.of(1)),
                new Sentence(1, 0, FIRST.length() + 1, body.length(), SECOND, List.of()),
                new Sentence(2, 1, 0, THIRD.length(), THIRD, List.of()));
        Evidence first = new Evidence(
                id,
                0,
                0,
                0,
                FIRST.length(),
                FIRST,
                List.of(1),
                document.footnote(1).get().citations());
        Evidence second = new Evidence(id, 1, 0, FIRST.length() + 1, body.length(), SECOND, List.of(), List.of());
        Evidence third = new Evidence(id, 2, 1, 0, THIRD.length(), THIRD, List.of(), List.of());
        List<Assertion> assertions = List.of(
                assertion(
                        id,
                        0,
                        "TUR",
                        "AZE",
                        RelationKind.AID,
                        TimeSpan.of(PartialDate.month(2020, 10), TimeBasis.TEXT),
                        Modality.ASSERTED,
                        first),
                assertion(
                        id,
                        1,
                        "AZE",
                        "ARM",
                        RelationKind.FIGHT,
                        TimeSpan.of(PartialDate.year(2020), TimeBasis.CONTEXT),
                        Modality.ASSERTED,
                        second),
                assertion(id, 2, "IRN", "ARM", RelationKind.AID, TimeSpan.unknown(), Modality.NEGATED, third));
        List<Actor> actors = List.of(
                state("TUR", "Turkey", "Ankara"),
                state("AZE", "Azerbaijan", "Baku"),
                state("ARM", "Armenia", "Yerevan"),
                state("IRN", "Iran", "Tehran"));
        return new Extraction(document, sentences, actors, assertions);
    }

    static final String TEHRAN = "Tehran kept warm ties with both Baku and Yerevan in 2020.";
    static final String OUTLET = "The Guards' newspaper attacked Baku in October 2020.";

    /** A second brief: Iran close to both belligerents, and one of its outlets breaking ranks. */
    static Extraction tehran() {
        String body = TEHRAN + " " + OUTLET;
        String id = sha256(body);
        Document document = new Document(
                id, "fixtures/tehran.txt", Metadata.none(), List.of(Block.of(0, BlockKind.BODY, body)), List.of());
        List<Sentence> sentences = List.of(
                new Sentence(0, 0, 0, TEHRAN.length(), TEHRAN, List.of()),
                new Sentence(1, 0, TEHRAN.length() + 1, body.length(), OUTLET, List.of()));
        Evidence warm = new Evidence(id, 0, 0, 0, TEHRAN.length(), TEHRAN, List.of(), List.of());
        Evidence attack = new Evidence(id, 1, 0, TEHRAN.length() + 1, body.length(), OUTLET, List.of(), List.of());
        TimeSpan year = TimeSpan.of(PartialDate.year(2020), TimeBasis.TEXT);
        List<Assertion> assertions = List.of(
                assertion(id, 0, "IRN", "AZE", RelationKind.AFFINITY, year, Modality.ASSERTED, warm),
                assertion(id, 0, "IRN", "ARM", RelationKind.AFFINITY, year, Modality.ASSERTED, warm),
                assertion(
                        id,
                        1,
                        "guards-daily",
                        "AZE",
                        RelationKind.DISAPPROVE,
                        TimeSpan.of(PartialDate.month(2020, 10), TimeBasis.TEXT),
                        Modality.ASSERTED,
                        attack));
        List<Actor> actors = List.of(
                state("IRN", "Iran", "Tehran"),
                state("AZE", "Azerbaijan", "Baku"),
                state("ARM", "Armenia", "Yerevan"),
                new Actor(
                        "guards-daily",
                        "Guards Daily",
                        ActorType.MEDIA_OUTLET,
                        List.of(),
                        List.of(new Affiliation("IRN", "outlet", Period.always()))));
        return new Extraction(document, sentences, actors, assertions);
    }

    private static Assertion assertion(
            String doc,
            int sentence,
            String source,
            String target,
            RelationKind kind,
            TimeSpan time,
            Modality modality,
            Evidence evidence) {
        return new Assertion(
                Assertion.idOf(doc, sentence, List.of(source), List.of(target), kind),
                List.of(source),
                List.of(target),
                kind,
                kind.defaultSign(),
                kind.defaultIntensity(),
                time,
                modality,
                Speaker.author(),
                0.9,
                evidence);
    }

    private static Actor state(String id, String name, String capital) {
        return new Actor(id, name, ActorType.STATE, List.of(new Alias(capital, AliasKind.METONYM)), List.of());
    }
}
