package org.entente.app.web;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.entente.core.InputException;

/**
 * The upload queue: one worker thread hands uploaded documents to the {@link Intake}, one at a
 * time in the order they came; at most {@link #WAITING} more wait, and a further one is refused
 * (429), so memory stays bounded by {@code (WAITING + 1) * MAX_UPLOAD}. The latest {@link #KEPT}
 * jobs are remembered, under ids drawn at random, for their progress to be asked for. Thread-safe.
 */
final class Uploads implements AutoCloseable {
    /** Uploads that may wait while one is taken. */
    static final int WAITING = 4;

    private static final int KEPT = 100;

    /** Where a job stands; the middle three are {@link Intake.Stage}s. */
    enum State {
        QUEUED,
        READING,
        EXTRACTING,
        STORING,
        DONE,
        FAILED
    }

    private final Intake intake;
    private final Runnable changed;
    private final PrintWriter errors;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ThreadPoolExecutor worker;
    private final Map<String, Job> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    };

    /** @param changed called after each document is taken, before its job says so, to empty caches */
    Uploads(Intake intake, Runnable changed, PrintWriter errors, Clock clock) {
        this.intake = intake;
        this.changed = changed;
        this.errors = errors;
        this.clock = clock;
        this.worker =
                new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WAITING), runnable -> {
                    Thread thread = new Thread(runnable, "entente-upload");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Queues a document and returns its job at once.
     *
     * @throws ApiException 429 when {@link #WAITING} uploads already wait
     */
    Views.UploadView submit(String name, byte[] content) {
        Job job = new Job(newId(), name, content, clock.instant());
        synchronized (jobs) {
            jobs.put(job.id, job);
        }
        try {
            worker.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(job.id);
            }
            throw new ApiException(
                    429, "the upload queue is full (" + WAITING + " documents wait); try again when one is done");
        }
        return job.view();
    }

    /** The job with this id, while it is among the latest {@link #KEPT}. */
    Optional<Views.UploadView> job(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(Job::view);
        }
    }

    private void run(Job job) {
        byte[] content = job.start();
        Optional<Intake.Stored> stored = Optional.empty();
        String error = "";
        try {
            stored = Optional.of(intake.take(job.name, content, stage -> job.stage(State.valueOf(stage.name()))));
        } catch (InputException e) {
            error = Optional.ofNullable(e.getMessage()).orElse(job.name + ": cannot be read");
        } catch (RuntimeException e) {
            // The worker outlives a fault in one document: the job says which and what, so does the log.
            errors.println("entente serve: upload of " + job.name + " failed ("
                    + e.getClass().getSimpleName() + "): " + e.getMessage());
            error = job.name + ": could not be processed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + ")";
        } finally {
            changed.run();
        }
        job.end(stored, error, clock.instant());
    }

    private String newId() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Stops taking uploads; waits a few seconds for the one under way, whose store write is one transaction. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One upload; its content is dropped once the worker has it. */
    private static final class Job {
        private final String id;
        private final String name;
        private final int bytes;
        private final Instant submitted;
        private byte[] content;
        private State state = State.QUEUED;
        private Optional<Intake.Stored> stored = Optional.empty();
        private String error = "";
        private Optional<Instant> finished = Optional.empty();

        Job(String id, String name, byte[] content, Instant submitted) {
            this.id = id;
            this.name = name;
            this.bytes = content.length;
            this.content = content;
            this.submitted = submitted;
        }

        synchronized byte[] start() {
            byte[] taken = content;
            content = new byte[0];
            state = State.READING;
            return taken;
        }

        synchronized void stage(State next) {
            state = next;
        }

        synchronized void end(Optional<Intake.Stored> result, String message, Instant at) {
            stored = result;
            error = message;
            state = result.isPresent() ? State.DONE : State.FAILED;
            finished = Optional.of(at);
        }

        synchronized Views.UploadView view() {
            return new Views.UploadView(
                    id,
                    name,
                    bytes,
                    state.name().toLowerCase(java.util.Locale.ROOT),
                    stored.map(Intake.Stored::document).orElse(null),
                    stored.map(Intake.Stored::alreadyStored).orElse(null),
                    stored.map(s -> s.source()).orElse(null),
                    stored.map(Intake.Stored::sentences).orElse(null),
                    stored.map(Intake.Stored::assertions).orElse(null),
                    error.isEmpty() ? null : error,
                    submitted.toString(),
                    finished.map(Instant::toString).orElse(null));
        }
    }
}
