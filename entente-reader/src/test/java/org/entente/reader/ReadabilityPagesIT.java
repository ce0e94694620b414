package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.core.Block;
import org.entente.core.Document;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The HTML reader against Mozilla Readability's 130 test pages in ../shared/readability-test-pages
 * (read in place, never copied). Body score: word-level F1 between the text of every block the
 * reader gives (main text and captions, as Readability's expected article keeps captions) and the
 * text of {@code expected.html}, as bags of lower-cased words (runs of letters, digits and marks;
 * each Han, Hiragana or Katakana character is a word of its own). Title: equal to the expected
 * title after collapsing whitespace; a page whose expected title is empty counts as right when the
 * reader finds none or an empty one.
 */
@Tag("slow")
class ReadabilityPagesIT {
    private static final Pattern WORD =
            Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*(null|\"((?:[^\"\\\\]|\\\\.)*)\")");

    /** Floors a little below the figures reached, so a regression fails. */
    private static final double MEAN_F1_FLOOR = 0.965;

    private static final double HIGH_SHARE_FLOOR = 0.92;
    private static final double TITLE_FLOOR = 0.97;

    @Test
    void readabilityPages_bodyF1AndTitles_stayAboveTheirFloors() throws IOException {
        Optional<Path> root = pages();
        if (root.isEmpty()) {
            System.err.println("SKIPPED ReadabilityPagesIT: ../shared/readability-test-pages is absent");
        }
        assumeTrue(root.isPresent(), "../shared/readability-test-pages is absent");
        List<Path> folders;
        try (Stream<Path> list = Files.list(root.get())) {
            folders = list.filter(dir -> Files.isRegularFile(dir.resolve("source.html")))
                    .sorted()
                    .toList();
        }
        double sum = 0;
        double mainSum = 0;
        int high = 0;
        int titles = 0;
        List<String> misses = new ArrayList<>();
        for (Path folder : folders) {
            Document document = Readers.forFile("source.html")
                    .read(folder.getFileName() + "/source.html", Files.readAllBytes(folder.resolve("source.html")));
            String got = document.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
            String expected = Jsoup.parse(Files.readString(folder.resolve("expected.html")))
                    .text();
            double f1 = f1(got, expected);
            mainSum += f1(Fixtures.mainText(document), expected);
            sum += f1;
            high += f1 >= 0.9 ? 1 : 0;
            String expectedTitle = expectedTitle(Files.readString(folder.resolve("expected-metadata.json")));
            String title = normal(document.metadata().title().orElse(""));
            if (title.equals(expectedTitle)) {
                titles++;
            }
            if (f1 < 0.9 || !title.equals(expectedTitle)) {
                misses.add(String.format(
                        Locale.ROOT,
                        "  %-40s F1 %.3f  title '%s' expected '%s'",
                        folder.getFileName(),
                        f1,
                        title,
                        expectedTitle));
            }
        }
        int n = folders.size();
        double mean = sum / n;
        System.err.printf(
                Locale.ROOT,
                "Readability test pages: %d pages, mean body F1 %.4f, F1 >= 0.9 on %d (%.1f%%), title right on %d"
                        + " (%.1f%%)%n",
                n,
                mean,
                high,
                100.0 * high / n,
                titles,
                100.0 * titles / n);
        System.err.printf(Locale.ROOT, "  (main text alone, without captions: mean F1 %.4f)%n", mainSum / n);
        misses.forEach(System.err::println);
        assertThat(n).as("pages").isGreaterThanOrEqualTo(100);
        assertThat(mean).as("mean body F1").isGreaterThanOrEqualTo(MEAN_F1_FLOOR);
        assertThat((double) high / n).as("share with F1 >= 0.9").isGreaterThanOrEqualTo(HIGH_SHARE_FLOOR);
        assertThat((double) titles / n).as("title accuracy").isGreaterThanOrEqualTo(TITLE_FLOOR);
    }

    static double f1(String got, String expected) {
        Map<String, Integer> a = words(got);
        Map<String, Integer> b = words(expected);
        int totalA = a.values().stream().mapToInt(Integer::intValue).sum();
        int totalB = b.values().stream().mapToInt(Integer::intValue).sum();
        if (totalA == 0 || totalB == 0) {
            return totalA == totalB ? 1 : 0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> entry : a.entrySet()) {
            common += Math.min(entry.getValue(), b.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) common / totalA;
        double recall = (double) common / totalB;
        return common == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            bag.merge(matcher.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static String expectedTitle(String json) {
        Matcher matcher = TITLE.matcher(json);
        if (!matcher.find() || matcher.group(2) == null) {
            return "";
        }
        return normal(matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
    }

    private static String normal(String text) {
        return text.replaceAll("[\\s\u00a0]+", " ").strip();
    }

    private static Optional<Path> pages() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/readability-test-pages").normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
