package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `entente demo` as the README's quick start runs it, over the bundled corpus. */
@Tag("model")
class DemoIT {
    @TempDir
    Path dir;

    @Test
    void demo_printsActorsTiesEvidenceStoreAndNextSteps() throws Exception {
        Path db = dir.resolve("demo.duckdb");

        Models.Run run = Models.run("--db", db.toString(), "demo");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Most active actors", "Azerbaijan (AZE)", "Armenia (ARM)")
                .contains("Strongest ties")
                .contains("Store: " + db.toAbsolutePath())
                .contains("Try next:")
                .contains("Iran (IRN) is tied to both Armenia (ARM) and Azerbaijan (AZE), which are hostile");
        assertThat(run.err()).doesNotContain("failed");
        assertThat(Files.exists(db)).isTrue();

        ObjectMapper mapper = new ObjectMapper();
        JsonNode documents = mapper.readTree(Models.run("--db", db.toString(), "documents", "--format", "json")
                .out());
        assertThat(documents.size()).isGreaterThanOrEqualTo(3);
        JsonNode war = mapper.readTree(
                Models.run("--db", db.toString(), "assertions", "--between", "AZE", "ARM", "--format", "json")
                        .out());
        assertThat(war).anySatisfy(a -> {
            assertThat(a.get("sign").asInt()).isEqualTo(-1);
            assertThat(a.get("time").get("start").asText()).startsWith("2020");
        });
        JsonNode withFootnotes = mapper.readTree(Models.run("--db", db.toString(), "assertions", "--format", "json")
                .out());
        assertThat(withFootnotes)
                .anySatisfy(a -> assertThat(a.get("evidence").get("citations")).isNotEmpty());
    }

    @Test
    void evaluate_onTheDemoGold_keepsPrecisionFirst() throws Exception {
        Models.Run run = Models.run("evaluate", "--format", "json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode total = new ObjectMapper().readTree(run.out()).get(0).get("total");
        // Guards against regressions of the coder: precision is what analysts lose trust over.
        assertThat(total.get("precision").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(total.get("recall").asDouble()).isGreaterThanOrEqualTo(0.5);
        assertThat(total.get("datesRight").asInt())
                .isGreaterThanOrEqualTo(total.get("dated").asInt() * 8 / 10);
    }

    @Test
    void demo_refusesToOverwriteAnExistingStoreNamedByDb() throws Exception {
        Path db = Files.writeString(dir.resolve("mine.duckdb"), "precious");

        Models.Run run = Models.run("--db", db.toString(), "demo");

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(db)).isEqualTo("precious");
    }
}
