package org.entente.analysis;

import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Known answers: the exact frustration index of the 51 Correlates-of-War windows (about a minute). */
@Tag("slow")
class CowFrustrationIT {
    private static Map<String, List<SignedEdge>> windows;
    private static List<Map<String, String>> expected;

    @BeforeAll
    static void load() throws IOException {
        CowWindows.Data data = CowWindows.loadOrSkip();
        windows = data.windows();
        expected = data.expected();
    }

    @Test
    void allWindows_exactFrustrationIndex_matchesTheKnownAnswers() {
        FrustrationOptions options = FrustrationOptions.defaults().withMaxSeconds(60);
        SoftAssertions soft = new SoftAssertions();
        for (Map<String, String> row : expected) {
            String window = row.get("window");
            SignedGraph graph = SignedGraph.of(windows.get(window));
            Frustration frustration = FrustrationIndex.exact(graph, options);
            soft.assertThat(frustration.optimal()).as(window + " optimal").isTrue();
            soft.assertThat(frustration.value()).as(window + " L").isEqualTo(CowWindows.integer(row, "L"));
            soft.assertThat(frustration.balanceIndex(graph.edgeCount()))
                    .as(window + " 1-2L/m")
                    .isCloseTo(Double.parseDouble(row.get("1-2L/m")), within(1e-6));
            soft.assertThat(frustration.firstBloc().size()
                            + frustration.secondBloc().size())
                    .as(window + " partition covers every node")
                    .isEqualTo(graph.nodeCount());
        }
        soft.assertAll();
    }
}
