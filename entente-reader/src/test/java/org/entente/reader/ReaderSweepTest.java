package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.FootnoteMarker;
import org.entente.reader.SweepPrinter.Generated;
import org.entente.reader.SweepShape.Byline;
import org.entente.reader.SweepShape.Header;
import org.entente.reader.SweepShape.Headings;
import org.entente.reader.SweepShape.Notes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Robustness sweep of the text path: documents generated in many shapes from the project's own
 * sentences ({@link SweepCorpus}) must come out with their body whole. For every document of every
 * shape: the rebuilt main text keeps at least {@value #MIN_RECALL} of the body's words (counted as a
 * multiset), holds no word the body lacks (so no caption, running header, page number, byline or
 * footnote text), and every footnote is found with its number and text and linked from its marker.
 * Each shape prints its recall, so a change to the reader can be compared shape by shape.
 */
class ReaderSweepTest {
    static final double MIN_RECALL = 0.95;
    private static final int SEEDS = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static List<String> sentences;

    static List<SweepShape> shapes() {
        return List.of(
                SweepShape.of("wrap-60", s -> s.width = 60),
                SweepShape.of("wrap-80", s -> {}),
                SweepShape.of("wrap-100", s -> s.width = 100),
                SweepShape.of("wrap-60-no-blank", s -> {
                    s.width = 60;
                    s.blankLines = false;
                }),
                SweepShape.of("wrap-80-no-blank", s -> s.blankLines = false),
                SweepShape.of("unwrapped", SweepShape::unwrapped),
                SweepShape.of("unwrapped-no-blank", s -> {
                    s.unwrapped();
                    s.blankLines = false;
                }),
                SweepShape.of("headings-all-caps", s -> s.headings = Headings.ALL_CAPS),
                SweepShape.of("headings-short", s -> s.headings = Headings.SHORT),
                SweepShape.of("headings-short-unwrapped", s -> {
                    s.unwrapped();
                    s.headings = Headings.SHORT;
                }),
                SweepShape.of("headings-short-no-blank", s -> {
                    s.blankLines = false;
                    s.headings = Headings.SHORT;
                }),
                SweepShape.of("headings-none", s -> s.headings = Headings.NONE),
                SweepShape.of("list-dash", s -> s.bullet = "-"),
                SweepShape.of("list-bullet", s -> s.bullet = "\u2022"),
                SweepShape.of("list-star", s -> s.bullet = "*"),
                SweepShape.of("list-numbered", s -> s.bullet = "1."),
                SweepShape.of("list-lettered", s -> s.bullet = "(a)"),
                SweepShape.of("list-dash-unwrapped", s -> {
                    s.unwrapped();
                    s.bullet = "-";
                }),
                SweepShape.of("list-numbered-no-blank", s -> {
                    s.blankLines = false;
                    s.bullet = "1.";
                }),
                SweepShape.of("short-paragraphs", s -> s.shortParagraphs = true),
                SweepShape.of("short-paragraphs-no-blank", s -> {
                    s.shortParagraphs = true;
                    s.blankLines = false;
                }),
                SweepShape.of("short-paragraphs-unwrapped", s -> {
                    s.unwrapped();
                    s.shortParagraphs = true;
                }),
                SweepShape.of("dateline-news", s -> {
                    s.unwrapped();
                    s.dateline = true;
                    s.headings = Headings.NONE;
                    s.header = Header.NONE;
                    s.notes = Notes.NONE;
                    s.pageLines = 0;
                }),
                SweepShape.of("dateline-wrapped", s -> {
                    s.width = 70;
                    s.dateline = true;
                }),
                SweepShape.of("byline-names", s -> s.byline = Byline.NAMES),
                SweepShape.of("byline-venue-date", s -> s.byline = Byline.VENUE_DATE),
                SweepShape.of("byline-prepared-by", s -> s.byline = Byline.PREPARED_BY),
                SweepShape.of("byline-none", s -> s.byline = Byline.NONE),
                SweepShape.of("interview", s -> s.interview = true),
                SweepShape.of("interview-unwrapped", s -> {
                    s.unwrapped();
                    s.interview = true;
                }),
                SweepShape.of("pages-repeated-header", s -> s.header = Header.REPEATED),
                SweepShape.of("pages-numbers-only", s -> s.header = Header.NONE),
                SweepShape.of("endnotes", s -> s.notes = Notes.ENDNOTES),
                SweepShape.of("endnotes-unwrapped", s -> {
                    s.unwrapped();
                    s.notes = Notes.ENDNOTES;
                }),
                SweepShape.of("one-page-no-notes", s -> {
                    s.notes = Notes.NONE;
                    s.header = Header.NONE;
                    s.pageLines = 0;
                }),
                SweepShape.of("table", s -> s.table = true),
                SweepShape.of("quotes", s -> s.quotes = true),
                SweepShape.of("captions", s -> s.captions = true),
                SweepShape.of("captions-no-blank", s -> {
                    s.captions = true;
                    s.blankLines = false;
                }),
                SweepShape.of("captions-dated", s -> s.datedCaptions = true),
                SweepShape.of("captions-dated-no-blank", s -> {
                    s.datedCaptions = true;
                    s.blankLines = false;
                }),
                SweepShape.of("pull-quotes", s -> s.pullQuotes = true),
                SweepShape.of("hyphenated-60", s -> {
                    s.width = 60;
                    s.hyphenate = true;
                }),
                SweepShape.of("hyphenated-80-no-blank", s -> {
                    s.hyphenate = true;
                    s.blankLines = false;
                }),
                SweepShape.of("footnotes-no-separator", s -> s.separator = false),
                SweepShape.of("markdown", s -> {
                    s.unwrapped();
                    s.extension = ".md";
                    s.headings = Headings.MARKDOWN;
                    s.bullet = "-";
                    s.header = Header.NONE;
                    s.notes = Notes.ENDNOTES;
                    s.pageLines = 0;
                }));
    }

