package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Assertion;
import org.entente.core.AssertionQuery;
import org.entente.core.Extraction;
import org.entente.core.RelationKind;
import org.entente.core.Speaker;
import org.entente.core.TimeSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path folder;

    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(folder.resolve("a nested folder/entente.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void open_newFileInMissingFolder_createsStoreAtLatestVersion() {
        assertThat(store.path()).isAbsolute().exists();
        assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(2);
        assertThat(store.documents()).isEmpty();
    }

    @Test
    void ingest_newDocument_isAddedAndReadsBackWhole() {
        Extraction extraction = Samples.extraction("a");

        IngestResult result = store.ingest(extraction, false);

        assertThat(result)
                .isEqualTo(
                        new IngestResult(extraction.document().id(), "samples/a.txt", IngestResult.Status.ADDED, 2, 3));
        assertThat(store.document(extraction.document().id())).contains(extraction.document());
        assertThat(store.sentences(extraction.document().id())).isEqualTo(extraction.sentences());
        assertThat(store.documents()).singleElement().satisfies(summary -> {
            assertThat(summary.title()).contains("Talks over the mountains a");
            assertThat(summary.sentences()).isEqualTo(2);
            assertThat(summary.assertions()).isEqualTo(3);
        });
    }

    @Test
    void assertions_afterIngest_equalTheExtractedOnesWithCitationsRebuiltFromFootnotes() {
        Extraction extraction = Samples.extraction("a");
        store.ingest(extraction, false);

        List<Assertion> stored = store.assertions(AssertionQuery.all());

        assertThat(stored).containsExactlyInAnyOrderElementsOf(extraction.assertions());
        Assertion mediation = extraction.assertions().get(0);
        assertThat(store.assertion(mediation.id())).contains(mediation);
        assertThat(mediation.evidence().citations()).isNotEmpty();
        assertThat(store.assertion("0000000000000000")).isEmpty();
    }

    @Test
    void assertions_ofAGeneratedExtraction_roundTripInTimeThenIdOrder() {
        Extraction generated = Samples.large("round-trip", 4_000);

        store.ingest(generated, false);

        List<Assertion> expected = generated.assertions().stream()
                .sorted(Comparator.comparing(
                                (Assertion a) -> a.time().start(),
                                Comparator.comparing(start -> start.orElse(LocalDate.MAX)))
                        .thenComparing(Assertion::id))
                .toList();
        assertThat(store.assertions(AssertionQuery.all())).isEqualTo(expected);
        assertThat(store.sentences(generated.document().id())).isEqualTo(generated.sentences());
    }

    @Test
    void assertions_areOrderedByTimeStartWithUndatedLast() {
        store.ingest(Samples.extraction("a"), false);

        List<Assertion> stored = store.assertions(AssertionQuery.all());

        assertThat(stored)
                .extracting(Assertion::kind)
                .containsExactly(RelationKind.APPEAL, RelationKind.MEDIATE, RelationKind.ALLIANCE);
    }

    @Test
    void ingest_sameContentAgain_isUnchangedAndWritesNothing() {
        Extraction extraction = Samples.extraction("a");
        store.ingest(extraction, false);
        Instant first = store.documents().get(0).ingestedAt();

        IngestResult again = store.ingest(extraction, false);

        assertThat(again.status()).isEqualTo(IngestResult.Status.UNCHANGED);
        assertThat(again.assertions()).isEqualTo(3);
        assertThat(store.documents())
                .singleElement()
                .extracting(DocumentSummary::ingestedAt)
                .isEqualTo(first);
        assertThat(store.assertions(AssertionQuery.all())).hasSize(3);
        assertThat(store.sentences(extraction.document().id())).hasSize(2);
    }

    @Test
    void ingest_replace_rewritesTheDocumentWithoutDuplicates() {
        Extraction extraction = Samples.extraction("a");
        store.ingest(extraction, false);
        store.ingest(Samples.extraction("b"), false);

        IngestResult replaced = store.ingest(extraction, true);

        assertThat(replaced.status()).isEqualTo(IngestResult.Status.REPLACED);
        assertThat(store.assertions(AssertionQuery.all())).hasSize(6);
        assertThat(store.document(extraction.document().id())).contains(extraction.document());
        assertThat(store.sentences(extraction.document().id())).isEqualTo(extraction.sentences());
        assertThat(store.documents())
                .extracting(DocumentSummary::source)
                .containsExactly("samples/b.txt", "samples/a.txt");
    }

    @Test
    void ingest_assertionNamingUnknownActor_rollsBackEveryRowAlreadyAppended() {
        Extraction earlier = Samples.extraction("a");
        store.ingest(earlier, false);
        List<DocumentSummary> documentsBefore = store.documents();
        List<ActorSummary> actorsBefore = store.actors();
        Extraction full = Samples.extraction("b");
        Assertion stray = Samples.assertion(
                full.document().id(),
                full.sentences().get(0),
                List.of("IRN"),
                List.of("unknown-party"),
                RelationKind.CONSULT,
                TimeSpan.unknown(),
                Speaker.author(),
                List.of());
        List<Assertion> assertions = new ArrayList<>(full.assertions());
        assertions.add(stray);
        Extraction broken = new Extraction(full.document(), full.sentences(), full.actors(), assertions);

        assertThatThrownBy(() -> store.ingest(broken, false))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("unknown-party")
                .hasMessageContaining("nothing was stored");

        assertThat(store.documents()).isEqualTo(documentsBefore);
        assertThat(store.actors()).isEqualTo(actorsBefore);
        assertThat(store.document(full.document().id())).isEmpty();
        assertThat(store.sentences(full.document().id())).isEmpty();
        assertThat(store.assertions(AssertionQuery.all())).containsExactlyInAnyOrderElementsOf(earlier.assertions());
        assertThat(store.ingest(full, false).status()).isEqualTo(IngestResult.Status.ADDED);
    }

    @Test
    void ingest_failedReplace_keepsTheStoredVersion() {
        Extraction stored = Samples.extraction("a");
        store.ingest(stored, false);
        Assertion stray = Samples.assertion(
                stored.document().id(),
                stored.sentences().get(1),
                List.of("RUS"),
                List.of("unknown-party"),
                RelationKind.THREATEN,
                TimeSpan.unknown(),
                Speaker.author(),
                List.of());
        Extraction broken = new Extraction(stored.document(), stored.sentences(), stored.actors(), List.of(stray));

        assertThatThrownBy(() -> store.ingest(broken, true)).isInstanceOf(StoreException.class);

        assertThat(store.document(stored.document().id())).contains(stored.document());
        assertThat(store.sentences(stored.document().id())).isEqualTo(stored.sentences());
        assertThat(store.assertions(AssertionQuery.all())).containsExactlyInAnyOrderElementsOf(stored.assertions());
    }

    @Test
    void ingest_knownActorFromAnEarlierDocument_needsNoRepeat() {
        store.ingest(Samples.extraction("a"), false);
        Extraction later = Samples.extraction("b");

        IngestResult result =
                store.ingest(new Extraction(later.document(), later.sentences(), List.of(), later.assertions()), false);

        assertThat(result.status()).isEqualTo(IngestResult.Status.ADDED);
        assertThat(store.actors()).hasSize(6);
    }

    @Test
    void ingest_twoAssertionsWithOneId_isRefusedAndStoresNothing() {
        Extraction extraction = Samples.extraction("a");
        List<Assertion> doubled =
                List.of(extraction.assertions().get(0), extraction.assertions().get(0));

        assertThatThrownBy(() -> store.ingest(
                        new Extraction(extraction.document(), extraction.sentences(), extraction.actors(), doubled),
                        false))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(extraction.assertions().get(0).id());
        assertThat(store.documents()).isEmpty();
    }

    @Test
    void actors_countAssertionsNamingThem_mostActiveFirst() {
        store.ingest(Samples.extraction("a"), false);
        store.ingest(Samples.extraction("b"), false);

        List<ActorSummary> actors = store.actors();

        assertThat(actors)
                .extracting(summary -> summary.actor().id() + "=" + summary.assertions())
                .containsExactly("AZE=6", "ARM=4", "IRN=2", "RUS=2", "TUR=2", "hassan-rouhani=0");
    }

    @Test
    void actor_readsBackAliasesAndAffiliations_andLatestIngestWins() {
        store.ingest(Samples.extraction("a"), false);
        Actor renamed = new Actor("TUR", "Turkiye", ActorType.STATE, List.of(), List.of());
        Extraction later = Samples.extraction("b");
        store.ingest(new Extraction(later.document(), later.sentences(), List.of(renamed), later.assertions()), false);

        assertThat(store.actor("hassan-rouhani")).contains(Samples.actors().get(5));
        assertThat(store.actor("IRN")).contains(Samples.actors().get(0));
        assertThat(store.actor("TUR")).contains(renamed);
        assertThat(store.actor("nobody")).isEmpty();
    }

    @Test
    void reopen_keepsEverything() {
        Extraction extraction = Samples.extraction("a");
        store.ingest(extraction, false);
        store.close();

        store = Store.open(folder.resolve("a nested folder/entente.duckdb"));

        assertThat(store.document(extraction.document().id())).contains(extraction.document());
        assertThat(store.assertions(AssertionQuery.all())).hasSize(3);
    }

    @Test
    void closedStore_refusesCallsWithAMessage() {
        store.close();

        assertThatThrownBy(() -> store.documents())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is closed");
    }
}
