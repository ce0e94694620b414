package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.entente.core.Document;
import org.entente.core.FootnoteMarker;
import org.entente.core.PartialDate;
import org.junit.jupiter.api.Test;

class FootnotesTest {
    private final Document document = Fixtures.read("footnotes.txt");

    @Test
    void footnotes_afterSeparators_keepTheirNumbersAndExactText() {
        assertThat(document.footnotes())
                .extracting(f -> f.number() + " " + f.text())
                .containsExactly(
                        "1 Caspian Energy Monitor (Baku), Apr. 3, 2019; Georgian Wire (Tbilisi), Apr. 4, 2019.",
                        "2 Ibid., Apr. 9, 2019.",
                        "3 Marta Vardanyan, \"Bypassed Again,\" Yerevan Review, May 2019, pp. 12-15.");
    }

    @Test
    void footnoteBrokenMidDateOverABlankLine_continues() {
        assertThat(document.footnote(1).orElseThrow().citations().get(0).dates())
                .containsExactly(PartialDate.day(2019, 4, 3));
    }

    @Test
    void sentenceCutByAFootnoteBlock_isStitchedBack() {
        assertThat(document.blocks()).hasSize(2);
        assertThat(document.blocks().get(0).text())
                .contains("a turning point for the region, and the first tankers")
                .doesNotContain("Ibid")
                .doesNotContain("Monitor");
    }

    @Test
    void markers_afterFullStops_linkToTheirFootnotes() {
        var first = document.blocks().get(0);
        assertThat(first.markers()).extracting(FootnoteMarker::number).containsExactly(1, 2);
        assertThat(first.text().substring(0, first.markers().get(0).offset())).endsWith("Black Sea coast.");
        assertThat(first.text()).endsWith("within weeks.");
        assertThat(document.blocks().get(1).markers())
                .containsExactly(
                        new FootnoteMarker(3, document.blocks().get(1).text().length()));
    }

    @Test
    void ibid_resolvesToThePreviousFootnotesLastOutlet() {
        var ibid = document.footnote(2).orElseThrow().citations().get(0);
        assertThat(ibid.outlet()).contains("Georgian Wire");
        assertThat(ibid.dates()).containsExactly(PartialDate.day(2019, 4, 9));
    }

    @Test
    void footnoteOpeningInLowerCaseIbid_isFoundAndResolved() {
        String text =
                "Title\n\nThe port reopened.1 Ships returned.2\n\n1 Gulf Wire (Doha), May 2, 2020.\n\n2 ibid., May 9, 2020.\n";
        Document read = Readers.forFile("t.txt").read("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(read.footnotes()).extracting(f -> f.number()).containsExactly(1, 2);
        assertThat(read.footnote(2).orElseThrow().citations().get(0).outlet()).contains("Gulf Wire");
        assertThat(Fixtures.mainText(read)).isEqualTo("The port reopened. Ships returned.\n");
    }

    @Test
    void numberedLineThatIsNotTheNextFootnote_staysInTheBody() {
        String text = "Title\n\nThe vote was close.\n\n7 members abstained and the motion failed.\n";
        Document read = Readers.forFile("t.txt").read("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(read.footnotes()).isEmpty();
        assertThat(Fixtures.mainText(read)).contains("7 members abstained");
    }

    @Test
    void endnotesUnderANotesHeading_areFound_withIbidInsideANoteAndAUrl() {
        Document endnotes = Fixtures.read("endnotes.txt");
        assertThat(endnotes.footnotes()).extracting(f -> f.number()).containsExactly(1, 2, 3, 4);
        assertThat(endnotes.footnote(2).orElseThrow().citations())
                .extracting(c -> c.outlet().orElseThrow() + " " + c.dates())
                .containsExactly("Ahram Online [2020-06-20]", "Ahram Online [2020-06-30]");
        var last = endnotes.footnote(4).orElseThrow().citations().get(0);
        assertThat(last.title()).contains("Nile Talks Stall Again");
        assertThat(last.dates()).containsExactly(PartialDate.month(2020, 8));
        assertThat(last.url()).contains("https://www.example.org/nile-talks");
        assertThat(endnotes.blocks().stream().flatMap(b -> b.markers().stream()).map(FootnoteMarker::number))
                .containsExactly(1, 2, 3, 4);
        assertThat(Fixtures.mainText(endnotes)).doesNotContain("Addis Standard");
    }
}
