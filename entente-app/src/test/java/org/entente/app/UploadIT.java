package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.entente.app.web.Workbench;
import org.entente.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload over HTTP taken end to end by the real models: read, extracted, stored, and then in the API. */
@Tag("model")
class UploadIT {
    /** Our own short brief: one dated, hostile act among three states. */
    static final String BRIEF =
            "Gulf notes\n\n" + "On June 5, 2017, Saudi Arabia and Bahrain cut diplomatic ties with Qatar.\n";

    static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private JsonNode get(Workbench workbench, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(workbench.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private JsonNode upload(Workbench workbench, String name) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(workbench.uri().resolve("/api/documents?name=" + name))
                        .POST(HttpRequest.BodyPublishers.ofString(BRIEF, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).isPresent();
        return JSON.readTree(response.body());
    }

    /** Polls the job until it ends; returns the states it was seen in, and the last view. */
    private List<JsonNode> follow(Workbench workbench, JsonNode job) throws Exception {
        List<JsonNode> seen = new ArrayList<>(List.of(job));
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!seen.get(seen.size() - 1).get("state").asText().matches("done|failed")) {
            assertThat(Instant.now()).as("upload still not done").isBefore(deadline);
            Thread.sleep(200);
            seen.add(get(workbench, "/api/uploads/" + job.get("id").asText()));
        }
        return seen;
    }

    @Test
    void upload_isExtractedAndStored_thenItsAssertionsAndTieAreInTheApi_andASecondCopyIsNotAdded() throws Exception {
        StringWriter log = new StringWriter();
        try (Store store = Store.open(dir.resolve("upload.duckdb"))) {
            Ingestion ingestion = new Ingestion(new LazyExtractor(Models::extractor), store, 1);
            try (Workbench workbench =
                    Workbench.start(store, ingestion::upload, "127.0.0.1", 0, new PrintWriter(log, true))) {
                assertThat(get(workbench, "/api/network").get("ties")).isEmpty();

                List<JsonNode> states = follow(workbench, upload(workbench, "gulf-notes.txt"));
                JsonNode done = states.get(states.size() - 1);
                JsonNode assertions = get(workbench, "/api/assertions?actor=QAT");
                JsonNode network = get(workbench, "/api/network");
                // A copy is recognised before extraction, so its job may be done before its 202 is read.
                List<JsonNode> copy = follow(workbench, upload(workbench, "gulf-copy.txt"));
                JsonNode again = copy.get(copy.size() - 1);

                assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
                assertThat(done.get("alreadyStored").asBoolean()).isFalse();
                assertThat(done.get("assertions").asInt()).isPositive();
                // The worker may have read the file before the 202 is written; the first upload still
                // waits for the models, so it cannot be over yet.
                assertThat(states.get(0).get("state").asText()).isIn("queued", "reading", "extracting");
                assertThat(assertions.get("total").asInt()).isPositive();
                JsonNode first = assertions.at("/items/0/assertion");
                assertThat(first.get("targets").toString()).contains("QAT");
                assertThat(first.get("sign").asInt()).isEqualTo(-1);
                assertThat(first.at("/evidence/text").asText()).contains("cut diplomatic ties with Qatar");
                assertThat(first.at("/evidence/source").asText()).isEqualTo("gulf-notes.txt");
                assertThat(first.at("/time/start").asText()).isEqualTo("2017-06-05");
                assertThat(network.get("ties").toString()).contains("QAT");
                assertThat(again.get("alreadyStored").asBoolean()).isTrue();
                assertThat(again.get("document").asText())
                        .isEqualTo(done.get("document").asText());
                assertThat(get(workbench, "/api/documents")).hasSize(1);
            }
        }
        assertThat(log.toString()).isEmpty();
    }

    @Test
    void uploadsBeyondTheQueue_areRefusedWith429_andEveryAcceptedOneIsStored() throws Exception {
        try (Store store = Store.open(dir.resolve("queue.duckdb"))) {
            Ingestion ingestion = new Ingestion(new LazyExtractor(Models::extractor), store, 1);
            try (Workbench workbench =
                    Workbench.start(store, ingestion::upload, "127.0.0.1", 0, new PrintWriter(new StringWriter()))) {
                List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
                for (int i = 1; i <= 12; i++) {
                    String text = "Note " + i + ".\n\n" + BRIEF;
                    sent.add(http.sendAsync(
                            HttpRequest.newBuilder(workbench.uri().resolve("/api/documents?name=note-" + i + ".txt"))
                                    .POST(HttpRequest.BodyPublishers.ofString(text))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                List<JsonNode> accepted = new ArrayList<>();
                List<JsonNode> refused = new ArrayList<>();
                for (CompletableFuture<HttpResponse<String>> reply : sent) {
                    HttpResponse<String> response = reply.get();
                    (response.statusCode() == 202 ? accepted : refused).add(JSON.readTree(response.body()));
                    assertThat(response.statusCode()).isIn(202, 429);
                }
                List<String> states = new ArrayList<>();
                for (JsonNode job : accepted) {
                    List<JsonNode> seen = follow(workbench, job);
                    states.add(seen.get(seen.size() - 1).get("state").asText());
                }

                assertThat(refused).isNotEmpty();
                assertThat(refused.get(0).get("error").asText()).contains("queue is full");
                assertThat(accepted.size()).isGreaterThanOrEqualTo(5);
                assertThat(states).containsOnly("done");
                assertThat(get(workbench, "/api/documents")).hasSize(accepted.size());
            }
        }
    }
}
