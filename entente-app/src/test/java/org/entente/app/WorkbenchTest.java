package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.app.web.Workbench;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's API over HTTP: a real server on a free port over a real store of hand-written briefs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Store store;
    private Workbench workbench;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, String contentType, JsonNode json, String body) {}

    @BeforeAll
    void start(@TempDir Path dir) {
        store = Store.open(dir.resolve("web.duckdb"));
        store.ingest(Fixtures.caucasus(), false);
        store.ingest(Fixtures.tehran(), false);
        store.ingest(Hostile.extraction(), false);
        // The real intake, whose models would load only with a document the store lacks.
        Ingestion ingestion = new Ingestion(new LazyExtractor(Context::coreNlpExtractor), store, 1);
        workbench = Workbench.start(store, ingestion::upload, "127.0.0.1", 0, new PrintWriter(log, true));
    }

    @AfterAll
    void stop() {
        workbench.close();
        store.close();
    }

    private Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.startsWith("application/json") ? JSON.readTree(response.body()) : null;
        return new Reply(response.statusCode(), type, json, response.body());
    }

    private Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(workbench.uri().resolve(path)));
    }

    private Reply post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(workbench.uri().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static List<String> pairs(JsonNode network) {
        List<String> pairs = new ArrayList<>();
        network.get("ties")
                .forEach(t -> pairs.add(
                        t.get("first").asText() + "-" + t.get("second").asText()));
        return pairs;
    }

    @Test
    void documents_listsEveryStoredDocument_andOneRebuiltWithItsFootnoteCitation() throws Exception {
        Reply list = get("/api/documents");
        String id = Fixtures.sha256(Fixtures.FIRST + " " + Fixtures.SECOND + Fixtures.THIRD);
        Reply one = get("/api/documents/" + id);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(3);
        assertThat(one.json().get("title").asText()).isEqualTo("A Test Brief");
        assertThat(one.json().get("blocks")).hasSize(2);
        assertThat(one.json().get("sentences").get(1).get("text").asText()).isEqualTo(Fixtures.SECOND);
        assertThat(one.json().at("/footnotes/0/citations/0/outlet").asText()).isEqualTo("Anadolu Agency");
        assertThat(one.json().get("assertions")).hasSize(3);
    }

    @Test
    void actors_arePaginated_withTheTotal() throws Exception {
        Reply page = get("/api/actors?offset=1&limit=2");

        assertThat(page.json().get("total").asInt()).isEqualTo(6);
        assertThat(page.json().get("offset").asInt()).isEqualTo(1);
        assertThat(page.json().get("items")).hasSize(2);
        assertThat(get("/api/actors/IRN").json().get("name").asText()).isEqualTo("Iran");
    }

    @Test
    void network_ofTheWarYear_hasTheNegativeWarTie_andNodesWithTypeAndActivity() throws Exception {
        JsonNode network = get("/api/network?from=2020&to=2020").json();

        JsonNode war = network.get("ties").get(0);
        assertThat(war.get("first").asText() + "-" + war.get("second").asText()).isEqualTo("ARM-AZE");
        assertThat(war.get("sign").asInt()).isEqualTo(-1);
        JsonNode outlet = find(network.get("actors"), "guards-daily");
        assertThat(outlet.get("type").asText()).isEqualTo("media-outlet");
        assertThat(outlet.get("activity").asInt()).isEqualTo(1);
    }

    @Test
    void network_bySpeaker_keepsOnlyThatSpeakersClaims() throws Exception {
        JsonNode authors = get("/api/network?speaker=author").json();
        JsonNode iran = get("/api/network?speaker=IRN").json();

        assertThat(authors.get("ties")).isNotEmpty();
        assertThat(iran.get("ties")).isEmpty();
    }

    @Test
    void evidenceOfATie_hasTheSentenceDateModalityAndFootnoteCitation() throws Exception {
        Reply evidence = get("/api/assertions?between=AZE,TUR&from=2020&to=2020");

        JsonNode item = evidence.json().get("items").get(0);
        assertThat(evidence.json().get("total").asInt()).isEqualTo(1);
        assertThat(item.get("verdict").isNull()).isTrue();
        assertThat(item.at("/assertion/evidence/text").asText()).isEqualTo(Fixtures.FIRST);
        assertThat(item.at("/assertion/modality").asText()).isEqualTo("asserted");
        assertThat(item.at("/assertion/time/start").asText()).isEqualTo("2020-10-01");
        assertThat(item.at("/assertion/evidence/citations/0/place").asText()).isEqualTo("Ankara");
    }

    @Test
    void rejectReview_takesTheTieOutOfTheNetwork_andAnAcceptPutsItBack() throws Exception {
        String id = get("/api/assertions?between=TUR,AZE")
                .json()
                .at("/items/0/assertion/id")
                .asText();
        assertThat(pairs(get("/api/network").json())).contains("AZE-TUR");

        Reply rejected = post("/api/reviews", "{\"action\":\"reject\",\"assertion\":\"" + id + "\",\"note\":\"no\"}");
        List<String> afterReject = pairs(get("/api/network").json());
        JsonNode listed = get("/api/assertions/" + id).json();
        post("/api/reviews", "{\"action\":\"accept\",\"assertion\":\"" + id + "\"}");
        List<String> afterUndo = pairs(get("/api/network").json());

        assertThat(rejected.status()).isEqualTo(201);
        assertThat(rejected.json().get("action").asText()).isEqualTo("reject");
        assertThat(afterReject).doesNotContain("AZE-TUR");
        assertThat(listed.get("verdict").asText()).isEqualTo("rejected");
        assertThat(afterUndo).contains("AZE-TUR");
        assertThat(get("/api/reviews").json().toString()).contains(id);
    }

    @Test
    void undo_takesTheLastReviewBack_andTheReviewBeforeItHoldsAgain() throws Exception {
        String id = get("/api/assertions?between=TUR,AZE")
                .json()
                .at("/items/0/assertion/id")
                .asText();
        JsonNode before = get("/api/assertions/" + id).json().get("verdict");
        String rejection = post("/api/reviews", "{\"action\":\"reject\",\"assertion\":\"" + id + "\"}")
                .json()
                .get("id")
                .asText();

        Reply undone = post("/api/reviews", "{\"action\":\"undo\",\"review\":\"" + rejection + "\"}");
        Reply again = post("/api/reviews", "{\"action\":\"undo\",\"review\":\"" + rejection + "\"}");
        Reply unknown = post("/api/reviews", "{\"action\":\"undo\",\"review\":\"no-such-review\"}");
        Reply ofUndo = post(
                "/api/reviews",
                "{\"action\":\"undo\",\"review\":\"" + undone.json().get("id").asText() + "\"}");

        assertThat(undone.status()).isEqualTo(201);
        assertThat(undone.json().get("action").asText()).isEqualTo("undo");
        assertThat(pairs(get("/api/network").json())).contains("AZE-TUR");
        // Whatever held before the rejection (other tests review this assertion too) holds again.
        assertThat(get("/api/assertions/" + id).json().get("verdict")).isEqualTo(before);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asText()).contains("already undone");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(ofUndo.status()).isEqualTo(400);
    }

    @Test
    void correct_changesKindTargetsSignAndDate_andItsUndoRestoresTheMachinesReading() throws Exception {
        String id = get("/api/assertions?between=guards-daily,AZE")
                .json()
                .at("/items/0/assertion/id")
                .asText();
        Reply corrected = post(
                "/api/reviews",
                "{\"action\":\"correct\",\"assertion\":\"" + id + "\",\"correction\":"
                        + "{\"kind\":\"consult\",\"sign\":0,\"targets\":[\"ARM\"],\"date\":\"2021-03\"}}");
        JsonNode after = get("/api/assertions/" + id).json();
        JsonNode listed = get("/api/reviews").json();
        Reply undone = post(
                "/api/reviews",
                "{\"action\":\"undo\",\"review\":\""
                        + corrected.json().get("id").asText() + "\"}");
        JsonNode restored = get("/api/assertions/" + id).json().get("assertion");
        JsonNode review =
                find(get("/api/reviews").json(), corrected.json().get("id").asText());

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.json().at("/correction/time/start").asText()).isEqualTo("2021-03-01");
        assertThat(after.get("verdict").asText()).isEqualTo("corrected");
        assertThat(after.at("/assertion/kind").asText()).isEqualTo("consult");
        assertThat(after.at("/assertion/sign").asInt()).isZero();
        assertThat(after.at("/assertion/targets/0").asText()).isEqualTo("ARM");
        assertThat(after.at("/assertion/time/start").asText()).isEqualTo("2021-03-01");
        assertThat(after.at("/assertion/time/end").asText()).isEqualTo("2021-03-31");
        assertThat(find(listed, corrected.json().get("id").asText())
                        .get("undoneBy")
                        .isNull())
                .isTrue();
        assertThat(restored.get("kind").asText()).isEqualTo("disapprove");
        assertThat(restored.at("/targets/0").asText()).isEqualTo("AZE");
        assertThat(restored.at("/time/start").asText()).isEqualTo("2020-10-01");
        assertThat(review.get("undoneBy").asText())
                .isEqualTo(undone.json().get("id").asText());
    }

    @Test
    void correct_withUnknownKindActorBadDateOrSign_isA400NamingTheField() throws Exception {
        String id = get("/api/assertions?between=IRN,AZE")
                .json()
                .at("/items/0/assertion/id")
                .asText();
        int before = get("/api/reviews").json().size();
        String prefix = "{\"action\":\"correct\",\"assertion\":\"" + id + "\",\"correction\":";

        Reply kind = post("/api/reviews", prefix + "{\"kind\":\"picnic\"}}");
        Reply actor = post("/api/reviews", prefix + "{\"sources\":[\"IRN\",\"ZZZ\"]}}");
        Reply date = post("/api/reviews", prefix + "{\"date\":\"2020-13\"}}");
        Reply sign = post("/api/reviews", prefix + "{\"sign\":7}}");
        Reply nothing = post("/api/reviews", prefix + "{}}");

        assertThat(List.of(kind, actor, date, sign, nothing))
                .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(400));
        assertThat(kind.json().get("error").asText()).contains("correction.kind", "picnic");
        assertThat(actor.json().get("error").asText()).contains("correction.sources", "ZZZ");
        assertThat(date.json().get("error").asText()).contains("correction.date", "2020-13");
        assertThat(sign.json().get("error").asText()).contains("correction.sign");
        assertThat(nothing.json().get("error").asText()).contains("changes nothing");
        assertThat(get("/api/reviews").json()).hasSize(before);
    }

    @Test
    void cachedAnswer_carriesItsETag_answers304ToIt_andGzipWhenAsked() throws Exception {
        HttpResponse<byte[]> first = http.send(
                HttpRequest.newBuilder(workbench.uri().resolve("/api/network?from=2020&to=2020"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = http.send(
                HttpRequest.newBuilder(workbench.uri().resolve("/api/network?from=2020&to=2020"))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> zipped = http.send(
                HttpRequest.newBuilder(workbench.uri().resolve("/api/assertions?includeRejected=true"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] unzipped;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            unzipped = in.readAllBytes();
        }

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(JSON.readTree(unzipped))
                .isEqualTo(get("/api/assertions?includeRejected=true").json());
    }

    @Test
    void network_listsEvidenceIdsOnlyWhenAsked() throws Exception {
        JsonNode bare = get("/api/network?from=2020&to=2020").json();
        JsonNode asked = get("/api/network?from=2020&to=2020&evidence=2").json();

        assertThat(bare.get("ties"))
                .allSatisfy(t -> assertThat(t.get("evidence")).isEmpty());
        assertThat(asked.get("ties"))
                .allSatisfy(t -> assertThat(t.get("evidence")).isNotEmpty());
    }

    @Test
    void badInput_isAClearJson4xx_neverAStackTrace() throws Exception {
        String assertion = get("/api/assertions?between=TUR,AZE")
                .json()
                .at("/items/0/assertion/id")
                .asText();
        List<Reply> replies = List.of(
                get("/api/network?from=2021&to=2020"),
                get("/api/network?from=yesterday"),
                get("/api/actors?limit=-3"),
                get("/api/assertions?kind=picnic"),
                post("/api/reviews", "{\"action\": \"reject\", "),
                post("/api/reviews", "[1, 2]"),
                post("/api/reviews", "{\"action\":\"reject\"}"),
                post("/api/reviews", "{\"action\":\"shrug\",\"assertion\":\"" + assertion + "\"}"),
                post("/api/reviews", "{\"action\":\"correct\",\"assertion\":\"" + assertion + "\"}"));
        List<Reply> missing = List.of(
                get("/api/documents/0000"),
                get("/api/actors/NOPE"),
                get("/api/assertions/feedface"),
                get("/api/assertions?between=ARM,ZZZ"),
                get("/api/nothing-here"),
                post("/api/reviews", "{\"action\":\"reject\",\"assertion\":\"feedface\"}"),
                post("/api/reviews", "{\"action\":\"merge\",\"from\":\"ZZZ\",\"into\":\"IRN\"}"));

        assertThat(replies).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.json().get("error").asText()).isNotBlank().doesNotContain("Exception", "\tat ");
        });
        assertThat(replies.get(0).json().get("error").asText()).contains("2021", "after it ends 2020");
        assertThat(replies.get(4).json().get("error").asText()).startsWith("malformed JSON");
        assertThat(missing).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.json().get("error").asText()).isNotBlank();
        });
        assertThat(log.toString()).isEmpty();
    }

    @Test
    void concurrentReviewsOfOneAssertion_areEachStored_noneLostNoneFailed() throws Exception {
        String id = get("/api/assertions?between=IRN,ARM")
                .json()
                .at("/items/0/assertion/id")
                .asText();
        int before = get("/api/reviews").json().size();
        int writes = 200;
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < writes; i++) {
            String action = i % 2 == 0 ? "reject" : "accept";
            sent.add(http.sendAsync(
                    HttpRequest.newBuilder(workbench.uri().resolve("/api/reviews"))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"action\":\"" + action + "\",\"assertion\":\"" + id + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : sent) {
            statuses.add(f.get().statusCode());
        }
        post("/api/reviews", "{\"action\":\"accept\",\"assertion\":\"" + id + "\"}");

        assertThat(statuses).hasSize(writes).containsOnly(201);
        assertThat(get("/api/reviews").json()).hasSize(before + writes + 1);
        assertThat(get("/api/assertions/" + id).json().get("verdict").asText()).isEqualTo("accepted");
    }

    @Test
    void oversizedBody_isRefusedWith413_beforeItIsParsed() throws Exception {
        Reply reply = post("/api/reviews", "{\"note\":\"" + "x".repeat(1_500_000) + "\"}");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error").asText()).isNotBlank();
    }

    @Test
    void hostileDocument_comesBackAsJsonData_withItsMarkupIntact() throws Exception {
        Reply reply = get("/api/assertions?between=GRC,TUR");

        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().at("/items/0/assertion/evidence/text").asText()).isEqualTo(Hostile.SENTENCE);
        assertThat(get("/api/actors/GRC").json().get("name").asText()).isEqualTo(Hostile.NAME);
    }

    @Test
    void quandariesFactionsAndTimeline_answerAsTheCliDoes() throws Exception {
        JsonNode quandaries = get("/api/quandaries").json();
        JsonNode factions = get("/api/factions?from=2020&to=2020").json();
        JsonNode timeline = get("/api/timeline?a=IRN&b=AZE&per=year").json();

        assertThat(quandaries.get(0).get("actor").asText()).isEqualTo("IRN");
        assertThat(factions.get(0).get("state").asText()).isEqualTo("IRN");
        assertThat(timeline.get("points").get(0).get("period").asText()).isEqualTo("2020-01-01");
        assertThat(get("/api/timeline?a=IRN&b=AZE&per=week").status()).isEqualTo(400);
    }

    @Test
    void openApi_documentsEveryRouteTheServerAnswers() throws Exception {
        JsonNode paths = get("/api/openapi.json").json().get("paths");
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(documented::add);

        assertThat(documented)
                .containsExactlyInAnyOrder(
                        "/api/documents",
                        "/api/documents/{id}",
                        "/api/actors",
                        "/api/actors/{id}",
                        "/api/assertions",
                        "/api/assertions/{id}",
                        "/api/network",
                        "/api/quandaries",
                        "/api/factions",
                        "/api/timeline",
                        "/api/reviews",
                        "/api/range",
                        "/api/vocabulary",
                        "/api/uploads/{id}");
        assertThat(paths.get("/api/documents").has("post")).isTrue();
        assertThat(paths.get("/api/reviews").has("post")).isTrue();
        for (String path : documented) {
            String concrete = path.replace("{id}", "IRN");
            if (!path.contains("{") && !path.equals("/api/timeline")) {
                assertThat(get(concrete).status()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void page_andCytoscape_areServedFromTheJar_withAStrictScriptPolicy() throws Exception {
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(workbench.uri()).build(), HttpResponse.BodyHandlers.ofString());
        Matcher script = Pattern.compile("src=\"(/webjars/cytoscape/[^\"]+)\"").matcher(page.body());
        assertThat(script.find()).as(page.body()).isTrue();
        Reply cytoscape = get(script.group(1));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("cytoscape.min.js", "app.js");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'")
                .doesNotContain("script-src");
        assertThat(cytoscape.status()).isEqualTo(200);
    }

    @Test
    void boundBeyondLoopback_writesNeedTheToken() throws Exception {
        try (Workbench open = Workbench.start(store, "0.0.0.0", 0, new PrintWriter(log, true))) {
            URI reviews = URI.create("http://127.0.0.1:" + open.uri().getPort() + "/api/reviews");
            String id = get("/api/assertions?between=IRN,AZE")
                    .json()
                    .at("/items/0/assertion/id")
                    .asText();
            String body = "{\"action\":\"accept\",\"assertion\":\"" + id + "\"}";
            Reply without = send(HttpRequest.newBuilder(reviews).POST(HttpRequest.BodyPublishers.ofString(body)));
            Reply with = send(HttpRequest.newBuilder(reviews)
                    .header("Authorization", "Bearer " + open.token().orElseThrow())
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            Reply read = send(HttpRequest.newBuilder(reviews));

            assertThat(without.status()).isEqualTo(401);
            assertThat(without.json().get("error").asText()).contains("Authorization: Bearer");
            assertThat(with.status()).isEqualTo(201);
            assertThat(read.status()).isEqualTo(200);
        }
        assertThat(workbench.token()).isEmpty();
    }

    private Reply upload(String name, byte[] content) throws Exception {
        return send(HttpRequest.newBuilder(workbench.uri().resolve("/api/documents?name=" + name))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A multipart form as a browser sends it, with the document in a field named {@code field}. */
    private Reply uploadForm(String field, String name, byte[] content) throws Exception {
        String boundary = "----entente-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(workbench.uri().resolve("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private JsonNode finished(Reply accepted) throws Exception {
        String location = accepted.json().get("id").asText();
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = get("/api/uploads/" + location).json();
            if (job.get("state").asText().matches("done|failed")) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("upload " + location + " did not finish in 20 s");
    }

    @Test
    void upload_ofContentAlreadyStored_isReportedAsSuch_andNothingIsAdded() throws Exception {
        byte[] tehran = (Fixtures.TEHRAN + " " + Fixtures.OUTLET).getBytes(StandardCharsets.UTF_8);
        int before = get("/api/documents").json().size();

        Reply raw = upload("..%2F..%2Foutside%2Ftehran-again.txt", tehran);
        Reply form = uploadForm("file", "C:\\briefs\\tehran-copy.txt", tehran);
        JsonNode first = finished(raw);
        JsonNode second = finished(form);

        assertThat(raw.status()).as(raw.body()).isEqualTo(202);
        assertThat(form.status()).as(form.body()).isEqualTo(202);
        assertThat(raw.json().get("name").asText()).isEqualTo("tehran-again.txt");
        assertThat(form.json().get("name").asText()).isEqualTo("tehran-copy.txt");
        assertThat(List.of(first, second)).allSatisfy(job -> {
            assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
            assertThat(job.get("alreadyStored").asBoolean()).isTrue();
            assertThat(job.get("document").asText())
                    .isEqualTo(Fixtures.sha256(Fixtures.TEHRAN + " " + Fixtures.OUTLET));
            assertThat(job.get("source").asText()).isEqualTo("fixtures/tehran.txt");
        });
        assertThat(get("/api/documents").json()).hasSize(before);
    }

    @Test
    void upload_refusesWhatNoReaderTakes_withAClearJsonError_andQueuesNothing() throws Exception {
        byte[] latin1 = "Ankara and Athens disagree about the Aegean, said the caf\u00e9 owner."
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = {'I', 'r', 'a', 'n', 0, 1, 2, (byte) 0xff, 0};
        Reply tooBig = upload("huge.txt", "a".repeat((int) (20L << 20) + 1).getBytes(StandardCharsets.US_ASCII));
        Reply tooBigForm = uploadForm("file", "huge.txt", new byte[(int) (20L << 20) + 10]);
        Reply wrongType = upload("photo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
        Reply binaryText = upload("notes.txt", binary);
        Reply notUtf8 = upload("cafe.md", latin1);
        Reply fakePdf = upload("report.pdf", "just some words".getBytes(StandardCharsets.UTF_8));
        Reply empty = upload("empty.txt", new byte[0]);
        Reply noName = send(HttpRequest.newBuilder(workbench.uri().resolve("/api/documents"))
                .POST(HttpRequest.BodyPublishers.ofString("Iran and Armenia met.")));
        Reply noField = uploadForm("attachment", "brief.txt", "Iran met Armenia.".getBytes(StandardCharsets.UTF_8));

        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().get("error").asText()).contains("20 MB");
        assertThat(tooBigForm.status()).isEqualTo(413);
        assertThat(List.of(wrongType, binaryText, notUtf8, fakePdf))
                .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(415));
        assertThat(wrongType.json().get("error").asText()).contains("photo.jpg", "unsupported file type", ".pdf");
        assertThat(binaryText.json().get("error").asText()).contains("notes.txt", "NUL byte at offset 4");
        assertThat(notUtf8.json().get("error").asText()).contains("cafe.md", "not UTF-8", "offset 57");
        assertThat(fakePdf.json().get("error").asText()).contains("report.pdf", "%PDF");
        assertThat(List.of(empty, noName, noField))
                .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(400));
        assertThat(noName.json().get("error").asText()).contains("?name=");
        assertThat(get("/api/uploads/0123456789abcdef").status()).isEqualTo(404);
        assertThat(log.toString()).isEmpty();
    }

    @Test
    void upload_boundBeyondLoopback_needsTheToken() throws Exception {
        Ingestion ingestion = new Ingestion(new LazyExtractor(Context::coreNlpExtractor), store, 1);
        try (Workbench open = Workbench.start(store, ingestion::upload, "0.0.0.0", 0, new PrintWriter(log, true))) {
            URI documents = URI.create("http://127.0.0.1:" + open.uri().getPort() + "/api/documents?name=a.txt");
            byte[] tehran = (Fixtures.TEHRAN + " " + Fixtures.OUTLET).getBytes(StandardCharsets.UTF_8);

            Reply without =
                    send(HttpRequest.newBuilder(documents).POST(HttpRequest.BodyPublishers.ofByteArray(tehran)));
            Reply with = send(HttpRequest.newBuilder(documents)
                    .header("Authorization", "Bearer " + open.token().orElseThrow())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(tehran)));

            assertThat(without.status()).isEqualTo(401);
            assertThat(with.status()).as(with.body()).isEqualTo(202);
        }
    }

    @Test
    void upload_toAServerWithoutAnIntake_isA503() throws Exception {
        try (Workbench bare = Workbench.start(store, "127.0.0.1", 0, new PrintWriter(log, true))) {
            Reply reply = send(HttpRequest.newBuilder(bare.uri().resolve("/api/documents?name=a.txt"))
                    .POST(HttpRequest.BodyPublishers.ofString("Iran met Armenia.")));

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.json().get("error").asText()).contains("without a way to extract");
        }
    }

    private static JsonNode find(JsonNode array, String id) {
        Iterator<JsonNode> it = array.elements();
        while (it.hasNext()) {
            JsonNode node = it.next();
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }
}
