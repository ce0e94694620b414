package org.entente.app.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.store.ActorSummary;
import org.entente.store.DocumentSummary;
import org.entente.store.Store;

/**
 * What every request needs and only a write changes: the actors with their counts, the documents'
 * sources, the verdicts. The server holds the store alone (one process at a time), so only the
 * reviews it takes can change these; it calls {@link #invalidate()} after each. Thread-safe.
 */
final class Catalog {
    record Snapshot(
            List<ActorSummary> actors,
            Map<String, ActorSummary> actorsById,
            Map<String, String> documentSources,
            Verdicts verdicts) {}

    private final Store store;
    private volatile Snapshot snapshot;

    Catalog(Store store) {
        this.store = store;
    }

    Snapshot get() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = load();
                    snapshot = current;
                }
            }
        }
        return current;
    }

    synchronized void invalidate() {
        snapshot = null;
    }

    private Snapshot load() {
        List<ActorSummary> actors = store.actors();
        return new Snapshot(
                actors,
                actors.stream().collect(Collectors.toMap(a -> a.actor().id(), Function.identity())),
                store.documents().stream().collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::source)),
                new Verdicts(store.reviews()));
    }
}
