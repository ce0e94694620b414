package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.entente.core.Assertion;
import org.entente.core.AssertionQuery;
import org.entente.core.RelationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryTest {
    @TempDir
    Path folder;

    private Store store;
    private String documentA;

    @BeforeEach
    void open() {
        store = Store.open(folder.resolve("entente.duckdb"));
        documentA = store.ingest(Samples.extraction("a"), false).documentId();
        store.ingest(Samples.extraction("b"), false);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static AssertionQuery query(
            Optional<String> actor,
            Optional<AssertionQuery.Pair> between,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Optional<RelationKind> kind,
            Optional<String> document,
            int limit) {
        return new AssertionQuery(actor, between, from, to, kind, document, false, limit);
    }

    private static AssertionQuery dated(Optional<LocalDate> from, Optional<LocalDate> to) {
        return query(Optional.empty(), Optional.empty(), from, to, Optional.empty(), Optional.empty(), 0);
    }

    @Test
    void actorFilter_matchesSourcesAndTargets() {
        AssertionQuery asSource = query(
                Optional.of("TUR"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
        AssertionQuery asTarget = query(
                Optional.of("ARM"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);

        assertThat(store.assertions(asSource)).hasSize(2).allMatch(a -> a.sources()
                .contains("TUR"));
        assertThat(store.assertions(asTarget)).hasSize(4).allMatch(a -> a.targets()
                .contains("ARM"));
    }

    @Test
    void betweenFilter_matchesEitherDirectionOnly() {
        AssertionQuery forward = query(
                Optional.empty(),
                Optional.of(new AssertionQuery.Pair("TUR", "AZE")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
        AssertionQuery backward = query(
                Optional.empty(),
                Optional.of(new AssertionQuery.Pair("AZE", "TUR")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
        AssertionQuery unrelated = query(
                Optional.empty(),
                Optional.of(new AssertionQuery.Pair("TUR", "RUS")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);

        assertThat(store.assertions(forward)).hasSize(2).allMatch(a -> a.kind() == RelationKind.ALLIANCE);
        assertThat(store.assertions(backward)).isEqualTo(store.assertions(forward));
        assertThat(store.assertions(unrelated)).isEmpty();
    }

    @Test
    void dateWindow_keepsOverlappingSpansAndDropsUndated() {
        assertThat(store.assertions(dated(Optional.of(LocalDate.of(2020, 10, 3)), Optional.empty())))
                .extracting(Assertion::kind)
                .containsOnly(RelationKind.APPEAL)
                .hasSize(2);
        assertThat(store.assertions(dated(Optional.empty(), Optional.of(LocalDate.of(2020, 9, 30)))))
                .extracting(Assertion::kind)
                .containsOnly(RelationKind.APPEAL);
        assertThat(store.assertions(
                        dated(Optional.of(LocalDate.of(2020, 10, 2)), Optional.of(LocalDate.of(2020, 10, 2)))))
                .extracting(Assertion::kind)
                .containsOnly(RelationKind.APPEAL, RelationKind.MEDIATE)
                .hasSize(4);
        assertThat(store.assertions(dated(Optional.of(LocalDate.of(2021, 1, 1)), Optional.empty())))
                .isEmpty();
    }

    @Test
    void kindDocumentAndLimit_combine() {
        AssertionQuery mediationInA = query(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(RelationKind.MEDIATE),
                Optional.of(documentA),
                0);
        AssertionQuery firstTwo = query(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                2);

        assertThat(store.assertions(mediationInA)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(RelationKind.MEDIATE);
            assertThat(a.evidence().document()).isEqualTo(documentA);
        });
        assertThat(store.assertions(firstTwo))
                .extracting(Assertion::kind)
                .containsExactly(RelationKind.APPEAL, RelationKind.APPEAL);
    }

    @Test
    void actorFilter_withQuoteInValue_isTreatedAsAValueNotSql() {
        AssertionQuery hostile = query(
                Optional.of("x' OR '1'='1"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);

        assertThat(store.assertions(hostile)).isEmpty();
    }
}
