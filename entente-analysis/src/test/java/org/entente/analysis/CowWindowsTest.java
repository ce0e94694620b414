package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Known answers: sizes and triangle census of the 51 Correlates-of-War windows. */
class CowWindowsTest {
    private static Map<String, List<SignedEdge>> windows;
    private static List<Map<String, String>> expected;

    @BeforeAll
    static void load() throws IOException {
        Optional<Path> folder = CowWindows.folder();
        if (folder.isEmpty()) {
            System.err.println(
                    "SKIPPED: " + CowWindows.FOLDER + " is absent; the Correlates-of-War answers are not checked");
        }
        Assumptions.assumeTrue(folder.isPresent(), CowWindows.FOLDER + " is absent");
        windows = CowWindows.windows(folder.get());
        expected = CowWindows.expected(folder.get());
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
            soft.assertThat(graph.nodeCount()).as(window + " n").isEqualTo(integer(row, "n"));
            soft.assertThat(graph.edgeCount()).as(window + " m").isEqualTo(integer(row, "m"));
            soft.assertThat(graph.negativeEdgeCount()).as(window + " m_neg").isEqualTo(integer(row, "m_neg"));
            soft.assertThat(census.total()).as(window + " triangles").isEqualTo(integer(row, "triangles"));
            soft.assertThat(census.allPositive()).as(window + " +++").isEqualTo(integer(row, "+++"));
            soft.assertThat(census.oneNegative()).as(window + " ++-").isEqualTo(integer(row, "++-"));
            soft.assertThat(census.twoNegative()).as(window + " +--").isEqualTo(integer(row, "+--"));
            soft.assertThat(census.allNegative()).as(window + " ---").isEqualTo(integer(row, "---"));
            soft.assertThat(census.balancedShare())
                    .as(window + " bal_ratio")
                    .isCloseTo(Double.parseDouble(row.get("bal_ratio")), within(1e-6));
        }
        soft.assertAll();
    }

    private static int integer(Map<String, String> row, String column) {
        return Integer.parseInt(row.get(column));
    }
}
