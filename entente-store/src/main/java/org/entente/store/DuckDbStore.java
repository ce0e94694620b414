package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.duckdb.DuckDBDriver;
import org.entente.core.Actor;
import org.entente.core.Assertion;
import org.entente.core.AssertionQuery;
import org.entente.core.Document;
import org.entente.core.Extraction;
import org.entente.core.NetworkQuery;
import org.entente.core.Period;
import org.entente.core.Review;
import org.entente.core.Sentence;
import org.entente.core.StancePoint;
import org.entente.core.Tie;

/** The store on one DuckDB connection; every call holds the store's monitor. */
final class DuckDbStore implements Store {

    /** The work of one call, which may fail in the driver. */
    @FunctionalInterface
    private interface Call<T> {
        T run() throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final int version;
    private final boolean readOnly;
    private boolean closed;

    private DuckDbStore(Path file, Connection connection, int version, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.version = version;
        this.readOnly = readOnly;
    }

    static Store openParquet(Path folder) {
        Objects.requireNonNull(folder, "folder");
        Path absolute = folder.toAbsolutePath().normalize();
        return new DuckDbStore(absolute, ParquetViews.open(absolute), Migrations.LATEST, true);
    }

    static Store open(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath().normalize();
        Connection connection = connect(absolute);
        try {
            return new DuckDbStore(
                    absolute, connection, Migrations.migrate(connection, absolute, Migrations.LATEST), false);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw Failures.of(absolute, "upgrade its schema", e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /** A raw connection in auto-commit mode to the store file, whose folder is created if needed. */
    static Connection connect(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(
                    file + " is a folder; give the store a file name, such as " + file.resolve("entente.duckdb"));
        }
        try {
            Path folder = file.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of store " + file + ": " + e.getMessage(), e);
        }
        try {
            // The driver directly, not DriverManager: a fat jar that loses the service file still works.
            return new DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties());
        } catch (SQLException e) {
            throw Failures.ofOpen(file, e);
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private synchronized <T> T call(String doing, Call<T> call) {
        if (closed) {
            throw new StoreException("store " + file + " is closed; cannot " + doing);
        }
        try {
            return call.run();
        } catch (SQLException e) {
            throw Failures.of(file, doing, e);
        }
    }

    @Override
    public Path path() {
        return file;
    }

    @Override
    public int schemaVersion() {
        return version;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    private void requireWritable(String doing) {
        if (readOnly) {
            throw new StoreException("store " + file + " is a folder of Parquet tables, which is read-only; cannot "
                    + doing + "; choose a .duckdb store with --db");
        }
    }

    @Override
    public IngestResult ingest(Extraction extraction, boolean replace) {
        Objects.requireNonNull(extraction, "extraction");
        requireWritable("store " + extraction.document().source());
        return call("store " + extraction.document().source(), () -> new DocumentWriter(connection, file)
                .ingest(extraction, replace));
    }

    @Override
    public ImportResult importEvents(Path events, EventFormat format) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(format, "format");
        requireWritable("import " + events);
        List<ImportOutcome> outcomes = new ArrayList<>();
        call("import " + events, () -> {
            new EventImport(connection, file).run(List.of(events), format, outcomes::add);
            return null;
        });
        ImportOutcome outcome = outcomes.get(0);
        return outcome.result()
                .orElseThrow(() -> new StoreException(outcome.refusal().orElseThrow()));
    }

    @Override
    public void importEvents(List<Path> events, EventFormat format, Consumer<ImportOutcome> each) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(each, "each");
        List<Path> files = List.copyOf(events);
        requireWritable("import " + files.size() + " files");
        call("import " + files.size() + " files", () -> {
            new EventImport(connection, file).run(files, format, each);
            return null;
        });
    }

    @Override
    public List<DocumentSummary> documents() {
        return call("list documents", () -> new DocumentRows(connection).summaries());
    }

    @Override
    public Optional<Document> document(String id) {
        Objects.requireNonNull(id, "id");
        return call("read document " + id, () -> new DocumentRows(connection).find(id));
    }

    @Override
    public List<Sentence> sentences(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return call("read the sentences of " + documentId, () -> new DocumentRows(connection).sentences(documentId));
    }

    @Override
    public List<ActorSummary> actors() {
        return call("list actors", () -> new ActorRows(connection).summaries());
    }

    @Override
    public Optional<Actor> actor(String id) {
        Objects.requireNonNull(id, "id");
        return call("read actor " + id, () -> new ActorRows(connection).find(id));
    }

    @Override
    public List<Assertion> assertions(AssertionQuery query) {
        Objects.requireNonNull(query, "query");
        return call("list assertions", () -> new AssertionRows(connection).find(query));
    }

    @Override
    public Optional<Assertion> assertion(String id) {
        Objects.requireNonNull(id, "id");
        return call("read assertion " + id, () -> new AssertionRows(connection).find(id));
    }

    @Override
    public List<Tie> network(NetworkQuery query) {
        Objects.requireNonNull(query, "query");
        return call("build the network", () -> new NetworkRows(connection).ties(query));
    }

    @Override
    public List<StancePoint> stance(String from, String to, NetworkQuery query, ChronoUnit per) {
        Objects.requireNonNull(query, "query");
        return call("build the timeline of " + from + " toward " + to, () -> new NetworkRows(connection)
                .stance(from, to, query, per));
    }

    @Override
    public List<Assertion> assertions(NetworkQuery query) {
        Objects.requireNonNull(query, "query");
        return call("list the assertions of a network", () -> new AssertionRows(connection).find(query));
    }

    @Override
    public void networks(NetworkQuery query, ChronoUnit per, BiConsumer<LocalDate, List<Tie>> each) {
        call("build the network of each period", () -> {
            new NetworkRows(connection).periods(query, per, each);
            return null;
        });
    }

    @Override
    public Period timeRange() {
        return call("find the time range", () -> new NetworkRows(connection).timeRange());
    }

    @Override
    public void addReview(Review review) {
        Objects.requireNonNull(review, "review");
        requireWritable("add review " + review.id());
        call("add review " + review.id(), () -> {
            ReviewRows reviews = new ReviewRows(connection);
            if (reviews.exists(review.id())) {
                throw new StoreException("store " + file + " already holds a review with id " + review.id());
            }
            reviews.add(review);
            return null;
        });
    }

    @Override
    public List<Review> reviews() {
        return call("list reviews", () -> new ReviewRows(connection).all());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw Failures.of(file, "close", e);
        }
    }
}
