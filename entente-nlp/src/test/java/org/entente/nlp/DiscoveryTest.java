package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscoveryTest {
    @Test
    void slug_dropsAccentsAndPunctuation_andIsAValidActorId() {
        assertThat(Discovery.slug("Assimi Goïta")).isEqualTo("assimi-goita");
        assertThat(Discovery.slug("Yunus-Bek Yevkurov")).isEqualTo("yunus-bek-yevkurov");
        assertThat(Discovery.slug("  'Tasnim' News ")).isEqualTo("tasnim-news");
        assertThat(Discovery.slug("x".repeat(100))).hasSize(64);
    }
}
