package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.Ties.tie;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {
    @Test
    void between_findsAppearedVanishedAndFlippedTies_flipsFirst() {
        SignedNetwork before =
                SignedNetwork.of(List.of(tie("A", "B", 5), tie("A", "C", -2), tie("B", "C", 1), tie("C", "D", 3)));
        SignedNetwork after =
                SignedNetwork.of(List.of(tie("A", "B", -8), tie("A", "C", -9), tie("B", "D", 4), tie("C", "D", 0)));

        List<Change> changes = Change.between(before, after);

        assertThat(changes)
                .extracting(c -> c.kind() + " " + c.first() + "-" + c.second())
                .containsExactly("FLIPPED A-B", "APPEARED B-D", "VANISHED C-D", "VANISHED B-C");
        assertThat(changes.get(0).shift()).isEqualTo(-13);
    }

    @Test
    void sameNetwork_hasNoChanges() {
        SignedNetwork network = SignedNetwork.of(List.of(tie("A", "B", 5), tie("A", "C", -2)));

        assertThat(Change.between(network, network)).isEmpty();
    }

    @Test
    void egoNetwork_keepsTheActorsTiesAndThoseAmongItsNeighbours() {
        SignedNetwork network =
                SignedNetwork.of(List.of(tie("A", "B", 5), tie("A", "C", -2), tie("B", "C", 1), tie("C", "D", 3)));

        assertThat(network.egoNetwork("A").ties())
                .extracting(t -> t.first() + t.second())
                .containsExactly("AB", "AC", "BC");
        assertThat(network.egoNetwork("A").actors()).containsExactly("A", "B", "C");
    }
}
