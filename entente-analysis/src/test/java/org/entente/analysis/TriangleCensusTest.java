package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TriangleCensusTest {
    @Test
    void census_countsEachTriangleOnceBySign() {
        // Two triangles sharing the edge A-B: A-B-C all positive, A-B-D with A-D and B-D negative.
        SignedGraph graph = SignedGraph.of(List.of(
                new SignedEdge("A", "B", 1),
                new SignedEdge("B", "C", 1),
                new SignedEdge("C", "A", 1),
                new SignedEdge("A", "D", -1),
                new SignedEdge("D", "B", -1)));
        TriangleCensus census = TriangleCensus.of(graph);
        assertThat(census).isEqualTo(new TriangleCensus(1, 0, 1, 0));
        assertThat(census.balancedShare()).isEqualTo(1.0);
    }

    @Test
    void census_onRandomGraphs_matchesCountingEveryTriple() {
        Random random = new Random(3);
        for (int trial = 0; trial < 10; trial++) {
            SignedGraph graph = FrustrationIndexTest.random(random, 30, 150);
            int n = graph.nodeCount();
            int[][] sign = new int[n][n];
            for (int e = 0; e < graph.edgeCount(); e++) {
                sign[graph.from(e)][graph.to(e)] = graph.sign(e);
                sign[graph.to(e)][graph.from(e)] = graph.sign(e);
            }
            long[] count = new long[4];
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    for (int c = b + 1; c < n; c++) {
                        if (sign[a][b] != 0 && sign[b][c] != 0 && sign[a][c] != 0) {
                            count[(sign[a][b] < 0 ? 1 : 0) + (sign[b][c] < 0 ? 1 : 0) + (sign[a][c] < 0 ? 1 : 0)]++;
                        }
                    }
                }
            }
            assertThat(TriangleCensus.of(graph)).isEqualTo(new TriangleCensus(count[0], count[1], count[2], count[3]));
        }
    }

    @Test
    void balancedShare_ofUnbalancedTriangle_isZero() {
        SignedGraph graph = SignedGraph.of(List.of(
                new SignedEdge("IRN", "AZE", 1), new SignedEdge("IRN", "ARM", 1), new SignedEdge("AZE", "ARM", -1)));
        assertThat(TriangleCensus.of(graph).oneNegative()).isEqualTo(1);
        assertThat(TriangleCensus.of(graph).balancedShare()).isZero();
    }
}
