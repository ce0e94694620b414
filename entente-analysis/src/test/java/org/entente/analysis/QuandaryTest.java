package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuandaryTest {

    private static Tie tie(String a, String b, double weight) {
        return new Tie(a, b, weight, List.of(a + b));
    }

    @Test
    void actorWithFriendsAtWar_isAQuandary() {
        SignedNetwork network = new SignedNetwork(
                List.of("ARM", "AZE", "IRN"),
                List.of(tie("ARM", "AZE", -20), tie("AZE", "IRN", 4), tie("ARM", "IRN", 6)));

        assertThat(Quandary.of(network)).singleElement().satisfies(q -> {
            assertThat(q.actor()).isEqualTo("IRN");
            assertThat(List.of(q.first(), q.second())).containsExactly("ARM", "AZE");
            assertThat(q.strength()).isEqualTo(4);
        });
    }

    @Test
    void balancedTriangles_areNoQuandary() {
        SignedNetwork allies = new SignedNetwork(
                List.of("A", "B", "C"), List.of(tie("A", "B", 3), tie("B", "C", 3), tie("A", "C", 3)));
        SignedNetwork enemyOfEnemy = new SignedNetwork(
                List.of("A", "B", "C"), List.of(tie("A", "B", -3), tie("B", "C", -3), tie("A", "C", 3)));

        assertThat(Quandary.of(allies)).isEmpty();
        assertThat(Quandary.of(enemyOfEnemy)).isEmpty();
    }

    @Test
    void sharperQuandaries_comeFirst() {
        SignedNetwork network = new SignedNetwork(
                List.of("A", "B", "X", "Y"),
                List.of(tie("A", "B", -9), tie("A", "X", 1), tie("B", "X", 1), tie("A", "Y", 5), tie("B", "Y", 6)));

        assertThat(Quandary.of(network)).extracting(Quandary::actor).containsExactly("Y", "X");
    }
}
