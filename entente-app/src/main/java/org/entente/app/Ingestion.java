package org.entente.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.entente.app.web.Intake;
import org.entente.core.Document;
import org.entente.core.Extraction;
import org.entente.core.Extractor;
import org.entente.core.InputException;
import org.entente.reader.Readers;
import org.entente.store.DocumentSummary;
import org.entente.store.IngestResult;
import org.entente.store.Store;
import org.entente.store.StoreException;

/**
 * Reads, extracts and stores a batch of documents. Reading and extraction run on worker threads
 * (one per core, at most two documents in flight per worker, so memory stays bounded); the store
 * is written from the calling thread, one transaction per document. A document that fails is
 * reported and the batch goes on.
 */
final class Ingestion {
    /** What became of one input. */
    record Outcome(String source, Optional<IngestResult> result, Optional<String> error) {
        boolean failed() {
            return error.isPresent();
        }
    }

    private final Extractor extractor;
    private final Store store;
    private final int workers;

    Ingestion(Extractor extractor, Store store, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        this.extractor = extractor;
        this.store = store;
        this.workers = workers;
    }

    /** Ingests every input; calls {@code progress} as each one ends. Outcomes come in completion order. */
    List<Outcome> run(List<Input> inputs, boolean replace, Progress progress) {
        Set<String> known = ConcurrentHashMap.newKeySet();
        store.documents().stream().map(DocumentSummary::id).forEach(known::add);
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "entente-ingest");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<Prepared> completion = new ExecutorCompletionService<>(pool);
            List<Outcome> outcomes = new ArrayList<>(inputs.size());
            int submitted = 0;
            int window = 2 * workers;
            progress.start(inputs.size());
            while (outcomes.size() < inputs.size()) {
                while (submitted < inputs.size() && submitted - outcomes.size() < window) {
                    Input input = inputs.get(submitted++);
                    completion.submit(() -> prepare(input, replace, known));
                }
                Outcome outcome = store(take(completion), replace);
                outcomes.add(outcome);
                outcome.error().ifPresent(error -> progress.println("  failed: " + error));
                progress.advance(outcome.source());
            }
            progress.finish();
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Reads, extracts and stores one document on the calling thread, telling {@code stages} as each
     * stage begins; content already stored is reported as such without being extracted. This is the
     * workbench's {@link Intake}.
     *
     * @throws InputException naming the document when it cannot be read, extracted or stored
     */
    Intake.Stored upload(String name, byte[] content, Consumer<Intake.Stage> stages) {
        stages.accept(Intake.Stage.READING);
        Document document = Readers.forFile(name).read(name, content);
        Optional<DocumentSummary> known = store.documents().stream()
                .filter(d -> d.id().equals(document.id()))
                .findFirst();
        if (known.isPresent()) {
            DocumentSummary d = known.get();
            return new Intake.Stored(d.id(), true, d.source(), d.sentences(), d.assertions());
        }
        stages.accept(Intake.Stage.EXTRACTING);
        Extraction extraction = extractor.extract(document);
        stages.accept(Intake.Stage.STORING);
        try {
            IngestResult result = store.ingest(extraction, false);
            return new Intake.Stored(
                    result.documentId(),
                    result.status() == IngestResult.Status.UNCHANGED,
                    result.source(),
                    result.sentences(),
                    result.assertions());
        } catch (StoreException e) {
            throw new InputException(name + ": " + e.getMessage(), e);
        }
    }

    /** A document read and extracted, or skipped as known, or the reason it failed. */
    private record Prepared(
            String source, Optional<Extraction> extraction, Optional<Document> known, Optional<String> error) {}

    private Prepared prepare(Input input, boolean replace, Set<String> known) {
        String source = input.source();
        try {
            Document document = Readers.forFile(source).read(source, input.bytes());
            if (!replace && known.contains(document.id())) {
                return new Prepared(source, Optional.empty(), Optional.of(document), Optional.empty());
            }
            return new Prepared(source, Optional.of(extractor.extract(document)), Optional.empty(), Optional.empty());
        } catch (InputException e) {
            return failed(source, e.getMessage());
        } catch (RuntimeException e) {
            // A fault in a stage must not take the batch down; the user sees which file and what.
            return failed(
                    source,
                    source + ": could not be processed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static Prepared failed(String source, String message) {
        return new Prepared(source, Optional.empty(), Optional.empty(), Optional.of(message));
    }

    private Outcome store(Prepared prepared, boolean replace) {
        if (prepared.error().isPresent()) {
            return new Outcome(prepared.source(), Optional.empty(), prepared.error());
        }
        if (prepared.known().isPresent()) {
            Document document = prepared.known().get();
            return new Outcome(
                    prepared.source(),
                    Optional.of(
                            new IngestResult(document.id(), prepared.source(), IngestResult.Status.UNCHANGED, 0, 0)),
                    Optional.empty());
        }
        try {
            IngestResult result = store.ingest(prepared.extraction().get(), replace);
            return new Outcome(prepared.source(), Optional.of(result), Optional.empty());
        } catch (StoreException e) {
            return new Outcome(
                    prepared.source(), Optional.empty(), Optional.of(prepared.source() + ": " + e.getMessage()));
        }
    }

    private static Prepared take(CompletionService<Prepared> completion) {
        try {
            Future<Prepared> next = completion.take();
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an ingest worker failed", e.getCause());
        }
    }
}
