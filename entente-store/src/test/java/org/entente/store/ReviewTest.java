package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.entente.core.Alias;
import org.entente.core.AliasKind;
import org.entente.core.Assertion;
import org.entente.core.Correction;
import org.entente.core.Extraction;
import org.entente.core.PartialDate;
import org.entente.core.RelationKind;
import org.entente.core.Review;
import org.entente.core.Sign;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;
import org.entente.core.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewTest {
    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00.123456Z");

    @TempDir
    Path folder;

    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(folder.resolve("entente.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Review.OfAssertion accept(String id, String assertion, Instant at) {
        return new Review.OfAssertion(id, assertion, Verdict.ACCEPTED, Optional.empty(), "checked the source", at);
    }

    @Test
    void reviews_ofEveryKind_readBackEqualInTheOrderMade() {
        Correction correction = new Correction(
                Optional.of(List.of("IRN", "hassan-rouhani")),
                Optional.empty(),
                Optional.of(RelationKind.CONSULT),
                Optional.of(Sign.POSITIVE),
                Optional.of(TimeSpan.of(PartialDate.month(2020, 10), TimeBasis.TEXT)));
        List<Review> made = List.of(
                new Review.AddAlias("r1", "AZE", new Alias("Baku's government", AliasKind.METONYM), "", NOON),
                new Review.OfAssertion(
                        "r2", "abcdef0123456789", Verdict.CORRECTED, Optional.of(correction), "kind", NOON),
                new Review.Merge("r3", "rouhani", "hassan-rouhani", "same man", NOON.plusSeconds(5)),
                new Review.OfAssertion("r4", "abcdef0123456789", Verdict.REJECTED, Optional.empty(), "", NOON),
                new Review.OfAssertion(
                        "r5",
                        "abcdef0123456789",
                        Verdict.CORRECTED,
                        Optional.of(new Correction(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(TimeSpan.unknown()))),
                        "undated after all",
                        NOON));

        made.forEach(store::addReview);

        assertThat(store.reviews()).isEqualTo(made);
    }

    @Test
    void reviews_madeAcrossReopenings_keepTheOrderMade() {
        Path file = store.path();
        store.addReview(new Review.Merge("z-first", "a", "b", "", NOON));
        store.addReview(new Review.Merge("y-second", "c", "d", "", NOON));
        store.close();
        store = Store.open(file);
        store.addReview(accept("x-third", "abcdef0123456789", NOON));
        store.close();
        store = Store.open(file);

        assertThat(store.reviews()).extracting(Review::id).containsExactly("z-first", "y-second", "x-third");
    }

    @Test
    void addReview_sameIdTwice_isRefusedWithAMessage() {
        store.addReview(accept("r1", "abcdef0123456789", NOON));

        assertThatThrownBy(() -> store.addReview(new Review.Merge("r1", "a", "b", "", NOON)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("already holds a review with id r1");
        assertThat(store.reviews()).hasSize(1);
    }

    @Test
    void reviews_surviveReplace_andStillPointAtTheRecreatedAssertion() {
        Extraction extraction = Samples.extraction("a");
        store.ingest(extraction, false);
        Assertion judged = extraction.assertions().get(1);
        Review review = accept("r1", judged.id(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        store.addReview(review);

        store.ingest(extraction, true);
        store.ingest(extraction, false);

        assertThat(store.reviews()).containsExactly(review);
        assertThat(store.assertion(((Review.OfAssertion) store.reviews().get(0)).assertion()))
                .contains(judged);
    }
}