    @BeforeAll
    static void loadSentences() throws IOException {
        sentences = SweepCorpus.sentences();
    }

    @TestFactory
    Stream<DynamicTest> everyShape_keepsItsBodyWhole_andNothingElse() {
        assumeTrue(sentences.size() > 100, "the project's documents were not found: sweep skipped");
        return shapes().stream().map(shape -> DynamicTest.dynamicTest(shape.name, () -> sweep(shape)));
    }

    private static void sweep(SweepShape shape) {
        List<String> failures = new ArrayList<>();
        double lowest = 1;
        double total = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Generated generated = SweepDocument.generate(shape, sentences, seed);
            Document document = Readers.forFile(generated.name())
                    .read(generated.name(), generated.text().getBytes(StandardCharsets.UTF_8));
            double recall = check(generated, document, failures);
            lowest = Math.min(lowest, recall);
            total += recall;
        }
        System.out.printf(
                Locale.ROOT,
                "sweep %-28s recall min %.3f mean %.3f  failures %d%n",
                shape.name,
                lowest,
                total / SEEDS,
                failures.size());
        assertThat(failures).as(shape.name).isEmpty();
    }

    /** The document's body word recall; what is wrong with it goes to {@code failures}. */
    static double check(Generated generated, Document document, List<String> failures) {
        String mainText = Fixtures.mainText(document);
        Map<String, Integer> expected = words(String.join(" ", generated.body()));
        Map<String, Integer> found = words(mainText);
        int kept = 0;
        int all = 0;
        for (Map.Entry<String, Integer> entry : expected.entrySet()) {
            kept += Math.min(entry.getValue(), found.getOrDefault(entry.getKey(), 0));
            all += entry.getValue();
        }
        double recall = (double) kept / all;
        String name = generated.name();
        if (recall < MIN_RECALL) {
            failures.add(String.format(Locale.ROOT, "%s: body word recall %.3f", name, recall));
        }
        List<String> extra = new ArrayList<>();
        found.forEach((word, count) -> {
            if (count > expected.getOrDefault(word, 0)) {
                extra.add(word);
            }
        });
        if (!extra.isEmpty()) {
            failures.add(name + ": words in the body that the body lacks: " + extra);
        }
        for (String foreign : generated.foreign()) {
            if (mainText.contains(foreign.strip())) {
                failures.add(name + ": left in the body: " + foreign.strip());
            }
        }
        List<Integer> numbers =
                IntStream.rangeClosed(1, generated.notes().size()).boxed().toList();
        List<Integer> markers = document.blocks().stream()
                .filter(b -> b.kind().isMainText())
                .flatMap(b -> b.markers().stream())
                .map(FootnoteMarker::number)
                .toList();
        List<String> notes = document.footnotes().stream().map(Footnote::text).toList();
        if (!document.footnotes().stream().map(Footnote::number).toList().equals(numbers)
                || !notes.equals(generated.notes())) {
            failures.add(name + ": footnotes " + notes + " instead of " + generated.notes());
        }
        if (!markers.equals(numbers)) {
            failures.add(name + ": markers " + markers + " instead of " + numbers);
        }
        return recall;
    }

    static Map<String, Integer> words(String text) {
        Map<String, Integer> words = new HashMap<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.merge(matcher.group(), 1, Integer::sum);
        }
        return words;
    }
}
