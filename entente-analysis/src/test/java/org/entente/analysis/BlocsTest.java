package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlocsTest {
    private static final FrustrationOptions OPTIONS =
            FrustrationOptions.defaults().withMaxSeconds(20);

    /** Three blocs of six: every pair linked with probability 0.6, friendly inside, hostile across. */
    private static SignedGraph threeBlocs(Random random) {
        List<SignedEdge> edges = new ArrayList<>();
        for (int u = 0; u < 18; u++) {
            for (int v = u + 1; v < 18; v++) {
                if (random.nextDouble() < 0.6) {
                    edges.add(new SignedEdge(name(u), name(v), u / 6 == v / 6 ? 1 : -1));
                }
            }
        }
        return SignedGraph.of(edges);
    }

    private static String name(int v) {
        return "bloc" + v / 6 + "-" + v;
    }

    private static Set<Set<String>> asSets(BlocPartition p) {
        Set<Set<String>> sets = new HashSet<>();
        p.blocs().forEach(b -> sets.add(new HashSet<>(b)));
        return sets;
    }

    @Test
    void exact_plantedThreeBlocs_recoversThemWithNoError() {
        SignedGraph graph = threeBlocs(new Random(31));
        BlocPartition p = Blocs.exact(graph, 3, 0.5, OPTIONS);
        Set<Set<String>> planted = new HashSet<>();
        for (int b = 0; b < 3; b++) {
            Set<String> bloc = new HashSet<>();
            for (int v = 6 * b; v < 6 * b + 6; v++) {
                bloc.add(name(v));
            }
            planted.add(bloc);
        }
        assertThat(asSets(p)).isEqualTo(planted);
        assertThat(p.error()).isZero();
        assertThat(p.optimal()).isTrue();
    }

    @Test
    void exact_twoBlocsAtEvenWeights_costsHalfTheFrustrationIndex() {
        Random random = new Random(32);
        for (int trial = 0; trial < 10; trial++) {
            SignedGraph graph = FrustrationIndexTest.random(random, 20, 50);
            BlocPartition p = Blocs.exact(graph, 2, 0.5, OPTIONS);
            Frustration f = FrustrationIndex.exact(graph, OPTIONS);
            assertThat(p.optimal()).isTrue();
            assertThat(p.negativeWithin() + p.positiveBetween())
                    .as("trial " + trial)
                    .isEqualTo(f.value());
            assertThat(p.error()).isCloseTo(f.value() / 2.0, within(1e-9));
        }
    }

    @Test
    void exact_moreBlocsAllowed_neverCostsMore_andBeatsOrTiesTheHeuristic() {
        Random random = new Random(33);
        for (int trial = 0; trial < 8; trial++) {
            SignedGraph graph = FrustrationIndexTest.random(random, 16, 40);
            double previous = Double.MAX_VALUE;
            for (int k = 1; k <= 4; k++) {
                BlocPartition p = Blocs.exact(graph, k, 0.3, OPTIONS);
                assertThat(p.optimal()).isTrue();
                assertThat(p.blocs()).hasSizeLessThanOrEqualTo(k);
                assertThat(p.blocs().stream().mapToInt(List::size).sum()).isEqualTo(graph.nodeCount());
                assertThat(p.error()).isLessThanOrEqualTo(previous + 1e-9);
                assertThat(p.error())
                        .isLessThanOrEqualTo(
                                Blocs.heuristic(graph, k, 0.3, OPTIONS).error() + 1e-9);
                previous = p.error();
            }
        }
    }

    @Test
    void exact_oneBloc_countsEveryNegativeTie() {
        SignedGraph graph = FrustrationIndexTest.random(new Random(34), 12, 30);
        BlocPartition p = Blocs.exact(graph, 1, 0.25, OPTIONS);
        assertThat(p.blocs()).hasSize(1);
        assertThat(p.negativeWithin()).isEqualTo(graph.negativeEdgeCount());
        assertThat(p.error()).isCloseTo(0.25 * graph.negativeEdgeCount(), within(1e-9));
        assertThat(p.optimal()).isTrue();
    }

    @Test
    void heuristic_plantedThreeBlocs_findsAPartitionWithNoError() {
        BlocPartition p = Blocs.heuristic(threeBlocs(new Random(35)), 3, 0.5, OPTIONS);
        assertThat(p.error()).isZero();
        assertThat(p.blocs()).hasSize(3);
    }

    @Test
    void blocs_badArguments_areRefused() {
        SignedGraph graph = FrustrationIndexTest.random(new Random(36), 5, 5);
        assertThatThrownBy(() -> Blocs.exact(graph, 0, 0.5, OPTIONS)).hasMessageContaining("not 0");
        assertThatThrownBy(() -> Blocs.heuristic(graph, 2, 1.0, OPTIONS)).hasMessageContaining("(0, 1)");
    }
}
