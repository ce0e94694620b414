package org.entente.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.entente.store.Store;
import org.entente.store.StoreException;

/**
 * The workbench: a JSON API under {@code /api} and the browser UI, over one open store shared by
 * every request thread (the store serialises its calls).
 *
 * <p>Bound to a loopback address it trusts every local caller. Bound to any other address it
 * requires {@code Authorization: Bearer TOKEN} on every write, with a token drawn at start and
 * given by {@link #token()}. Every error is JSON, {@code {"error": "..."}}, never a stack trace.
 */
public final class Workbench implements AutoCloseable {
    /** Largest request body the API reads, in bytes. */
    static final long MAX_BODY = 1_000_000L;

    /** GET answers kept between writes: at most this many, each at most 4 MB of JSON. */
    private static final int CACHED_ANSWERS = 256;

    private static final int CACHED_BYTES = 4_000_000;

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String SECURITY_POLICY = "default-src 'self'; img-src 'self' data:;"
            + " style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'";

    private final Javalin app;
    private final String host;
    private final Optional<String> token;
    private final Optional<Uploads> uploads;

    private Workbench(Javalin app, String host, Optional<String> token, Optional<Uploads> uploads) {
        this.app = app;
        this.host = host;
        this.token = token;
        this.uploads = uploads;
    }

    /** As {@link #start(Store, Intake, String, int, PrintWriter)} for a server that takes no uploads (503). */
    public static Workbench start(Store store, String host, int port, PrintWriter errors) {
        return start(store, Optional.empty(), host, port, errors);
    }

    /**
     * Starts the server on {@code host} and {@code port} (0 for any free port) over an open store,
     * which stays the caller's to close after {@link #close()}.
     *
     * <p>Documents uploaded to {@code POST /api/documents} go to {@code intake} on one thread of
     * the server's own, one at a time; the server starts without calling it.
     *
     * @param errors where internal errors are reported, one line each
     * @throws IllegalArgumentException when the host cannot be resolved
     * @throws IllegalStateException when the port cannot be bound
     */
    public static Workbench start(Store store, Intake intake, String host, int port, PrintWriter errors) {
        return start(store, Optional.of(intake), host, port, errors);
    }

