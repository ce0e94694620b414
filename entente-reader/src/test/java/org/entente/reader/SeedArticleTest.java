package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.FootnoteMarker;
import org.entente.core.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a careful reader sees in the seed article; skipped, with a message, where ../shared is absent. */
class SeedArticleTest {
    private static Document document;

    @BeforeAll
    static void read() throws IOException {
        var seed = Fixtures.seed();
        if (seed.isEmpty()) {
            // Surefire does not print assumption messages; say it where the build log shows it.
            System.err.println("SKIPPED SeedArticleTest: seed article not found in ../shared/seed/");
        }
        assumeTrue(seed.isPresent(), "seed article not found in ../shared/seed/: seed tests skipped");
        Path path = seed.get();
        document = Readers.forFile(path.toString()).read(Fixtures.SEED, Files.readAllBytes(path));
    }

    private static Block blockContaining(String phrase) {
        return document.blocks().stream()
                .filter(b -> b.text().contains(phrase))
                .findFirst()
                .orElseThrow();
    }

    private static String textBefore(int number) {
        for (Block block : document.blocks()) {
            for (FootnoteMarker marker : block.markers()) {
                if (marker.number() == number) {
                    return block.text().substring(0, marker.offset());
                }
            }
        }
        throw new AssertionError("no marker " + number);
    }

    @Test
    void footnotes_are41_numberedInOrder() {
        assertThat(document.footnotes())
                .extracting(Footnote::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 41).boxed().toList());
    }

    @Test
    void footnoteText_isJoinedAcrossBlankLinesAndDates() {
        assertThat(document.footnote(1).orElseThrow().text())
                .startsWith("See U.S. Secretary")
                .endsWith("Oct. 15, 2020.");
        assertThat(document.footnote(30).orElseThrow().text()).endsWith("Mashregh News, Oct. 17, 2020.");
        assertThat(document.footnote(17).orElseThrow().text()).contains("Turkish-Iranian Relations");
        assertThat(document.footnote(15).orElseThrow().text()).contains("Ba Rahbar-e Enghelab");
    }

    @Test
    void everyMarker_isLinkedOnce_inOrder() {
        List<Integer> numbers = document.blocks().stream()
                .flatMap(b -> b.markers().stream())
                .map(FootnoteMarker::number)
                .toList();
        assertThat(numbers)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 41).boxed().toList());
    }

    @Test
    void markers_sitAfterTheirWords() {
        assertThat(textBefore(1)).endsWith("adversary.");
        assertThat(textBefore(10)).endsWith("consumption,");
        assertThat(textBefore(11)).endsWith("Islamic Republic),");
        assertThat(textBefore(21)).endsWith("to the conflict");
    }

    @Test
    void numbersOfTheText_stay() {
        String text = Fixtures.mainText(document);
        assertThat(text)
                .contains(
                        "a $30 million arms deal",
                        "After 9/11,",
                        "COVID-19 pandemic",
                        "the 45-day war",
                        "May 7, 1992,");
    }

    @Test
    void noFootnoteCaptionPullQuoteOrHeader_isLeftInTheBody() {
        String body = Fixtures.mainText(document);
        assertThat(body)
                .doesNotContain(
                        "QUARTERLY",
                        "Haditha",
                        "George Deek",
                        "(above)",
                        "Ibid",
                        "Tasnim News Agency (Tehran)",
                        "Yale University Press",
                        "Radio Free Europe");
        for (Footnote footnote : document.footnotes()) {
            assertThat(body).doesNotContain(footnote.text());
        }
        for (BlockKind kind : List.of(BlockKind.CAPTION, BlockKind.PULL_QUOTE)) {
            for (Block block : Fixtures.ofKind(document, kind)) {
                assertThat(body).doesNotContain(block.text());
            }
        }
    }

    @Test
    void captionsAndPullQuotes_areTheirOwnBlocks() {
        assertThat(Fixtures.ofKind(document, BlockKind.CAPTION)).hasSize(3).allSatisfy(b -> assertThat(b.markers())
                .isEmpty());
        assertThat(Fixtures.ofKind(document, BlockKind.PULL_QUOTE)).hasSize(4);
        assertThat(Fixtures.ofKind(document, BlockKind.CAPTION).get(0).text()).startsWith("Azeri soldier in Haditha");
    }

    @Test
    void sentencesCutByFootnotesAndCaptions_areStitched() {
        assertThat(blockContaining("making it possible for").text()).contains("for Washington to provide");
        assertThat(blockContaining("and called on Ankara").text()).contains("on Ankara to work");
        assertThat(blockContaining("Mohsen Fakhrizadeh").text()).contains("program\u201D Mohsen Fakhrizadeh\u2014with");
    }

    @Test
    void hyphenation_isRepairedAsTheAuthorsWroteIt() {
        String text = Fixtures.mainText(document);
        assertThat(text)
                .contains(
                        "hegemonic goals",
                        "Russian-Turkish-brokered",
                        "Shiite-majority",
                        "Azerbaijan as a threat",
                        "the [Nagorno-Karabakh] region",
                        "long-existing",
                        "Russian-armed",
                        "IRGC-associated",
                        "(2005-13)",
                        "administration",
                        "Washington");
        assertThat(text).doesNotContain("hege-", "Azer-", "admin-");
    }

    @Test
    void dropCap_isRepaired() {
        assertThat(document.blocks().get(0).text()).startsWith("Tehran viewed the");
    }

    @Test
    void metadata_titleAuthorsVenueYear() {
        assertThat(document.metadata().title()).contains("Iran\u2019s Quandary on Nagorno-Karabakh");
        assertThat(document.metadata().authors()).containsExactly("Arvin Khoshnood", "Ardavan Khoshnood");
        assertThat(document.metadata().venue()).contains("Middle East Quarterly");
        assertThat(document.metadata().date()).contains(PartialDate.year(2021));
    }

    @Test
    void headings_areFound() {
        assertThat(Fixtures.ofKind(document, BlockKind.HEADING))
                .extracting(Block::text)
                .containsExactly(
                        "Iranian-Azeri Affinity",
                        "The Changing Geopolitical Landscape",
                        "An Iranian Conundrum",
                        "Conclusion");
    }

    @Test
    void ibid_inFootnote24_resolvesToIrna() {
        List<Citation> citations = document.footnote(24).orElseThrow().citations();
        assertThat(citations.get(0).outlet()).contains("IRNA");
        assertThat(citations.get(0).dates())
                .containsExactly(PartialDate.day(2020, 9, 27), PartialDate.day(2020, 10, 4));
        assertThat(citations.get(1).outlet()).contains("Kayhan");
        assertThat(citations.get(1).place()).contains("Tehran");
    }

    @Test
    void footnote14_hasThreeCitationsWithPlacesAndDates() {
        List<Citation> citations = document.footnote(14).orElseThrow().citations();
        assertThat(citations)
                .extracting(c -> c.outlet().orElseThrow())
                .containsExactly("Today.az", "Islamic Republic News Agency", "Tehran Times");
        assertThat(citations).extracting(c -> c.place().orElse("-")).containsExactly("Azerbaijan", "Tehran", "-");
        assertThat(citations)
                .extracting(c -> c.dates().get(0))
                .containsExactly(
                        PartialDate.day(2010, 1, 28), PartialDate.day(2019, 9, 30), PartialDate.day(2020, 1, 10));
    }

    @Test
    void everyFootnote_hasACitationWithAnOutlet() {
        for (Footnote footnote : document.footnotes()) {
            assertThat(footnote.citations())
                    .as("footnote %d", footnote.number())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.outlet()).isPresent());
        }
    }
}
