package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.core.Assertion;
import org.entente.core.Evidence;
import org.entente.core.Modality;
import org.entente.core.PartialDate;
import org.entente.core.RelationKind;
import org.entente.core.Sign;
import org.entente.core.Speaker;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;
import org.junit.jupiter.api.Test;

class SignedNetworkTest {
    private static final String DOC = "a".repeat(64);
    private int sentence;

    private Assertion assertion(String source, String target, RelationKind kind, Modality modality, TimeSpan time) {
        int index = sentence++;
        List<String> sources = List.of(source.split(","));
        List<String> targets = List.of(target.split(","));
        return new Assertion(
                Assertion.idOf(DOC, index, sources, targets, kind),
                sources,
                targets,
                kind,
                kind.defaultSign(),
                kind.defaultIntensity(),
                time,
                modality,
                Speaker.author(),
                0.9,
                new Evidence(DOC, index, 0, 0, 10, "A sentence.", List.of(), List.of()));
    }

    private Assertion assertion(String source, String target, RelationKind kind) {
        return assertion(source, target, kind, Modality.ASSERTED, TimeSpan.unknown());
    }

    @Test
    void tie_sumsIntensitiesInBothDirections() {
        SignedNetwork network = SignedNetwork.of(
                List.of(
                        assertion("IRN", "ARM", RelationKind.MATERIAL_COOPERATION),
                        assertion("ARM", "IRN", RelationKind.CONSULT)),
                NetworkOptions.defaults());

        assertThat(network.ties()).singleElement().satisfies(tie -> {
            assertThat(tie.first()).isEqualTo("ARM");
            assertThat(tie.second()).isEqualTo("IRN");
            assertThat(tie.weight()).isEqualTo(7.0);
            assertThat(tie.sign()).isEqualTo(Sign.POSITIVE);
            assertThat(tie.assertions()).hasSize(2);
        });
        assertThat(network.actors()).containsExactly("ARM", "IRN");
    }

    @Test
    void iransQuandary_twoPositiveTiesAndOneNegative() {
        SignedNetwork network = SignedNetwork.of(
                List.of(
                        assertion("IRN", "AZE", RelationKind.AFFINITY),
                        assertion("IRN", "ARM", RelationKind.MATERIAL_COOPERATION),
                        assertion("AZE", "ARM", RelationKind.FIGHT)),
                NetworkOptions.defaults());

        assertThat(network.ties(Sign.POSITIVE)).hasSize(2);
        assertThat(network.ties(Sign.NEGATIVE)).singleElement().satisfies(t -> assertThat(t.first() + "-" + t.second())
                .isEqualTo("ARM-AZE"));
        assertThat(network.strongest(1).get(0).weight()).isEqualTo(-10.0);
    }

    @Test
    void multilateralAssertion_addsEverySourceTargetPair() {
        SignedNetwork network = SignedNetwork.of(
                List.of(assertion("SAU,ARE,BHR,EGY", "QAT", RelationKind.REDUCE_RELATIONS)), NetworkOptions.defaults());

        assertThat(network.ties()).hasSize(4).allMatch(t -> t.touches("QAT") && t.sign() == Sign.NEGATIVE);
    }

    @Test
    void nonFactualAssertions_leftOutByDefault_keptOnRequest() {
        List<Assertion> assertions = List.of(
                assertion("IRN", "ARM", RelationKind.AID, Modality.NEGATED, TimeSpan.unknown()),
                assertion("TUR", "RUS", RelationKind.FIGHT, Modality.HYPOTHETICAL, TimeSpan.unknown()));

        assertThat(SignedNetwork.of(assertions, NetworkOptions.defaults()).ties())
                .isEmpty();
        assertThat(SignedNetwork.of(assertions, new NetworkOptions(Optional.empty(), Optional.empty(), false))
                        .ties())
                .hasSize(2);
    }

    @Test
    void window_keepsOverlappingSpans_dropsUndated() {
        TimeSpan october = TimeSpan.of(PartialDate.month(2020, 10), TimeBasis.TEXT);
        TimeSpan year1994 = TimeSpan.of(PartialDate.year(1994), TimeBasis.FOOTNOTE);
        List<Assertion> assertions = List.of(
                assertion("RUS", "AZE", RelationKind.MEDIATE, Modality.ASSERTED, october),
                assertion("IRN", "AZE", RelationKind.AID, Modality.ASSERTED, year1994),
                assertion("TUR", "AZE", RelationKind.AID));

        SignedNetwork autumn = SignedNetwork.of(
                assertions,
                new NetworkOptions(
                        Optional.of(LocalDate.of(2020, 10, 10)), Optional.of(LocalDate.of(2020, 12, 31)), true));

        assertThat(autumn.ties()).singleElement().satisfies(t -> assertThat(t.touches("RUS"))
                .isTrue());
    }

    @Test
    void window_endingBeforeItStarts_isRefused() {
        assertThatThrownBy(() -> new NetworkOptions(
                        Optional.of(LocalDate.of(2021, 1, 1)), Optional.of(LocalDate.of(2020, 1, 1)), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2021-01-01");
    }
}
