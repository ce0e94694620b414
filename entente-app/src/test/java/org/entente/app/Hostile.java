package org.entente.app;

import java.util.List;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Assertion;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.entente.core.Evidence;
import org.entente.core.Extraction;
import org.entente.core.Metadata;
import org.entente.core.Modality;
import org.entente.core.PartialDate;
import org.entente.core.RelationKind;
import org.entente.core.Sentence;
import org.entente.core.Speaker;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;

/** A document whose text and actor name carry markup, to check that every view shows it as text. */
final class Hostile {
    static final String SCRIPT = "<script>window.ententePwned = 'script';</script>";
    static final String IMAGE = "<img src=\"nowhere.png\" onerror=\"window.ententePwned = 'img'\">";
    static final String SENTENCE = "Greece protested to Ankara " + SCRIPT + " about the survey ship " + IMAGE + ".";
    static final String NAME = "Greece <b onmouseover=\"window.ententePwned = 'name'\">bold</b>";

    private Hostile() {}

    static Extraction extraction() {
        String id = Fixtures.sha256(SENTENCE);
        Document document = new Document(
                id,
                "fixtures/hostile.html",
                Metadata.none(),
                List.of(Block.of(0, BlockKind.BODY, SENTENCE)),
                List.of());
        Evidence evidence = new Evidence(id, 0, 0, 0, SENTENCE.length(), SENTENCE, List.of(), List.of());
        Assertion protest = new Assertion(
                Assertion.idOf(id, 0, List.of("GRC"), List.of("TUR"), RelationKind.DISAPPROVE),
                List.of("GRC"),
                List.of("TUR"),
                RelationKind.DISAPPROVE,
                RelationKind.DISAPPROVE.defaultSign(),
                RelationKind.DISAPPROVE.defaultIntensity(),
                TimeSpan.of(PartialDate.month(2020, 8), TimeBasis.TEXT),
                Modality.ASSERTED,
                Speaker.author(),
                0.9,
                evidence);
        List<Actor> actors = List.of(
                new Actor("GRC", NAME, ActorType.STATE, List.of(), List.of()),
                new Actor("TUR", "Turkey", ActorType.STATE, List.of(), List.of()));
        return new Extraction(
                document,
                List.of(new Sentence(0, 0, 0, SENTENCE.length(), SENTENCE, List.of())),
                actors,
                List.of(protest));
    }
}
