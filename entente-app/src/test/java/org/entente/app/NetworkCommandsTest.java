package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.entente.core.Review;
import org.entente.core.Verdict;
import org.entente.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** network, quandaries, factions, timeline and changes over a real store, without the language models. */
class NetworkCommandsTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void fillStore() {
        db = Fixtures.store(dir.resolve("test.duckdb"), Fixtures.caucasus(), Fixtures.tehran());
    }

    private Models.Run run(String... args) {
        return Models.offline(db, args);
    }

    private static JsonNode json(Models.Run run) throws Exception {
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void network_json_hasTheWindowTheActorsAndSignedTiesWithEvidence() throws Exception {
        JsonNode network = json(run("network", "--from", "2020", "--to", "2020", "--format", "json"));

        assertThat(network.get("from").asText()).isEqualTo("2020-01-01");
        assertThat(network.get("to").asText()).isEqualTo("2020-12-31");
        assertThat(network.get("actors")).extracting(JsonNode::asText).contains("ARM", "AZE", "IRN", "TUR");
        JsonNode war = network.get("ties").get(0);
        assertThat(war.get("first").asText() + war.get("second").asText()).isEqualTo("ARMAZE");
        assertThat(war.get("sign").asInt()).isEqualTo(-1);
        assertThat(war.get("weight").asDouble()).isEqualTo(-10.0);
        assertThat(war.get("evidence")).hasSize(1);
    }

    @Test
    void network_leavesNegatedClaimsOut_unlessAskedForEveryModality() throws Exception {
        JsonNode factual = json(run("network", "--actor", "ARM", "--format", "json"));
        JsonNode all = json(run("network", "--actor", "ARM", "--modality", "all", "--format", "json"));

        assertThat(factual.get("ties")).hasSize(3);
        assertThat(all.get("ties").toString()).contains("\"count\":2");
    }

    @Test
    void quandaries_showIransQuandaryWithTheEvidenceOfEachTie() throws Exception {
        Models.Run text = run("quandaries", "--actor", "IRN");
        JsonNode json = json(run("quandaries", "--format", "json"));

        assertThat(text.out())
                .contains("Iran (IRN) is tied to both Armenia (ARM) and Azerbaijan (AZE), which are hostile");
        assertThat(text.out()).contains(Fixtures.TEHRAN).contains(Fixtures.SECOND);
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("actor").asText()).isEqualTo("IRN");
        assertThat(json.get(0).get("between").get("sign").asInt()).isEqualTo(-1);
    }

    @Test
    void rejectingTheWar_removesTheQuandary() throws Exception {
        String war = json(run("network", "--kind", "fight", "--format", "json"))
                .get("ties")
                .get(0)
                .get("evidence")
                .get(0)
                .asText();
        try (Store store = Store.open(db)) {
            store.addReview(new Review.OfAssertion(
                    "r1", war, Verdict.REJECTED, Optional.empty(), "not in the source", Instant.now()));
        }

        assertThat(json(run("quandaries", "--format", "json"))).isEmpty();
        assertThat(run("quandaries").err()).contains("No quandaries");
    }

    @Test
    void factions_findTheOutletBreakingRanks() throws Exception {
        JsonNode factions = json(run("factions", "--format", "json"));

        assertThat(factions).hasSize(1);
        assertThat(factions.get(0).get("state").asText()).isEqualTo("IRN");
        assertThat(factions.get(0).get("target").asText()).isEqualTo("AZE");
        assertThat(factions.get(0).get("stances"))
                .extracting(s -> s.get("actor").asText())
                .containsExactly("IRN", "guards-daily");
        assertThat(run("factions").out()).contains("- Guards Daily (guards-daily): -2.0 from 1 assertion");
    }

    @Test
    void timeline_perMonthAndPerYear() throws Exception {
        JsonNode months = json(run("timeline", "IRN", "AZE", "--format", "json"));
        Models.Run text = run("timeline", "azE", "guards-daily", "--per", "year");

        assertThat(months.get("points"))
                .extracting(p -> p.get("period").asText())
                .containsExactly("2020-01-01");
        assertThat(text.out()).contains("2020").contains(Fixtures.OUTLET);
        assertThat(run("timeline", "IRN", "AZE", "--per", "week").err()).contains("--per takes month or year");
    }

    @Test
    void changes_betweenTwoWindows() throws Exception {
        JsonNode changes = json(
                run("changes", "--from-window", "2019..2019", "--to-window", "2020-09..2020-12", "--format", "json"));

        assertThat(changes)
                .extracting(c -> c.get("change").asText() + " " + c.get("first").asText() + "-"
                        + c.get("second").asText())
                .contains("appeared ARM-AZE", "appeared AZE-TUR");
        assertThat(run("changes", "--from-window", "2019", "--to-window", "2020")
                        .code())
                .isEqualTo(2);
    }

    @Test
    void badWindow_isAUsageError() {
        Models.Run run = run("network", "--from", "2021", "--to", "2020");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("after it ends").doesNotContain("Exception");
    }

    @Test
    void balance_ofTheStoresNetwork_inAWindow() throws Exception {
        JsonNode all = json(run("balance", "--format", "json"));
        JsonNode october = json(run(
                "balance", "--from", "2020-10", "--to", "2020-10", "--kind", "fight,disapprove", "--format", "json"));

        assertThat(all.get(0).get("negativeEdges").asInt()).isEqualTo(2);
        assertThat(all.get(0).get("frustration").get("value").asInt()).isEqualTo(1);
        assertThat(october.get(0).get("edges").asInt()).isEqualTo(2);
        assertThat(run("balance", "--edges", "x.tsv", "--from", "2020").code()).isEqualTo(2);
    }
}
