package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.FootnoteMarker;
import org.entente.core.InputException;
import org.entente.core.PartialDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private static String allText(Document document) {
        return document.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    @Test
    void forFile_htmlExtensions_areSupported() {
        assertThat(Readers.isSupported("page.html")).isTrue();
        assertThat(Readers.isSupported("PAGE.HTM")).isTrue();
        assertThat(Readers.isSupported("page.xhtml.bak")).isFalse();
    }

    @Test
    void newsPage_mainText_keepsParagraphsHeadingsAndQuote_inReadingOrder() {
        Document document = Fixtures.read("news-article.html");
        List<BlockKind> kinds = document.blocks().stream().map(Block::kind).toList();
        assertThat(kinds)
                .containsSubsequence(
                        BlockKind.BODY,
                        BlockKind.BODY,
                        BlockKind.HEADING,
                        BlockKind.BODY,
                        BlockKind.BLOCK_QUOTE,
                        BlockKind.CAPTION,
                        BlockKind.BODY);
        assertThat(Fixtures.ofKind(document, BlockKind.HEADING))
                .extracting(Block::text)
                .contains("A mediator steps back");
        assertThat(Fixtures.ofKind(document, BlockKind.BLOCK_QUOTE))
                .extracting(Block::text)
                .containsExactly("We came close, but close is not an agreement, and nobody should pretend otherwise.");
        assertThat(document.blocks().get(document.blocks().size() - 1).text())
                .startsWith("Analysts in both capitals")
                .endsWith("rather than by a treaty.");
    }

    @Test
    void newsPage_navigationAdsCommentsScriptsAndStyles_areDropped() {
        String text = allText(Fixtures.read("news-article.html"));
        assertThat(text)
                .contains("Envoys from Norland and Sudmark")
                .doesNotContain("SCRIPTTEXT", "STYLETEXT", "NAVTEXT", "ADTEXT", "COMMENTTEXT", "FOOTERTEXT");
    }

    @Test
    void newsPage_figcaption_isACaptionBlock_outOfTheMainText() {
        Document document = Fixtures.read("news-article.html");
        assertThat(Fixtures.ofKind(document, BlockKind.CAPTION))
                .extracting(Block::text)
                .containsExactly("Fishing boats moored in the harbour at Velden during the talks.");
        assertThat(Fixtures.mainText(document)).doesNotContain("Fishing boats moored");
    }

    @Test
    void newsPage_metadata_comesFromMetaTags() {
        Document document = Fixtures.read("news-article.html");
        assertThat(document.metadata().title()).contains("Harbour talks end without a deal");
        assertThat(document.metadata().authors()).containsExactly("Mira Castell");
        assertThat(document.metadata().venue()).contains("The Coastal Ledger");
        assertThat(document.metadata().date()).contains(PartialDate.day(2021, 3, 14));
    }

    @Test
    void newsPage_link_becomesFootnoteWithCitation_andMarkerAtTheLinkEnd() {
        Document document = Fixtures.read("news-article.html");
        assertThat(document.footnotes()).hasSize(1);
        Footnote footnote = document.footnotes().get(0);
        assertThat(footnote.number()).isEqualTo(1);
        Citation citation = footnote.citations().get(0);
        assertThat(citation.url()).contains("https://example.org/velden-briefing");
        assertThat(citation.title()).contains("a briefing note");
        Block first = document.blocks().stream()
                .filter(block -> block.text().startsWith("Envoys"))
                .findFirst()
                .orElseThrow();
        FootnoteMarker marker = first.markers().get(0);
        assertThat(marker.number()).isEqualTo(1);
        assertThat(first.text().substring(0, marker.offset())).endsWith("according to a briefing note");
    }

    @Test
    void allScriptsPage_givesNoReadableTextError_namingTheFile() {
        assertThatThrownBy(() -> Fixtures.read("all-scripts.html"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("all-scripts.html")
                .hasMessageContaining("no readable text");
    }

    @Test
    void hostilePage_markupInTheText_comesOutAsInertText() {
        Document document = Fixtures.read("hostile.html");
        String text = allText(document);
        assertThat(text).contains("the sequence <script>alert(\"quoted\")</script> appears");
        assertThat(text).doesNotContain("HANDLERTEXT", "LIVESCRIPT", "onerror");
        assertThat(text).contains("click here");
        assertThat(document.footnotes()).isEmpty();
    }

    @Test
    void declaredLegacyCharset_isHonoured_whenTheBytesAreNotUtf8() {
        byte[] page =
                page("windows-1252", "Caf\u00e9 diplomacy in the na\u00efve years", Charset.forName("windows-1252"));
        Document document = Readers.forFile("old.html").read("old.html", page);
        assertThat(allText(document)).contains("Caf\u00e9 diplomacy in the na\u00efve years");
    }

    @Test
    void validUtf8_winsOverAStaleDeclaration() {
        byte[] page = page("iso-8859-1", "Caf\u00e9 diplomacy in \u0130stanbul", StandardCharsets.UTF_8);
        Document document = Readers.forFile("saved.html").read("saved.html", page);
        assertThat(allText(document)).contains("Caf\u00e9 diplomacy in \u0130stanbul");
    }

    @Test
    void utf16ByteOrderMark_decidesTheCharset() {
        String html = "\uFEFF<html><body><p>Talks in Z\u00fcrich resumed on Monday.</p></body></html>";
        Document document = Readers.forFile("bom.html").read("bom.html", html.getBytes(StandardCharsets.UTF_16LE));
        assertThat(allText(document)).contains("Talks in Z\u00fcrich resumed on Monday.");
    }

    @Test
    void emptyAndOversizedPages_giveErrorsNamingTheFile() {
        assertThatThrownBy(() -> Readers.forFile("e.html").read("e.html", new byte[0]))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("e.html");
        byte[] huge = new byte[(int) Readers.MAX_BYTES + 1];
        assertThatThrownBy(() -> Readers.forFile("big.html").read("big.html", huge))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("big.html")
                .hasMessageContaining("too large");
    }

    @Test
    void metaDates_keepTheirPrecision() {
        assertThat(HtmlMetadata.date("2020-10-12T08:00:00+02:00")).contains(PartialDate.day(2020, 10, 12));
        assertThat(HtmlMetadata.date("2020/10")).contains(PartialDate.month(2020, 10));
        assertThat(HtmlMetadata.date("2020")).contains(PartialDate.year(2020));
        assertThat(HtmlMetadata.date("2020-13-40")).isEmpty();
        assertThat(HtmlMetadata.date("last Tuesday")).isEmpty();
    }

    @Test
    void hiddenElements_areNotRead() {
        String html = "<html><body><div><p>The council met on Friday, and the vote was close, as expected.</p>"
                + "<p hidden>HIDDENATTR</p><p style=\"display: none\">HIDDENSTYLE</p>"
                + "<p aria-hidden=\"true\">HIDDENARIA</p><p style=\"color: grey\">Shown in grey.</p></div></body></html>";
        String text = allText(Readers.forFile("h.html").read("h.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(text).contains("The council met on Friday", "Shown in grey.");
        assertThat(text).doesNotContain("HIDDENATTR", "HIDDENSTYLE", "HIDDENARIA");
    }

    @Test
    void jsonLdArticle_givesTitleAuthorsDateAndPublisher_beforeMetaTags() {
        String html = "<html><head><title>Border accord signed - Daily Record</title>"
                + "<meta property=\"og:title\" content=\"Not this one\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Daily Record\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Border accord signed\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Brel\"},{\"name\":\"Tom Ruiz\"}],"
                + "\"datePublished\":\"2019-06-02\",\"publisher\":{\"name\":\"Daily Record\"}}]}</script>"
                + "</head><body><p>The two ministers signed the accord at noon, in front of the press.</p></body></html>";
        Document document = Readers.forFile("j.html").read("j.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(document.metadata().title()).contains("Border accord signed");
        assertThat(document.metadata().authors()).containsExactly("Ana Brel", "Tom Ruiz");
        assertThat(document.metadata().date()).contains(PartialDate.day(2019, 6, 2));
        assertThat(document.metadata().venue()).contains("Daily Record");
    }

    @Test
    void titleElement_losesTheSiteName_whenNoMetadataNamesTheTitle() {
        String html = "<html><head><title>Ceasefire holds for a third day | Harbour Post</title></head>"
                + "<body><p>The ceasefire held for a third day, and aid convoys crossed the line at dawn.</p></body></html>";
        Document document = Readers.forFile("t.html").read("t.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(document.metadata().title()).contains("Ceasefire holds for a third day");
    }

    private static byte[] page(String declared, String sentence, Charset encoding) {
        String html = "<html><head><meta charset=\"" + declared + "\"><title>Old page</title></head><body><p>"
                + sentence + ".</p></body></html>";
        return html.getBytes(encoding);
    }
}
