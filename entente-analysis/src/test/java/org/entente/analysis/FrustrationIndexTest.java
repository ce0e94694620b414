package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrustrationIndexTest {
    private static final FrustrationOptions OPTIONS =
            FrustrationOptions.defaults().withMaxSeconds(20);

    /** A random simple graph on n nodes with about m edges; a quarter negative. */
    static SignedGraph random(Random random, int n, int m) {
        Set<Long> pairs = new HashSet<>();
        List<SignedEdge> edges = new ArrayList<>();
        for (int i = 0; i < 4 * m && edges.size() < m; i++) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            if (u != v && pairs.add((long) Math.min(u, v) << 32 | Math.max(u, v))) {
                edges.add(new SignedEdge("v" + u, "v" + v, random.nextInt(4) == 0 ? -1 : 1));
            }
        }
        return SignedGraph.of(edges);
    }

    private static SignedGraph switched(SignedGraph graph, String node) {
        return SignedGraph.of(graph.edges().stream()
                .map(e -> e.first().equals(node) || e.second().equals(node)
                        ? new SignedEdge(e.first(), e.second(), -e.sign())
                        : e)
                .toList());
    }

    private static int bruteForce(SignedGraph graph) {
        int best = Integer.MAX_VALUE;
        int n = graph.nodeCount();
        for (int mask = 0; mask < 1 << n; mask++) {
            byte[] side = new byte[n];
            for (int v = 0; v < n; v++) {
                side[v] = (byte) (mask >> v & 1);
            }
            best = Math.min(best, FrustrationIndex.frustrated(graph, side));
        }
        return best;
    }

    @Test
    void exact_onSmallRandomGraphs_equalsExhaustiveSearch() {
        Random random = new Random(11);
        for (int trial = 0; trial < 25; trial++) {
            SignedGraph graph = random(random, 9, 20);
            Frustration f = FrustrationIndex.exact(graph, OPTIONS);
            assertThat(f.optimal()).isTrue();
            assertThat(f.value()).as("trial " + trial).isEqualTo(bruteForce(graph));
        }
    }

    @Test
    void exact_switchingAllEdgesAtOneVertex_leavesTheIndexUnchanged() {
        Random random = new Random(12);
        for (int trial = 0; trial < 15; trial++) {
            SignedGraph graph = random(random, 25, 70);
            String node = graph.nodes().get(random.nextInt(graph.nodeCount()));
            assertThat(FrustrationIndex.exact(switched(graph, node), OPTIONS).value())
                    .isEqualTo(FrustrationIndex.exact(graph, OPTIONS).value());
        }
    }

    @Test
    void exact_graphBuiltBalanced_hasIndexZeroAndItsBlocs() {
        Random random = new Random(13);
        for (int trial = 0; trial < 15; trial++) {
            SignedGraph shape = random(random, 30, 90);
            Set<String> bloc = new HashSet<>();
            shape.nodes().stream().filter(v -> random.nextBoolean()).forEach(bloc::add);
            SignedGraph balanced = SignedGraph.of(shape.edges().stream()
                    .map(e -> new SignedEdge(
                            e.first(), e.second(), bloc.contains(e.first()) == bloc.contains(e.second()) ? 1 : -1))
                    .toList());
            Frustration exact = FrustrationIndex.exact(balanced, OPTIONS);
            assertThat(exact.value()).isZero();
            assertThat(exact.optimal()).isTrue();
            assertThat(FrustrationIndex.heuristic(balanced, OPTIONS).value()).isZero();
        }
    }

    @Test
    void exact_neverExceedsNegativeEdgesNorTheHeuristic() {
        Random random = new Random(14);
        for (int trial = 0; trial < 15; trial++) {
            SignedGraph graph = random(random, 40, 120);
            Frustration exact = FrustrationIndex.exact(graph, OPTIONS);
            Frustration heuristic = FrustrationIndex.heuristic(graph, OPTIONS);
            assertThat(exact.value()).isLessThanOrEqualTo(graph.negativeEdgeCount());
            assertThat(exact.value()).isLessThanOrEqualTo(heuristic.value());
            assertThat(heuristic.lowerBound()).isLessThanOrEqualTo(exact.value());
        }
    }

    @Test
    void frustratedEdges_areExactlyThoseThePartitionBreaks() {
        SignedGraph graph = random(new Random(15), 30, 100);
        Frustration f = FrustrationIndex.exact(graph, OPTIONS);
        Set<String> first = new HashSet<>(f.firstBloc());
        List<SignedEdge> broken = graph.edges().stream()
                .filter(e -> (first.contains(e.first()) == first.contains(e.second())) != (e.sign() > 0))
                .toList();
        assertThat(f.frustratedEdges()).containsExactlyElementsOf(broken);
        assertThat(f.firstBloc().size() + f.secondBloc().size()).isEqualTo(graph.nodeCount());
    }

    @Test
    void exact_unbalancedTriangle_frustratesOneEdge() {
        // A friend of two enemies: the quandary shape.
        SignedGraph graph = SignedGraph.of(List.of(
                new SignedEdge("IRN", "AZE", 1), new SignedEdge("IRN", "ARM", 1), new SignedEdge("AZE", "ARM", -1)));
        Frustration f = FrustrationIndex.exact(graph, OPTIONS);
        assertThat(f.value()).isEqualTo(1);
        assertThat(f.optimal()).isTrue();
    }

    @Test
    void exact_emptyGraph_isBalanced() {
        Frustration f = FrustrationIndex.exact(SignedGraph.of(List.of()), OPTIONS);
        assertThat(f.value()).isZero();
        assertThat(f.optimal()).isTrue();
        assertThat(f.firstBloc()).isEmpty();
    }

    @Test
    void exact_budgetSpent_returnsTheBestSplitWithItsBoundAndSaysSo() {
        SignedGraph graph = random(new Random(17), 60, 400);
        Frustration f = FrustrationIndex.exact(graph, OPTIONS.withMaxSeconds(1e-6));
        assertThat(f.optimal()).isFalse();
        assertThat(f.lowerBound()).isLessThan(f.value());
        assertThat(f.value()).isEqualTo(f.frustratedEdges().size());
        assertThat(f.value())
                .isGreaterThanOrEqualTo(
                        FrustrationIndex.exact(graph, OPTIONS.withMaxSeconds(3)).lowerBound());
    }

    @Test
    void heuristic_onUnbalancedGraph_doesNotClaimOptimality() {
        SignedGraph graph = random(new Random(16), 40, 150);
        Frustration f = FrustrationIndex.heuristic(graph, OPTIONS);
        assertThat(f.value()).isPositive();
        assertThat(f.optimal()).isFalse();
    }

    @Test
    void signedGraph_duplicatePair_isRefused() {
        assertThatThrownBy(() -> SignedGraph.of(List.of(new SignedEdge("A", "B", 1), new SignedEdge("B", "A", -1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("join B and A");
    }

    @Test
    void signedEdge_signOtherThanPlusOrMinusOne_isRefused() {
        assertThatThrownBy(() -> new SignedEdge("A", "B", 2)).hasMessageContaining("not 2");
        assertThatThrownBy(() -> new SignedEdge("A", "A", 1)).hasMessageContaining("distinct");
    }
}
