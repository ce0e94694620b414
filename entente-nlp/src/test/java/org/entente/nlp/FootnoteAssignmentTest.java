package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.FootnoteMarker;
import org.junit.jupiter.api.Test;

class FootnoteAssignmentTest {

    // "Baku objected. Yerevan agreed, and Moscow watched." with markers 1 after "objected.",
    // 2 after "agreed," and 3 at the very end.
    private static final String TEXT = "Baku objected. Yerevan agreed, and Moscow watched.";
    private static final Block BLOCK = new Block(
            0,
            BlockKind.BODY,
            TEXT,
            List.of(new FootnoteMarker(1, 14), new FootnoteMarker(2, 30), new FootnoteMarker(3, TEXT.length())));

    @Test
    void markerRightAfterTheFullStop_belongsToTheSentenceBefore() {
        assertThat(CoreNlpExtractor.footnotes(BLOCK, 0, 14, 15)).containsExactly(1);
    }

    @Test
    void markerInsideTheSentence_andAtTheBlockEnd_belongToIt() {
        assertThat(CoreNlpExtractor.footnotes(BLOCK, 15, TEXT.length(), Integer.MAX_VALUE))
                .containsExactly(2, 3);
    }
}
