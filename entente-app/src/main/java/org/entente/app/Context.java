package org.entente.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.entente.core.Extractor;
import org.entente.nlp.ActorKnowledgeBase;
import org.entente.nlp.Extractors;
import org.entente.store.Store;

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
    private final Supplier<Extractor> extractorFactory;
    private Store store;
    private Extractor extractor;

    Context(Map<String, String> env, PrintWriter out, PrintWriter err, Supplier<Extractor> extractorFactory) {
        this.env = Map.copyOf(env);
        this.out = out;
        this.err = err;
        this.extractorFactory = extractorFactory;
    }

    /** The production extractor: CoreNLP over the built-in actor knowledge base. */
    static Extractor coreNlpExtractor() {
        return Extractors.coreNlp(ActorKnowledgeBase.builtIn());
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

    /** Opens the store on first use. */
    Store store() {
        if (store == null) {
            store = Store.open(storePath());
        }
        return store;
    }

    /** Builds the CoreNLP pipeline on first use: seconds, and about 2 GB of memory. */
    Extractor extractor() {
        if (extractor == null) {
            extractor = extractorFactory.get();
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
