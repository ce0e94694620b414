package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest --actors FILE}: the user's actors join the built-in ones; a bad line costs that line only. */
@Tag("model")
class ActorsOptionIT {
    @TempDir
    Path dir;

    @Test
    void ingest_withActorsFile_resolvesTheUsersActor_andReportsTheBadLineByFileAndLine() throws Exception {
        Path actors = Files.writeString(
                dir.resolve("mine.tsv"),
                "# actors of my own reading\n"
                        + "coastal-front\tarmed-group\tCoastal Liberation Front\tabbreviation:CLF\n"
                        + "this line has no columns\n"
                        + "harbour-guild\torganisation\tHarbour Guild of Tarsis\n");
        Path text = Files.writeString(
                dir.resolve("note.txt"), "In March 2023 the Coastal Liberation Front attacked Mali near the border.\n");
        Path db = dir.resolve("s.duckdb");

        Models.Run ingest = Models.run("--db", db.toString(), "ingest", "--actors", actors.toString(), text.toString());

        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(ingest.err()).contains(actors + ":3:").doesNotContain(actors + ":2:", actors + ":4:");
        JsonNode found = new ObjectMapper()
                .readTree(
                        Models.run("--db", db.toString(), "assertions", "--actor", "coastal-front", "--format", "json")
                                .out());
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).get("sources").toString()).contains("coastal-front");
        assertThat(found.get(0).get("targets").toString()).contains("MLI");
    }

    @Test
    void ingest_withoutActorsFile_leavesTheUnknownGroupOut() throws Exception {
        Path text = Files.writeString(
                dir.resolve("note.txt"), "In March 2023 the Coastal Liberation Front attacked Mali near the border.\n");
        Path db = dir.resolve("s.duckdb");

        assertThat(Models.run("--db", db.toString(), "ingest", text.toString()).code())
                .isZero();

        JsonNode found = new ObjectMapper()
                .readTree(
                        Models.run("--db", db.toString(), "assertions", "--actor", "coastal-front", "--format", "json")
                                .out());
        assertThat(found).isEmpty();
    }
}
