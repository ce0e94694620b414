package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.FootnoteMarker;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The demo corpus of the app module comes out clean: every footnote found and every marker linked
 * once in order, a caption and a pull quote set apart, nothing of them or of the running header
 * left in the body. Skipped, with a message, where the corpus is absent.
 */
class DemoCorpusTest {
    private static final Path DEMO = Path.of("../entente-app/src/main/resources/demo");

    @TestFactory
    Stream<DynamicTest> demoDocuments_comeOutClean() throws IOException {
        assumeTrue(Files.isDirectory(DEMO), "demo corpus not found at " + DEMO.toAbsolutePath() + ": skipped");
        List<Path> files;
        try (Stream<Path> listing = Files.list(DEMO)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().equals("index.txt"))
                    .sorted()
                    .toList();
        }
        assumeTrue(!files.isEmpty(), "demo corpus has no documents yet: skipped");
        return files.stream()
                .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path)));
    }

    private static void check(Path path) throws IOException {
        Document document = Readers.forFile(path.toString()).read(path.toString(), Files.readAllBytes(path));
        int count = document.footnotes().size();
        assertThat(count).isPositive();
        List<Integer> expected = IntStream.rangeClosed(1, count).boxed().toList();
        assertThat(document.footnotes()).extracting(Footnote::number).containsExactlyElementsOf(expected);
        assertThat(document.blocks().stream().flatMap(b -> b.markers().stream()).map(FootnoteMarker::number))
                .containsExactlyElementsOf(expected);
        assertThat(Fixtures.ofKind(document, BlockKind.CAPTION)).isNotEmpty();
        assertThat(Fixtures.ofKind(document, BlockKind.PULL_QUOTE)).isNotEmpty();
        String body = Fixtures.mainText(document);
        for (Footnote footnote : document.footnotes()) {
            assertThat(body).doesNotContain(footnote.text());
            assertThat(footnote.citations())
                    .allSatisfy(c -> assertThat(c.outlet()).isPresent());
        }
        for (Block block : document.blocks()) {
            if (!block.kind().isMainText()) {
                assertThat(body).doesNotContain(block.text());
            }
        }
        document.metadata().venue().ifPresent(venue -> assertThat(body).doesNotContainIgnoringCase(venue + " "));
        assertThat(body).doesNotContainPattern("[a-z]- [a-z]");
    }
}
