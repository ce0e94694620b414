package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --actors FILE} failures that must show before any language model loads. */
class ActorsOptionTest {
    @TempDir
    Path dir;

    private static Models.Run run(String... args) {
        return Models.run(
                Map.of(),
                () -> {
                    throw new AssertionError("a missing actor file must be reported before the models load");
                },
                args);
    }

    @Test
    void ingest_withMissingActorsFile_failsWithOneLineNamingTheFile() {
        Path missing = dir.resolve("nobody.tsv");

        Models.Run run = run("--db", dir.resolve("s.duckdb").toString(), "ingest", "--actors", missing.toString(), ".");

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err())
                .contains(missing.toString())
                .doesNotContain("Exception")
                .hasLineCount(1);
    }

    @Test
    void evaluate_withMissingActorsFile_failsWithOneLineNamingTheFile() {
        Path missing = dir.resolve("nobody.tsv");

        Models.Run run = run("evaluate", "--actors", missing.toString());

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains(missing.toString()).hasLineCount(1);
    }
}
