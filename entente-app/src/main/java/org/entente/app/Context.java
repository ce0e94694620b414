package org.entente.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.entente.core.Extractor;
import org.entente.nlp.ActorKnowledgeBase;
import org.entente.nlp.Extractors;
import org.entente.store.Store;
import org.entente.store.StoreException;

/**
 * The composition root's state for one run: where the store is, and the expensive parts, each
 * built at most once and only when a command needs it (listing commands never load CoreNLP).
 * Not thread-safe; commands use it from the main thread.
 */
final class Context implements AutoCloseable {
    static final String DEFAULT_STORE = "entente.duckdb";

    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;
    private Optional<Path> chosenStore = Optional.empty();
    private Optional<Path> actorsFile = Optional.empty();
    private final Function<ActorKnowledgeBase, Extractor> extractorFactory;
    private Store store;
    private ActorKnowledgeBase knowledgeBase;
    private Extractor extractor;

    Context(
            Map<String, String> env,
            PrintWriter out,
            PrintWriter err,
            Function<ActorKnowledgeBase, Extractor> extractorFactory) {
        this.env = Map.copyOf(env);
        this.out = out;
        this.err = err;
        this.extractorFactory = extractorFactory;
    }

    /** The production extractor: CoreNLP over the built-in actor knowledge base. */
    static Extractor coreNlpExtractor() {
        return Extractors.coreNlp(ActorKnowledgeBase.builtIn());
    }

    /** The production extractor over {@code knowledgeBase}. */
    static Extractor coreNlpExtractor(ActorKnowledgeBase knowledgeBase) {
        return Extractors.coreNlp(knowledgeBase);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    void chooseStore(Path path) {
        chosenStore = Optional.of(path);
    }

    /** True when the user named a store with --db or ENTENTE_DB. */
    boolean storeChosen() {
        return chosenStore.isPresent() || env.containsKey("ENTENTE_DB");
    }

    /** --db, else $ENTENTE_DB, else ./entente.duckdb; always absolute. */
    Path storePath() {
        Path path = chosenStore.orElseGet(() -> Path.of(env.getOrDefault("ENTENTE_DB", DEFAULT_STORE)));
        return path.toAbsolutePath().normalize();
    }

    /**
     * Opens the store on first use: a folder is read as the Parquet tables entente-spark writes
     * (read-only), anything else as a store file.
     */
    Store store() {
        if (store == null) {
            Path path = storePath();
            store = Files.isDirectory(path) ? Store.openParquet(path) : Store.open(path);
        }
        return store;
    }

    /**
     * The store, for a command that writes to it.
     *
     * @throws StoreException when the store is a read-only folder of Parquet tables
     */
    Store writableStore() {
        Store opened = store();
        if (opened.readOnly()) {
            throw new StoreException("store " + opened.path() + " is a folder of Parquet tables, which is read-only;"
                    + " ingest, import and reviews need a .duckdb store (--db FILE)");
        }
        return opened;
    }

    /**
     * Adds the user's actor file (--actors) to the built-in knowledge base; must come before the
     * first call of {@link #knowledgeBase()} or {@link #extractor()}.
     */
    void useActors(Path file) {
        if (knowledgeBase != null) {
            throw new IllegalStateException("the knowledge base is already built");
        }
        actorsFile = Optional.of(file);
    }

    /**
     * The built-in actors plus the --actors file, loaded on first use. Each line of the file that
     * was skipped is reported once on standard error as a warning naming the file and the line.
     *
     * @throws org.entente.core.InputException when the file cannot be read at all
     */
    ActorKnowledgeBase knowledgeBase() {
        if (knowledgeBase == null) {
            ActorKnowledgeBase base = ActorKnowledgeBase.builtIn();
            if (actorsFile.isPresent()) {
                int before = base.warnings().size();
                base = base.with(actorsFile.get());
                base.warnings().stream().skip(before).forEach(w -> err.println("entente: warning: " + w));
            }
            knowledgeBase = base;
        }
        return knowledgeBase;
    }

    /** Builds the CoreNLP pipeline on first use: seconds, and about 2 GB of memory. */
    Extractor extractor() {
        if (extractor == null) {
            extractor = extractorFactory.apply(knowledgeBase());
        }
        return extractor;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
