package org.entente.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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

/**
 * The embedded store of documents, actors, assertions and reviews: one DuckDB file.
 *
 * <p>One process at a time may hold a store open; a second gets a {@link StoreException} saying the
 * store is in use. Within a process one {@code Store} may be shared between threads: its calls are
 * serialised. Every method throws {@link StoreException} when the file cannot be read or written.
 * Instants are kept to the microsecond.
 */
public interface Store extends AutoCloseable {

    /**
     * Opens the store file, creating it (and its folder) when absent, and upgrades a store written by
     * an older schema to the current one.
     *
     * @throws StoreException when the file is in use by another process, was written by a newer
     *     Entente, is not an Entente store, or cannot be created
     */
    static Store open(Path file) {
        return DuckDbStore.open(file);
    }

    /**
     * Opens a folder of Parquet tables, as {@code entente-spark} writes them (one sub-folder of
     * {@code *.parquet} files, or one {@code NAME.parquet} file, per table), read-only: every read
     * answers as it would from a store file holding the same rows; {@link #ingest}, {@link
     * #importEvents} and {@link #addReview} throw. Tables the folder lacks read as empty.
     *
     * @throws StoreException when the path is not a folder, holds none of the store's tables, or a
     *     table's files lack a column of the schema
     */
    static Store openParquet(Path folder) {
        return DuckDbStore.openParquet(folder);
    }

    /** True for a folder of Parquet tables, which can be read but not written. */
    boolean readOnly();

    /** The store file, absolute. */
    Path path();

    /** The schema version of the open store; always the latest this build knows. */
    int schemaVersion();

    /**
     * Writes one extraction in one transaction: all of it or, on any failure, nothing. A document
     * whose content (its id, the SHA-256 of its bytes) is already stored is left as it is and reported
     * {@code UNCHANGED}, unless {@code replace} is true: then its rows are deleted and written again in
     * the same transaction. Actors are shared between documents: an actor's name, type, aliases and
     * affiliations are those of the latest extraction that carried it. Reviews are never touched.
     *
     * @throws StoreException when an assertion names an actor that is neither in the extraction nor
     *     in the store, when two assertions share an id, or when the write fails
     */
    IngestResult ingest(Extraction extraction, boolean replace);

    /**
     * Imports one event file (plain, gzipped, or the single file of a {@code .zip}) in one transaction:
     * the file becomes a document whose id is the SHA-256 of its bytes, each usable row an assertion
     * dated by the dataset ({@code TimeBasis.DATASET}) whose id keeps the dataset's event id ("gdelt-"
     * and GLOBALEVENTID). A file already imported is left as it is; a row whose id is already stored,
     * from any file, is counted as a duplicate and not written again. Rows that cannot be read are
     * skipped and reported by line in the result; the rest is imported. Actors already stored keep
     * their name and type.
     *
     * @throws StoreException when the file cannot be read at all (missing, not a zip, a first line or
     *     header that does not fit the format), naming the file; nothing is written then
     */
    ImportResult importEvents(Path file, EventFormat format);

    /**
     * Imports {@code files} in their order, each as {@link #importEvents(Path, EventFormat)} does and
     * in its own transaction, and gives {@code each} the outcome of every file, in the same order, as
     * the files are written (a few at a time). GDELT files of one layout that follow each other are read
     * together, a few hundred at most, in one scan, which makes small files (GDELT's fifteen-minute
     * exports) several times faster to import than one by one. A file that cannot be read at all, or
     * cannot be written, is refused in its outcome, naming it, with nothing of it written; the others
     * are imported all the same.
     *
     * @throws StoreException only when the store itself fails, not for any one file
     */
    void importEvents(List<Path> files, EventFormat format, Consumer<ImportOutcome> each);

    /** Every stored document, in the order they were last written. */
    List<DocumentSummary> documents();

    /** The whole document: metadata, blocks with their footnote markers, footnotes with citations. */
    Optional<Document> document(String id);

    /** The document's sentences in order; empty when the document is unknown. */
    List<Sentence> sentences(String documentId);

    /** Every stored actor with the number of assertions naming it, most named first, then by id. */
    List<ActorSummary> actors();

    Optional<Actor> actor(String id);

    /**
     * The assertions the query lets through, with their evidence and its footnote citations, ordered
     * by the start of their time span (undated last), then by id.
     */
    List<Assertion> assertions(AssertionQuery query);

    Optional<Assertion> assertion(String id);

    /**
     * The signed network of the assertions the query selects, aggregated in the store: one tie per
     * pair of actors (or per source and target when directed), strongest first. Reviews apply:
     * rejected assertions stay out, corrections and actor merges count as the analyst made them.
     */
    List<Tie> network(NetworkQuery query);

    /**
     * The stance of {@code from} toward {@code to} per month or year, weighed as the network's ties
     * are, in time order; both directions unless the query is directed. Undated assertions are left
     * out: they have no place on a timeline.
     *
     * @param per {@code MONTHS} or {@code YEARS}
     */
    List<StancePoint> stance(String from, String to, NetworkQuery query, ChronoUnit per);

    /**
     * The network of every month or year of the query's window, from one pass over the store: for
     * each period with ties, in time order, {@code each} gets the period's first day and the ties
     * {@link #network} would give with that period as the window. An assertion whose span covers
     * several periods counts in each; undated assertions in none.
     *
     * @throws IllegalArgumentException when {@code per} is neither months nor years
     */
    void networks(NetworkQuery query, ChronoUnit per, BiConsumer<LocalDate, List<Tie>> each);

    /**
     * The days the dated assertions span, from the earliest start to the latest end, leaving out
     * rejected ones; {@link Period#always()} when none is dated.
     */
    Period timeRange();

    /** The assertions the network of {@code query} is weighed from, in time order (undated last), then by id. */
    List<Assertion> assertions(NetworkQuery query);

    /**
     * Appends a review. Reviews are kept by the id of the assertion or actor they judge, which need
     * not be stored (yet).
     *
     * @throws StoreException when a review with the same id is already stored, or when an undo names
     *     no standing verdict, merge or alias
     */
    void addReview(Review review);

    /** Every review, in the order they were added. */
    List<Review> reviews();

    /** Closes the file; a closed store throws on every further call except {@code close}. */
    @Override
    void close();
}
