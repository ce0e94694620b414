package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code entente evaluate eval/*.gold.tsv}: the extractor on texts it was not tuned on. The floors
 * sit a little under the figures measured when they were set (README, "Extraction quality"), so
 * that a change which costs precision, recall, actor resolution or dates fails here.
 */
@Tag("model")
class EvaluationSetIT {

    @Test
    void evaluate_onTheEvaluationSet_staysAboveItsFloors() throws Exception {
        Optional<Path> folder = EvaluationSet.folder();
        assumeTrue(folder.isPresent(), "eval/ not found above " + Path.of("").toAbsolutePath() + ": test skipped");
        List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json"));
        EvaluationSet.golds(folder.get()).forEach(gold -> args.add(gold.toString()));

        Models.Run run = Models.run(args.toArray(String[]::new));

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(run.out());
        JsonNode overall = results.get(results.size() - 1);
        assertThat(overall.get("gold").asText()).isEqualTo("all");
        JsonNode total = overall.get("total");
        System.out.println("evaluation set: " + total);
        assertThat(total.get("gold").asInt()).isGreaterThanOrEqualTo(100);
        assertThat(total.get("precision").asDouble()).isGreaterThanOrEqualTo(0.83);
        assertThat(total.get("recall").asDouble()).isGreaterThanOrEqualTo(0.55);
        assertThat(total.get("actorAccuracy").asDouble()).isGreaterThanOrEqualTo(0.93);
        assertThat(total.get("dateAccuracy").asDouble()).isGreaterThanOrEqualTo(0.94);
    }
}
