package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.entente.core.Block;
import org.entente.core.Document;
import org.entente.core.FootnoteMarker;
import org.junit.jupiter.api.Test;

class MarkersTest {
    private final Document document = Fixtures.read("markers.txt");
    private final Block block = document.blocks().get(0);

    private String before(int number) {
        FootnoteMarker marker = block.markers().stream()
                .filter(m -> m.number() == number)
                .findFirst()
                .orElseThrow();
        return block.text().substring(0, marker.offset());
    }

    @Test
    void gluedMarkers_areRemovedAndLinkedInOrder() {
        assertThat(block.markers()).extracting(FootnoteMarker::number).containsExactly(1, 2, 3, 4);
        assertThat(before(1)).endsWith("first reported in 2017.");
        assertThat(before(2)).endsWith("review ran on,");
        assertThat(before(3)).endsWith("(mostly in Baku),");
        assertThat(before(4)).endsWith("outcome of the conflict");
    }

    @Test
    void numbersThatArePartOfTheText_areNeverMarkers() {
        assertThat(block.text())
                .contains("$45 million")
                .contains("in 2017. After 9/11,")
                .contains("sec. 702")
                .contains("no. 118")
                .contains("COVID-19")
                .contains("60-day");
    }

    @Test
    void gluedNumberWithoutAFootnote_staysText() {
        assertThat(block.text()).contains("froze it,5 while");
    }

    @Test
    void markerList_afterOnePlace_linksEveryNumber() {
        String text = "Title\n\nThe port reopened.1,2 Ships returned.3\n\n1 Gulf Wire, May 2, 2020.\n\n"
                + "2 Sea Lanes, May 3, 2020.\n\n3 Gulf Wire, May 9, 2020.\n";
        Document read = Readers.forFile("t.txt").read("t.txt", text.getBytes(StandardCharsets.UTF_8));
        Block first = read.blocks().get(0);
        assertThat(first.text()).isEqualTo("The port reopened. Ships returned.");
        assertThat(first.markers())
                .containsExactly(new FootnoteMarker(1, 18), new FootnoteMarker(2, 18), new FootnoteMarker(3, 34));
    }
}
