package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.Ties.tie;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuandaryTest {

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

    @Test
    void equallySharpQuandaries_theMoreRecentComesFirst() {
        LocalDate old = LocalDate.of(2016, 4, 5);
        LocalDate recent = LocalDate.of(2020, 10, 10);
        SignedNetwork network = SignedNetwork.of(List.of(
                tie("A", "B", -9, recent),
                tie("A", "X", 3, old),
                tie("B", "X", 3, recent),
                tie("A", "Y", 3, recent),
                tie("B", "Y", 3, recent)));

        List<Quandary> quandaries = Quandary.of(network);

        assertThat(quandaries).extracting(Quandary::actor).containsExactly("Y", "X");
        assertThat(quandaries.get(0).since()).contains(recent);
        assertThat(quandaries.get(1).since()).contains(old);
    }

    @Test
    void involving_findsTheActorInAnyCornerOfTheTriangle() {
        SignedNetwork network = SignedNetwork.of(
                List.of(tie("ARM", "AZE", -20), tie("AZE", "IRN", 4), tie("ARM", "IRN", 6), tie("TUR", "AZE", 8)));
        List<Quandary> all = Quandary.of(network);

        assertThat(Quandary.involving(all, "ARM")).hasSize(1);
        assertThat(Quandary.involving(all, "IRN")).hasSize(1);
        assertThat(Quandary.involving(all, "TUR")).isEmpty();
    }
}
