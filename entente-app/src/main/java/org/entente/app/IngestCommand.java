package org.entente.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.reader.Readers;
import org.entente.store.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "ingest",
        description = {
            "Read files and folders, extract actors and assertions, and store them, one transaction per document.",
            "Content already in the store (by hash) is left as it is unless --replace is given."
        })
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Mixin
    private ActorsOption actors;

    @Parameters(
            paramLabel = "PATH",
            arity = "1..*",
            description = "Files or folders (folders are searched for .txt, .md, .html and .pdf files).")
    private List<Path> paths;

    @Option(names = "--replace", description = "Extract again documents already in the store, keeping their reviews.")
    private boolean replace;

    @Override
    public Integer call() {
        Context context = parent.context();
        actors.applyTo(context);
        context.writableStore();
        context.knowledgeBase();
        long started = System.nanoTime();
        List<Input> inputs = new ArrayList<>();
        int skipped = collect(paths, inputs);
        var store = context.store();
        Progress progress =
                format.format == Format.TABLE ? Progress.onTerminal(context.err()) : new Progress(context.err(), false);
        if (progress.isEnabled() && !inputs.isEmpty()) {
            context.err().println("Loading the language models...");
        }
        List<Ingestion.Outcome> outcomes = inputs.isEmpty()
                ? List.of()
                : new Ingestion(context.extractor(), store, workers()).run(inputs, replace, progress);
        Summary summary = Summary.of(outcomes, skipped, System.nanoTime() - started);
        if (format.format == Format.JSON) {
            Json.print(context.out(), summary.view(context.storePath(), outcomes));
        } else {
            context.out().println(summary.line(context.storePath()));
        }
        return summary.failed() > 0 ? Cli.FAILED : Cli.OK;
    }

    static int workers() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Expands folders into their supported files, sorted; returns how many other files were skipped. */
    static int collect(List<Path> paths, List<Input> inputs) {
        int skipped = 0;
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                inputs.add(Input.file(path));
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                // Not only regular files: a dangling link or a special file is reported, not skipped.
                List<Path> files = walk.filter(p -> !Files.isDirectory(p))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .toList();
                for (Path file : files) {
                    if (Readers.isSupported(file.getFileName().toString())) {
                        inputs.add(Input.file(file));
                    } else {
                        skipped++;
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                inputs.add(Input.file(path));
            }
        }
        return skipped;
    }

    /** The counts of one batch. */
    record Summary(
            int added,
            int replaced,
            int unchanged,
            int failed,
            int skipped,
            int sentences,
            int assertions,
            double seconds) {
        static Summary of(List<Ingestion.Outcome> outcomes, int skipped, long nanos) {
            int added = 0, replaced = 0, unchanged = 0, failed = 0, sentences = 0, assertions = 0;
            for (Ingestion.Outcome outcome : outcomes) {
                if (outcome.failed()) {
                    failed++;
                    continue;
                }
                IngestResult result = outcome.result().get();
                switch (result.status()) {
                    case ADDED -> added++;
                    case REPLACED -> replaced++;
                    case UNCHANGED -> unchanged++;
                }
                sentences += result.sentences();
                assertions += result.assertions();
            }
            return new Summary(added, replaced, unchanged, failed, skipped, sentences, assertions, nanos / 1e9);
        }

        String line(Path store) {
            StringBuilder line = new StringBuilder();
            line.append(String.format(
                    java.util.Locale.ROOT,
                    "Ingested %d document%s (%d sentences, %d assertions)",
                    added + replaced,
                    added + replaced == 1 ? "" : "s",
                    sentences,
                    assertions));
            if (replaced > 0) {
                line.append(", ").append(replaced).append(" replaced");
            }
            if (unchanged > 0) {
                line.append(", ").append(unchanged).append(" already in the store");
            }
            if (failed > 0) {
                line.append(", ").append(failed).append(" failed");
            }
            if (skipped > 0) {
                line.append(", ").append(skipped).append(" skipped (not a supported type)");
            }
            line.append(String.format(java.util.Locale.ROOT, " in %.1f s. Store: %s", seconds, store));
            return line.toString();
        }

        View view(Path store, List<Ingestion.Outcome> outcomes) {
            List<FileView> files = outcomes.stream()
                    .map(o -> new FileView(
                            o.source(),
                            o.result().map(r -> Json.lower(r.status().name())).orElse("failed"),
                            o.result().map(IngestResult::documentId).orElse(null),
                            o.result().map(IngestResult::sentences).orElse(0),
                            o.result().map(IngestResult::assertions).orElse(0),
                            o.error().orElse(null)))
                    .toList();
            return new View(
                    store.toString(),
                    added,
                    replaced,
                    unchanged,
                    failed,
                    skipped,
                    sentences,
                    assertions,
                    seconds,
                    files);
        }
    }

    record FileView(String source, String status, String document, int sentences, int assertions, String error) {}

    record View(
            String store,
            int added,
            int replaced,
            int unchanged,
            int failed,
            int skipped,
            int sentences,
            int assertions,
            double seconds,
            List<FileView> files) {}
}