    private static Workbench start(Store store, Optional<Intake> intake, String host, int port, PrintWriter errors) {
        boolean loopback = isLoopback(host);
        Optional<String> token = loopback ? Optional.empty() : Optional.of(newToken());
        ObjectMapper mapper = JsonMapper.builder().build();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        Responses responses = new Responses(mapper);
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", SECURITY_POLICY);
        });
        token.ifPresent(t -> app.before("/api/*", ctx -> requireToken(ctx, t)));
        Catalog catalog = new Catalog(store);
        ResponseCache cache = new ResponseCache(CACHED_ANSWERS, CACHED_BYTES);
        Runnable changed = () -> {
            catalog.invalidate();
            cache.invalidate();
        };
        Optional<Uploads> uploads = intake.map(i -> new Uploads(i, changed, errors, Clock.systemUTC()));
        routes(app, store, mapper, responses, catalog, cache, changed);
        uploadRoutes(app, responses, uploads);
        errors(app, responses, errors);
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            uploads.ifPresent(Uploads::close);
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new Workbench(app, host, token, uploads);
    }

    private static void routes(
            Javalin app,
            Store store,
            ObjectMapper mapper,
            Responses responses,
            Catalog catalog,
            ResponseCache cache,
            Runnable changed) {
        Api api = new Api(store, catalog);
        ReviewRequests reviews = new ReviewRequests(store, mapper, Clock.systemUTC(), api, changed);
        Route get = (path, handler) -> app.get(path, ctx -> responses.cached(ctx, cache, handler));
        get.add("/api/documents", api::documents);
        get.add("/api/documents/{id}", api::document);
        get.add("/api/actors", api::actors);
        get.add("/api/actors/{id}", api::actor);
        get.add("/api/assertions", api::assertions);
        get.add("/api/assertions/{id}", api::assertion);
        get.add("/api/network", api::network);
        get.add("/api/quandaries", api::quandaries);
        get.add("/api/factions", api::factions);
        get.add("/api/timeline", api::timeline);
        get.add("/api/reviews", api::reviews);
        get.add("/api/range", api::range);
        get.add("/api/vocabulary", api::vocabulary);
        app.post("/api/reviews", ctx -> responses.json(ctx, 201, reviews.add(ctx.body())));
        String openApi = resource("/web/openapi.json");
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    /** Uploads: {@code POST /api/documents} queues one, {@code GET /api/uploads/{id}} says how it went (never cached). */
    private static void uploadRoutes(Javalin app, Responses responses, Optional<Uploads> uploads) {
        Optional<UploadRequests> requests = uploads.map(UploadRequests::new);
        app.post("/api/documents", ctx -> {
            UploadRequests taker = requests.orElseThrow(
                    () -> new ApiException(503, "this server was started without a way to extract documents"));
            Views.UploadView job = taker.accept(ctx);
            ctx.header("Location", "/api/uploads/" + job.id());
            responses.json(ctx, 202, job);
        });
        app.get("/api/uploads/{id}", ctx -> {
            String id = ctx.pathParam("id");
            responses.json(
                    ctx, 200, uploads.flatMap(u -> u.job(id)).orElseThrow(() -> ApiException.notFound("upload", id)));
        });
    }

    /** A GET route answered as JSON. */
    private interface Route {
        void add(String path, Function<Context, Object> handler);
    }

    private static void errors(Javalin app, Responses responses, PrintWriter errors) {
        app.exception(ApiException.class, (e, ctx) -> responses.error(ctx, e.status(), e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> responses.error(ctx, 400, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> responses.error(ctx, e.getStatus(), e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            errors.println("entente serve: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
            responses.error(ctx, 500, "the store failed: " + e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            errors.println("entente serve: internal error on " + ctx.method() + " " + ctx.path() + " ("
                    + e.getClass().getSimpleName() + "): " + e.getMessage());
            responses.error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); see the server's log");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                responses.error(ctx, 404, "nothing at " + ctx.path());
            }
        });
    }

    private static void requireToken(Context ctx, String token) {
        if (!WRITES.contains(ctx.method().name())) {
            return;
        }
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        byte[] expected = ("Bearer " + token).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, header.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw new ApiException(
                    401,
                    "writes need the header 'Authorization: Bearer TOKEN' with the token"
                            + " printed when the server started");
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve host '" + host + "'", e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String resource(String name) {
        try (InputStream in = Workbench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the workbench answers, e.g. {@code http://127.0.0.1:7070/}. */
    public URI uri() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + app.port() + "/");
    }

    /**
     * What the page asks for when it opens (app.js, documents.js), in the page's own words so that
     * the answers land in the cache under the keys the page will use.
     */
    public static final List<String> FIRST_LOAD = List.of(
            "api/network?modality=asserted%2Creported",
            "api/quandaries?modality=asserted%2Creported",
            "api/factions?modality=asserted%2Creported",
            "api/range",
            "api/vocabulary",
            "api/actors?limit=1000",
            "api/documents");

    /**
     * Asks the server, in the background, for what the page asks for first, so that the store's
     * first queries, the JVM's first compilations and the answers' cache are done before a browser
     * comes: on a store of 500 actors the first page took twice as long as the next ones. Completes
     * with the time it took; a failed request is left for the page to meet and report.
     */
    public CompletableFuture<Duration> warmUp() {
        HttpClient client = HttpClient.newHttpClient();
        Instant start = Instant.now();
        CompletableFuture<?>[] requests = FIRST_LOAD.stream()
                .map(path -> client.sendAsync(
                                HttpRequest.newBuilder(uri().resolve(path)).build(),
                                HttpResponse.BodyHandlers.discarding())
                        .exceptionally(failure -> null))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(requests).thenApply(done -> Duration.between(start, Instant.now()));
    }

    /** The token writes need; empty when bound to loopback, where none is needed. */
    public Optional<String> token() {
        return token;
    }

    /** Stops the server and its upload thread (waiting a few seconds for an upload under way); the store stays open. */
    @Override
    public void close() {
        app.stop();
        uploads.ifPresent(Uploads::close);
    }

    /** Writes values and errors as JSON. */
    static final class Responses {
        private static final String JSON = "application/json; charset=utf-8";

        private final ObjectMapper mapper;

        Responses(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        void json(Context ctx, int status, Object value) {
            ctx.status(status).contentType(JSON).result(bytes(value));
        }

        /**
         * Answers from the cache when it can, else computes, answers and keeps the answer. Every
         * answer carries its entity tag: a request naming it in If-None-Match gets a bodiless 304,
         * and a client that accepts gzip gets the compressed bytes made once when it was cached.
         */
        void cached(Context ctx, ResponseCache cache, Function<Context, Object> handler) {
            String key =
                    ctx.path() + "?" + Optional.ofNullable(ctx.queryString()).orElse("");
            ResponseCache.Answer answer = cache.get(key).orElseGet(() -> {
                long generation = cache.generation();
                ResponseCache.Answer computed = ResponseCache.Answer.of(bytes(handler.apply(ctx)));
                cache.put(key, computed, generation);
                return computed;
            });
            ctx.header("ETag", answer.etag());
            ctx.header("Cache-Control", "no-cache");
            ctx.header("Vary", "Accept-Encoding");
            if (answer.matches(Optional.ofNullable(ctx.header("If-None-Match")).orElse(""))) {
                ctx.status(304);
                return;
            }
            ctx.status(200).contentType(JSON);
            String accepted = Optional.ofNullable(ctx.header("Accept-Encoding")).orElse("");
            if (answer.gzip().isPresent() && accepted.contains("gzip")) {
                // Set before the body, so that Javalin does not compress it again.
                ctx.header("Content-Encoding", "gzip");
                send(ctx, answer.gzip().get());
            } else {
                send(ctx, answer.json());
            }
        }

        /** With its length, so that the answer goes out in one piece rather than in chunks. */
        private static void send(Context ctx, byte[] body) {
            ctx.res().setContentLength(body.length);
            ctx.result(body);
        }

        private byte[] bytes(Object value) {
            try {
                return mapper.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(
                        "cannot write JSON for " + value.getClass().getSimpleName(), e);
            }
        }

        void error(Context ctx, int status, String message) {
            json(ctx, status, new Views.ErrorView(message == null ? "error " + status : message));
        }
    }
}
