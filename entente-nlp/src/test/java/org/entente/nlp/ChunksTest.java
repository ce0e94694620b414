package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksTest {

    private static void assertTiles(String text, List<Chunks.Chunk> chunks) {
        int at = 0;
        for (Chunks.Chunk chunk : chunks) {
            assertThat(chunk.start()).isEqualTo(at);
            assertThat(chunk.end()).isGreaterThan(chunk.start());
            at = chunk.end();
        }
        assertThat(at).isEqualTo(text.length());
    }

    @Test
    void ordinaryParagraph_staysWhole() {
        String text = "Kuwait mediated between Qatar and its neighbours. The talks took months.";
        assertThat(Chunks.of(text)).containsExactly(new Chunks.Chunk(0, text.length()));
    }

    @Test
    void longText_isCutOnlyAtSentenceEnds() {
        String text = "India and China held talks in Moscow. ".repeat(400);
        List<Chunks.Chunk> chunks = Chunks.of(text);

        assertThat(chunks).hasSizeGreaterThan(2);
        assertTiles(text, chunks);
        for (Chunks.Chunk chunk : chunks.subList(0, chunks.size() - 1)) {
            assertThat(text.charAt(chunk.end() - 1)).isEqualTo('.');
            assertThat(chunk.end() - chunk.start()).isLessThan(Chunks.TARGET + 100);
        }
    }

    @Test
    void textWithoutSentenceEnds_isCutAtSpacesSoNoPieceIsTooLong() {
        String text = "border talks trade minister said ".repeat(10_000);
        List<Chunks.Chunk> chunks = Chunks.of(text);

        assertTiles(text, chunks);
        assertThat(chunks)
                .allSatisfy(c -> assertThat(c.end() - c.start()).isLessThanOrEqualTo(Chunks.MAX_SENTENCE + 1));
        assertThat(chunks.subList(1, chunks.size()))
                .allSatisfy(c -> assertThat(text.charAt(c.start())).isEqualTo(' '));
    }

    @Test
    void oneEndlessWord_isCutAnyway() {
        String text = "x".repeat(4_000);
        assertThat(Chunks.of(text))
                .allSatisfy(c -> assertThat(c.end() - c.start()).isLessThanOrEqualTo(Chunks.MAX_SENTENCE + 1));
    }
}
