package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.core.Assertion;
import org.entente.core.AssertionQuery;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Correction;
import org.entente.core.Document;
import org.entente.core.Extraction;
import org.entente.core.Metadata;
import org.entente.core.Modality;
import org.entente.core.NetworkQuery;
import org.entente.core.PartialDate;
import org.entente.core.Period;
import org.entente.core.RelationKind;
import org.entente.core.Review;
import org.entente.core.Sentence;
import org.entente.core.Sign;
import org.entente.core.Speaker;
import org.entente.core.StancePoint;
import org.entente.core.Tie;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;
import org.entente.core.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkTest {
    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path folder;

    private Store store;
    private final List<Assertion> assertions = new ArrayList<>();
    private final String document = Samples.sha256("network test");

    @BeforeEach
    void open() {
        store = Store.open(folder.resolve("entente.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Adds an assertion in its own sentence; {@code month} 0 leaves it undated. */
    private String add(String source, String target, RelationKind kind, int month, Speaker speaker, Modality modality) {
        int index = assertions.size();
        Sentence sentence = new Sentence(index, index, 0, 10, "Sentence " + index + ".", List.of());
        TimeSpan time = month == 0 ? TimeSpan.unknown() : TimeSpan.of(PartialDate.month(2020, month), TimeBasis.TEXT);
        Assertion made = Samples.assertion(
                document,
                sentence,
                List.of(source.split(",")),
                List.of(target.split(",")),
                kind,
                time,
                speaker,
                List.of());
        assertions.add(new Assertion(
                made.id(),
                made.sources(),
                made.targets(),
                made.kind(),
                made.sign(),
                made.intensity(),
                made.time(),
                modality,
                made.speaker(),
                made.confidence(),
                made.evidence()));
        return made.id();
    }

    private String add(String source, String target, RelationKind kind, int month) {
        return add(source, target, kind, month, Speaker.author(), Modality.ASSERTED);
    }

    private void ingest() {
        List<Block> blocks = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Assertion a : assertions) {
            int i = a.evidence().sentence();
            blocks.add(Block.of(i, BlockKind.BODY, "Sentence " + i + "."));
            sentences.add(new Sentence(i, i, 0, 10, "Sentence " + i + ".", List.of()));
        }
        Document doc = new Document(document, "network.txt", Metadata.none(), blocks, List.of());
        store.ingest(new Extraction(doc, sentences, Samples.actors(), assertions), false);
    }

    private Tie tie(List<Tie> ties, String first, String second) {
        return ties.stream()
                .filter(t -> t.first().equals(first) && t.second().equals(second))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no tie " + first + "-" + second + " in " + ties));
    }

    @Test
    void ties_sumIntensitiesBothWays_withCountsAndStrongestEvidenceFirst() {
        String trade = add("IRN", "ARM", RelationKind.MATERIAL_COOPERATION, 3);
        String talks = add("ARM", "IRN", RelationKind.CONSULT, 5);
        ingest();

        Tie tie = tie(store.network(NetworkQuery.defaults()), "ARM", "IRN");

        assertThat(tie.weight()).isEqualTo(7.0);
        assertThat(tie.count()).isEqualTo(2);
        assertThat(tie.positive()).isEqualTo(2);
        assertThat(tie.latest()).contains(LocalDate.of(2020, 5, 31));
        assertThat(tie.evidence()).containsExactly(trade, talks);
    }

    @Test
    void belligerents_ceasefireAndTalksDoNotOffsetTheFighting() {
        add("AZE", "ARM", RelationKind.FIGHT, 9);
        add("ARM", "AZE", RelationKind.FIGHT, 10);
        add("AZE", "ARM", RelationKind.YIELD, 10);
        add("ARM", "AZE", RelationKind.CONSULT, 10);
        add("AZE", "ARM", RelationKind.YIELD, 11);
        ingest();

        Tie war = tie(store.network(NetworkQuery.defaults()), "ARM", "AZE");

        assertThat(war.weight()).isEqualTo(-20.0);
        assertThat(war.count()).isEqualTo(5);
        assertThat(war.positive()).isEqualTo(3);
        assertThat(war.negative()).isEqualTo(2);
    }

    @Test
    void networks_perMonth_areTheNetworksOfEachMonth_fromOnePass() {
        add("AZE", "ARM", RelationKind.FIGHT, 9);
        add("AZE", "ARM", RelationKind.YIELD, 9);
        add("AZE", "ARM", RelationKind.YIELD, 11);
        add("IRN", "ARM", RelationKind.MATERIAL_COOPERATION, 10);
        add("IRN", "AZE", RelationKind.AFFINITY, 0);
        add("TUR", "AZE", RelationKind.AID, 10);
        Assertion alliance = Samples.assertion(
                document,
                new Sentence(assertions.size(), assertions.size(), 0, 10, "Allies.", List.of()),
                List.of("TUR"),
                List.of("AZE"),
                RelationKind.ALLIANCE,
                TimeSpan.range(PartialDate.month(2020, 8), PartialDate.month(2020, 11), TimeBasis.TEXT),
                Speaker.author(),
                List.of());
        assertions.add(alliance);
        // Several actors on each side, over three months: a pair per two of them in every month.
        assertions.add(Samples.assertion(
                document,
                new Sentence(assertions.size(), assertions.size(), 0, 10, "Sanctions.", List.of()),
                List.of("RUS", "AZE"),
                List.of("ARM", "IRN"),
                RelationKind.REDUCE_RELATIONS,
                TimeSpan.range(PartialDate.month(2020, 10), PartialDate.month(2020, 12), TimeBasis.TEXT),
                Speaker.author(),
                List.of()));
        ingest();
        store.addReview(new Review.Merge("r1", "IRN", "TUR", "joined for this test", NOON));
        NetworkQuery query = NetworkQuery.defaults()
                .window(Optional.of(LocalDate.of(2020, 9, 15)), Optional.of(LocalDate.of(2020, 12, 31)));

        List<LocalDate> months = new ArrayList<>();
        store.networks(query, ChronoUnit.MONTHS, (month, ties) -> {
            months.add(month);
            NetworkQuery alone = query.window(
                    Optional.of(month), Optional.of(month.plusMonths(1).minusDays(1)));
            assertThat(ties).as("the ties of %s", month).isEqualTo(store.network(alone));
        });

        assertThat(months)
                .containsExactly(
                        LocalDate.of(2020, 9, 1),
                        LocalDate.of(2020, 10, 1),
                        LocalDate.of(2020, 11, 1),
                        LocalDate.of(2020, 12, 1));
        List<List<Tie>> years = new ArrayList<>();
        store.networks(NetworkQuery.defaults(), ChronoUnit.YEARS, (year, ties) -> years.add(ties));
        assertThat(years).hasSize(1);
        assertThatThrownBy(() -> store.networks(query, ChronoUnit.WEEKS, (month, ties) -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void window_keepsAssertionsThatOverlapIt_andDropsUndatedOnes() {
        add("IRN", "ARM", RelationKind.MATERIAL_COOPERATION, 3);
        add("IRN", "AZE", RelationKind.AFFINITY, 0);
        add("TUR", "AZE", RelationKind.AID, 10);
        ingest();

        List<Tie> ties = store.network(NetworkQuery.defaults()
                .window(Optional.of(LocalDate.of(2020, 9, 1)), Optional.of(LocalDate.of(2020, 12, 31))));

        assertThat(ties).extracting(t -> t.first() + "-" + t.second()).containsExactly("AZE-TUR");
        assertThat(store.network(NetworkQuery.defaults())).hasSize(3);
    }

    @Test
    void filters_kindModalitySpeakerAndDirection() {
        add("IRN", "ARM", RelationKind.MATERIAL_COOPERATION, 3);
        add("IRN", "AZE", RelationKind.THREATEN, 4, Speaker.author(), Modality.HYPOTHETICAL);
        add("AZE", "IRN", RelationKind.DISAPPROVE, 4, Speaker.actor("hassan-rouhani"), Modality.REPORTED);
        ingest();

        assertThat(tie(store.network(NetworkQuery.defaults()), "AZE", "IRN").count())
                .isEqualTo(1);
        assertThat(tie(
                                store.network(NetworkQuery.defaults().withModalities(EnumSet.allOf(Modality.class))),
                                "AZE",
                                "IRN")
                        .count())
                .isEqualTo(2);
        assertThat(store.assertions(NetworkQuery.defaults())).hasSize(2);
        assertThat(store.assertions(NetworkQuery.defaults().withKinds(Set.of(RelationKind.DISAPPROVE))))
                .extracting(Assertion::kind)
                .containsExactly(RelationKind.DISAPPROVE);
        assertThat(store.network(NetworkQuery.defaults().withKinds(Set.of(RelationKind.DISAPPROVE))))
                .extracting(Tie::first)
                .containsExactly("AZE");
        assertThat(store.network(NetworkQuery.defaults().withSpeaker(Optional.of(Speaker.author()))))
                .extracting(Tie::second)
                .containsExactly("IRN");
        assertThat(store.network(NetworkQuery.defaults().withSpeaker(Optional.of(Speaker.actor("hassan-rouhani")))))
                .extracting(Tie::second)
                .containsExactly("IRN");
        List<Tie> directed = store.network(NetworkQuery.defaults().directed(true));
        assertThat(directed)
                .extracting(t -> t.first() + ">" + t.second())
                .containsExactlyInAnyOrder("IRN>ARM", "AZE>IRN");
    }

    @Test
    void timeRange_spansTheDatedAssertions_andIsOpenWhenNoneIs() {
        assertThat(store.timeRange()).isEqualTo(Period.always());
        add("IRN", "ARM", RelationKind.MATERIAL_COOPERATION, 3);
        add("IRN", "AZE", RelationKind.AFFINITY, 0);
        add("TUR", "AZE", RelationKind.AID, 10);
        ingest();

        assertThat(store.timeRange()).isEqualTo(Period.between(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 10, 31)));
    }

    @Test
    void multilateralAssertion_addsATiePerSourceTargetPair() {
        add("IRN", "AZE,ARM", RelationKind.MEDIATE, 10);
        ingest();

        assertThat(store.network(NetworkQuery.defaults()))
                .extracting(t -> t.first() + "-" + t.second())
                .containsExactlyInAnyOrder("AZE-IRN", "ARM-IRN");
    }

    @Test
    void reviews_rejectedLeaveCorrectedChangeMergedJoin() {
        String trade = add("IRN", "ARM", RelationKind.MATERIAL_COOPERATION, 3);
        String threat = add("IRN", "AZE", RelationKind.THREATEN, 4);
        add("TUR", "AZE", RelationKind.AID, 10);
        ingest();

        store.addReview(new Review.OfAssertion("r1", trade, Verdict.REJECTED, Optional.empty(), "misread", NOON));
        Correction toAffinity = new Correction(
                Optional.empty(),
                Optional.empty(),
                Optional.of(RelationKind.AFFINITY),
                Optional.empty(),
                Optional.empty());
        store.addReview(new Review.OfAssertion("r2", threat, Verdict.CORRECTED, Optional.of(toAffinity), "", NOON));

        List<Tie> ties = store.network(NetworkQuery.defaults());
        assertThat(ties).extracting(t -> t.first() + "-" + t.second()).containsExactlyInAnyOrder("AZE-IRN", "AZE-TUR");
        assertThat(tie(ties, "AZE", "IRN").weight()).isEqualTo(4.0);
        assertThat(tie(ties, "AZE", "IRN").sign()).isEqualTo(Sign.POSITIVE);
        assertThat(store.network(NetworkQuery.defaults().reviewedOnly(true)))
                .extracting(Tie::second)
                .containsExactly("IRN");
        assertThat(store.assertions(AssertionQuery.all()))
                .extracting(Assertion::id)
                .doesNotContain(trade);
        assertThat(store.assertion(threat).orElseThrow().kind()).isEqualTo(RelationKind.AFFINITY);

        store.addReview(new Review.Merge("r3", "TUR", "IRN", "same side in this test", NOON));
        Tie joined = tie(store.network(NetworkQuery.defaults()), "AZE", "IRN");
        assertThat(joined.weight()).isEqualTo(11.0);
        assertThat(joined.count()).isEqualTo(2);
        assertThat(store.assertions(AssertionQuery.all()))
                .allSatisfy(a -> assertThat(a.sources()).doesNotContain("TUR"));
    }

    @Test
    void laterReview_wins_andAcceptingAgainRestoresARejectedAssertion() {
        String trade = add("IRN", "ARM", RelationKind.MATERIAL_COOPERATION, 3);
        ingest();

        store.addReview(new Review.OfAssertion("r1", trade, Verdict.REJECTED, Optional.empty(), "", NOON));
        assertThat(store.network(NetworkQuery.defaults())).isEmpty();
        store.addReview(
                new Review.OfAssertion("r2", trade, Verdict.ACCEPTED, Optional.empty(), "", NOON.plusSeconds(1)));
        assertThat(store.network(NetworkQuery.defaults()))
                .singleElement()
                .extracting(Tie::weight)
                .isEqualTo(6.0);
    }

    @Test
    void correctedSign_fromNeutral_getsStrengthOne() {
        String statement = add("IRN", "ARM", RelationKind.PUBLIC_STATEMENT, 3);
        ingest();
        Correction positive = new Correction(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Sign.POSITIVE), Optional.empty());
        store.addReview(new Review.OfAssertion("r1", statement, Verdict.CORRECTED, Optional.of(positive), "", NOON));

        assertThat(store.assertion(statement).orElseThrow().intensity()).isEqualTo(1.0);
        assertThat(store.network(NetworkQuery.defaults()))
                .singleElement()
                .extracting(Tie::weight)
                .isEqualTo(1.0);
    }

    @Test
    void stance_perMonth_bothWays_withTheEventsThatMovedIt() {
        add("IRN", "AZE", RelationKind.AFFINITY, 0);
        String gas = add("AZE", "IRN", RelationKind.REDUCE_RELATIONS, 1);
        add("IRN", "AZE", RelationKind.CONSULT, 1);
        String drills = add("IRN", "AZE", RelationKind.MILITARY_POSTURE, 10);
        add("IRN", "ARM", RelationKind.AID, 10);
        ingest();

        List<StancePoint> both = store.stance("IRN", "AZE", NetworkQuery.defaults(), ChronoUnit.MONTHS);
        assertThat(both)
                .extracting(StancePoint::period)
                .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 10, 1));
        assertThat(both.get(0).weight()).isEqualTo(-3.0);
        assertThat(both.get(0).evidence().get(0)).isEqualTo(gas);
        assertThat(both.get(1).evidence()).containsExactly(drills);

        List<StancePoint> directed =
                store.stance("IRN", "AZE", NetworkQuery.defaults().directed(true), ChronoUnit.YEARS);
        assertThat(directed).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(p.count()).isEqualTo(2);
            assertThat(p.weight()).isEqualTo(1 - 7.2);
        });
    }

    @Test
    void undo_takesAReviewBack_soTheOneBeforeHoldsAgain() {
        String trade = add("IRN", "ARM", RelationKind.MATERIAL_COOPERATION, 3);
        add("TUR", "AZE", RelationKind.AID, 10);
        ingest();

        store.addReview(new Review.OfAssertion("r1", trade, Verdict.REJECTED, Optional.empty(), "", NOON));
        store.addReview(new Review.OfAssertion("r2", trade, Verdict.ACCEPTED, Optional.empty(), "", NOON));
        store.addReview(new Review.Undo("u1", "r2", "changed my mind", NOON));
        assertThat(store.network(NetworkQuery.defaults()))
                .extracting(Tie::first)
                .containsExactly("AZE");

        store.addReview(new Review.Undo("u2", "r1", "", NOON));
        assertThat(store.network(NetworkQuery.defaults())).hasSize(2);
        assertThat(store.network(NetworkQuery.defaults().reviewedOnly(true))).isEmpty();

        store.addReview(new Review.Merge("m1", "TUR", "IRN", "", NOON));
        store.addReview(new Review.Undo("u3", "m1", "", NOON));
        assertThat(store.network(NetworkQuery.defaults()))
                .extracting(Tie::second)
                .contains("TUR");
        assertThat(store.reviews()).extracting(Review::id).containsExactly("r1", "r2", "u1", "u2", "m1", "u3");
    }

    @Test
    void undo_ofNothingOrTwice_isRefused() {
        String trade = add("IRN", "ARM", RelationKind.MATERIAL_COOPERATION, 3);
        ingest();
        store.addReview(new Review.OfAssertion("r1", trade, Verdict.REJECTED, Optional.empty(), "", NOON));
        store.addReview(new Review.Undo("u1", "r1", "", NOON));

        assertThatThrownBy(() -> store.addReview(new Review.Undo("u2", "r1", "", NOON)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("already undone");
        assertThatThrownBy(() -> store.addReview(new Review.Undo("u3", "nope", "", NOON)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no verdict, merge or alias with id nope");
        assertThatThrownBy(() -> store.addReview(new Review.Undo("u4", "u1", "", NOON)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot itself be undone");
    }
}
