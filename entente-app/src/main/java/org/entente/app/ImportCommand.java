package org.entente.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.store.EventFormat;
import org.entente.store.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "import",
        description = {
            "Import event data files (plain, .gz or a .zip holding one file), one transaction per file:"
                    + " gdelt (2.0 events or 1.0 daily files), polecat, acled, or csv"
                    + " (source,target,date,kind,sign[,intensity,evidence,url]).",
            "A file already imported is left as it is; an event whose id is stored is never stored twice."
                    + " Unreadable rows are reported by line and skipped; see docs/import.md."
        })
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Parameters(index = "0", paramLabel = "DATASET", description = "gdelt, polecat, acled or csv.")
    private String dataset;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files to import.")
    private List<Path> files;

    @Override
    public Integer call() {
        EventFormat eventFormat;
        try {
            eventFormat = EventFormat.ofLabel(dataset);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Context context = parent.context();
        context.writableStore();
        List<ImportView> views = new ArrayList<>();
        boolean[] failed = {false};
        // One call for all the files: the store reads small files of one layout together.
        context.store().importEvents(files, eventFormat, outcome -> {
            Path file = outcome.file();
            if (outcome.refusal().isPresent()) {
                context.err().println("entente: " + outcome.refusal().get());
                failed[0] = true;
                return;
            }
            ImportResult result = outcome.result().orElseThrow();
            result.problems().forEach(problem -> context.err().println("entente: " + problem));
            failed[0] |= result.rejected() > 0;
            views.add(ImportView.of(file, result));
            if (format.format == Format.TABLE) {
                context.out().println(line(file, result));
            }
        });
        if (format.format == Format.JSON) {
            Json.print(context.out(), views);
        }
        return failed[0] ? Cli.FAILED : Cli.OK;
    }

    private static String line(Path file, ImportResult r) {
        if (r.status() == org.entente.store.IngestResult.Status.UNCHANGED) {
            return file + ": already imported (document " + r.documentId().substring(0, 12) + "); nothing to do";
        }
        return String.format(
                Locale.ROOT,
                "%s: %s, %,d rows: %,d imported, %,d already stored, %,d without two actors, %,d rejected"
                        + " (document %s)",
                file,
                r.dataset(),
                r.rows(),
                r.imported(),
                r.duplicates(),
                r.withoutActors(),
                r.rejected(),
                r.documentId().substring(0, 12));
    }

    /** One file's outcome as {@code import --format json} prints it; documented in docs/import.md. */
    record ImportView(
            String file,
            String document,
            String dataset,
            String status,
            long rows,
            long imported,
            long duplicates,
            long withoutActors,
            long rejected,
            List<String> problems) {
        static ImportView of(Path file, ImportResult r) {
            return new ImportView(
                    file.toString(),
                    r.documentId(),
                    r.dataset(),
                    Json.lower(r.status().name()),
                    r.rows(),
                    r.imported(),
                    r.duplicates(),
                    r.withoutActors(),
                    r.rejected(),
                    r.problems());
        }
    }
}
