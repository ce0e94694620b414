package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.core.Actor;
import org.entente.core.Assertion;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Extraction;
import org.entente.core.Extractor;
import org.entente.core.Sign;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the seed article with a naive split (one block per blank-line paragraph,
 * no repair of hyphenation or footnotes) until the reader lands; prints load time and throughput.
 */
@Tag("model")
class SeedArticleIT {

    private static final Path SEED = Path.of("..", "..", "shared", "seed", "iran-quandary-nagorno-karabakh.txt");

    private static Path seed() {
        Path fromModule = Path.of("").toAbsolutePath().resolve(SEED).normalize();
        Path fromRoot = Path.of("")
                .toAbsolutePath()
                .resolve("..")
                .resolve("shared/seed/iran-quandary-nagorno-karabakh.txt")
                .normalize();
        return Files.exists(fromModule) ? fromModule : fromRoot;
    }

    @Test
    void seedArticle_findsTheRegionsStates_andAHostileAzerbaijanArmeniaTie() throws IOException {
        Path seed = seed();
        assumeTrue(Files.isReadable(seed), "seed article not found at " + seed + ": ../shared is absent, test skipped");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                blocks.add(Block.of(blocks.size(), BlockKind.BODY, paragraph.strip()));
            }
        }

        long loading = System.nanoTime();
        Extractor extractor = Extractors.coreNlp(ActorKnowledgeBase.builtIn());
        long loaded = System.nanoTime();
        Extraction extraction = extractor.extract(Texts.document(blocks, List.of()));
        long done = System.nanoTime();

        double seconds = (done - loaded) / 1e9;
        extraction
                .assertions()
                .forEach(a -> System.out.println("  " + a.sources() + " " + a.kind() + " " + a.targets() + " "
                        + a.modality() + " " + a.speaker() + " " + a.time() + " "
                        + a.time().basis() + " | "
                        + a.evidence().text().replace('\n', ' ')));
        System.out.printf(
                java.util.Locale.ROOT,
                "seed article: pipeline load %.1f s (near 0 when an earlier test in this JVM loaded the models); %d sentences in %.1f s = %.1f sentences/s (paragraphs on two threads); %d actors, %d assertions%n",
                (loaded - loading) / 1e9,
                extraction.sentences().size(),
                seconds,
                extraction.sentences().size() / seconds,
                extraction.actors().size(),
                extraction.assertions().size());
        assertThat(extraction.actors()).extracting(Actor::id).contains("IRN", "AZE", "ARM", "TUR", "ISR", "RUS");
        assertThat(extraction.assertions())
                .filteredOn(a -> a.sign() == Sign.NEGATIVE)
                .anySatisfy(
                        a -> assertThat(Set.of(a.sources().get(0), a.targets().get(0)))
                                .containsExactlyInAnyOrder("AZE", "ARM"));
        assertThat(extraction.assertions()).allSatisfy(SeedArticleIT::citesItsOwnSentence);
    }

    private static void citesItsOwnSentence(Assertion assertion) {
        assertThat(assertion.evidence().end())
                .isGreaterThan(assertion.evidence().start());
        assertThat(assertion.evidence().text()).isNotBlank();
    }
}
