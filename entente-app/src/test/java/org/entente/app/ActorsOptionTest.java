package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --actors FILE} failures that must show before any language model loads. */
class ActorsOptionTest {
    @TempDir
    Path dir;

    @Test
    void ingest_withMissingActorsFile_failsWithOneLineNamingTheFile() {
        Path missing = dir.resolve("nobody.tsv");

        Models.Run run = Models.withoutModels(
                "--db", dir.resolve("s.duckdb").toString(), "ingest", "--actors", missing.toString(), ".");

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err())
                .contains(missing.toString())
                .doesNotContain("Exception")
                .hasLineCount(1);
    }

    @Test
    void evaluate_withMissingActorsFile_failsWithOneLineNamingTheFile() {
        Path missing = dir.resolve("nobody.tsv");

        Models.Run run = Models.withoutModels("evaluate", "--actors", missing.toString());

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains(missing.toString()).hasLineCount(1);
    }
}
