package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Known answers: sizes and triangle census of the 51 Correlates-of-War windows. */
class CowWindowsTest {
    private static Map<String, List<SignedEdge>> windows;
    private static List<Map<String, String>> expected;

    @BeforeAll
    static void load() throws IOException {
        CowWindows.Data data = CowWindows.loadOrSkip();
        windows = data.windows();
        expected = data.expected();
    }

    @Test
    void allWindows_sizesAndTriangleCensus_matchTheKnownAnswers() {
        assertThat(expected).hasSize(51);
        assertThat(windows.keySet()).hasSize(51);
        SoftAssertions soft = new SoftAssertions();
        for (Map<String, String> row : expected) {
            String window = row.get("window");
            SignedGraph graph = SignedGraph.of(windows.get(window));
            TriangleCensus census = TriangleCensus.of(graph);
            soft.assertThat(graph.nodeCount()).as(window + " n").isEqualTo(CowWindows.integer(row, "n"));
            soft.assertThat(graph.edgeCount()).as(window + " m").isEqualTo(CowWindows.integer(row, "m"));
            soft.assertThat(graph.negativeEdgeCount())
                    .as(window + " m_neg")
                    .isEqualTo(CowWindows.integer(row, "m_neg"));
            soft.assertThat(census.total()).as(window + " triangles").isEqualTo(CowWindows.integer(row, "triangles"));
            soft.assertThat(census.allPositive()).as(window + " +++").isEqualTo(CowWindows.integer(row, "+++"));
            soft.assertThat(census.oneNegative()).as(window + " ++-").isEqualTo(CowWindows.integer(row, "++-"));
            soft.assertThat(census.twoNegative()).as(window + " +--").isEqualTo(CowWindows.integer(row, "+--"));
            soft.assertThat(census.allNegative()).as(window + " ---").isEqualTo(CowWindows.integer(row, "---"));
            soft.assertThat(census.balancedShare())
                    .as(window + " bal_ratio")
                    .isCloseTo(Double.parseDouble(row.get("bal_ratio")), within(1e-6));
        }
        soft.assertAll();
    }
}
