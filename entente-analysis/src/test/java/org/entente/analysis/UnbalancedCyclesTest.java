package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnbalancedCyclesTest {
    private static final FrustrationOptions OPTIONS =
            FrustrationOptions.defaults().withMaxSeconds(20);

    @Test
    void lowerBound_onRandomGraphs_neverExceedsTheExactIndex() {
        Random random = new Random(21);
        for (int trial = 0; trial < 20; trial++) {
            SignedGraph graph = FrustrationIndexTest.random(random, 30, 60 + 10 * trial);
            int bound = UnbalancedCycles.lowerBound(graph, 1_000_000);
            assertThat(bound)
                    .as("trial " + trial)
                    .isLessThanOrEqualTo(FrustrationIndex.exact(graph, OPTIONS).value());
        }
    }

    @Test
    void lowerBound_disjointUnbalancedCycles_countsEachOnce() {
        // Three unbalanced triangles and one unbalanced square, sharing only nodes, never edges.
        List<SignedEdge> edges = new ArrayList<>();
        for (String hub : List.of("a", "b", "c")) {
            edges.add(new SignedEdge(hub, hub + "1", 1));
            edges.add(new SignedEdge(hub, hub + "2", 1));
            edges.add(new SignedEdge(hub + "1", hub + "2", -1));
        }
        edges.add(new SignedEdge("a", "p", 1));
        edges.add(new SignedEdge("p", "q", 1));
        edges.add(new SignedEdge("q", "r", 1));
        edges.add(new SignedEdge("r", "a", -1));
        SignedGraph graph = SignedGraph.of(edges);
        assertThat(UnbalancedCycles.lowerBound(graph, 1_000_000)).isEqualTo(4);
    }

    @Test
    void lowerBound_balancedGraph_isZero() {
        SignedGraph graph = SignedGraph.of(List.of(
                new SignedEdge("a", "b", -1),
                new SignedEdge("b", "c", -1),
                new SignedEdge("c", "a", 1),
                new SignedEdge("c", "d", 1),
                new SignedEdge("d", "a", 1)));
        assertThat(UnbalancedCycles.lowerBound(graph, 1_000_000)).isZero();
    }

    @Test
    void heuristic_whenItsSplitMeetsThePackingBound_isProvenOptimal() {
        List<SignedEdge> edges = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            edges.add(new SignedEdge("x" + i, "y" + i, 1));
            edges.add(new SignedEdge("y" + i, "z" + i, 1));
            edges.add(new SignedEdge("z" + i, "x" + i, -1));
            edges.add(new SignedEdge("z" + i, "x" + (i + 1), 1));
        }
        Frustration f = FrustrationIndex.heuristic(SignedGraph.of(edges), OPTIONS);
        assertThat(f.value()).isEqualTo(50);
        assertThat(f.lowerBound()).isEqualTo(50);
        assertThat(f.optimal()).isTrue();
    }
}
