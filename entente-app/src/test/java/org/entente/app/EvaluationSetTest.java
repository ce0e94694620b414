package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.core.Actor;
import org.entente.core.Block;
import org.entente.core.Document;
import org.entente.nlp.ActorKnowledgeBase;
import org.entente.reader.Readers;
import org.junit.jupiter.api.Test;

/** The evaluation set stays well formed: every row parses, names known actors, and is anchored in its text. */
class EvaluationSetTest {

    private static Path folder() {
        Optional<Path> folder = EvaluationSet.folder();
        assumeTrue(folder.isPresent(), "eval/ not found above " + Path.of("").toAbsolutePath() + ": test skipped");
        return folder.get();
    }

    @Test
    void everyGoldRow_namesKnownActors_andItsPhraseOccursInTheReadDocument() throws Exception {
        Path folder = folder();
        Set<String> known =
                ActorKnowledgeBase.builtIn().actors().stream().map(Actor::id).collect(Collectors.toSet());
        List<Path> golds = EvaluationSet.golds(folder);
        assertThat(golds).hasSizeGreaterThanOrEqualTo(4);
        int rows = 0;
        for (Path gold : golds) {
            GoldStandard standard = GoldStandard.parse(gold.toString(), Files.readString(gold));
            for (GoldStandard.Row row : standard.rows()) {
                Path file = folder.resolve(row.document());
                Document document =
                        Readers.forFile(file.getFileName().toString()).read(file.toString(), Files.readAllBytes(file));
                String text = GoldStandard.normalise(
                        document.blocks().stream().map(Block::text).collect(Collectors.joining(" ")));
                assertThat(text).as("%s in %s", row.phrase(), row.document()).contains(row.phrase());
                row.pairs().forEach(pair -> assertThat(known).as("%s", row).containsAll(pair));
                rows++;
            }
        }
        assertThat(rows).as("annotated rows").isGreaterThanOrEqualTo(60);
        assertThat(folder.resolve("README.md")).content().contains("before".toLowerCase(Locale.ROOT));
    }
}
