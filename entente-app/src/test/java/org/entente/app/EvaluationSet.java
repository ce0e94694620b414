package org.entente.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The evaluation set of the repository's {@code eval/} folder, found from the working directory up. */
final class EvaluationSet {
    private EvaluationSet() {}

    static Optional<Path> folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path eval = dir.resolve("eval");
            if (Files.isRegularFile(eval.resolve("README.md"))) {
                return Optional.of(eval);
            }
        }
        return Optional.empty();
    }

    static List<Path> golds(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".gold.tsv"))
                    .sorted()
                    .toList();
        }
    }
}
