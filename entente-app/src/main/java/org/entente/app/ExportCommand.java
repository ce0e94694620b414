package org.entente.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.core.InputException;
import org.entente.core.NetworkQuery;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "export",
        description = "Write the network of a window for Gephi (GraphML, GEXF with time), spreadsheets (CSV) or"
                + " scripts (JSON Lines of assertions).")
final class ExportCommand implements Callable<Integer> {
    enum ExportFormat {
        GRAPHML,
        GEXF,
        CSV,
        JSONL
    }

    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private WindowOptions window;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "graphml|gexf|csv|jsonl",
            converter = FormatConverter.class,
            description = "graphml or gexf (a file for Gephi; GEXF carries the ties month by month), csv (a folder:"
                    + " nodes.csv, edges.csv, assertions.csv) or jsonl (one assertion per line).")
    private ExportFormat format;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "PATH",
            description = "The file to write (a folder for csv).")
    private Path out;

    @Option(
            names = "--per",
            paramLabel = "month|year",
            description = "With csv: also edges-per-month.csv (or -per-year), every period's ties in one file,"
                    + " weighed as the network of that period alone.")
    private String per;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not an export format: use graphml, gexf, csv or jsonl");
            }
        }
    }

    /** Writes one file's content; may fail in I/O. */
    @FunctionalInterface
    interface Content {
        void write(Writer writer) throws IOException;
    }

    @Override
    public Integer call() throws IOException {
        if (per != null && format != ExportFormat.CSV) {
            throw new UsageException("--per goes with --format csv");
        }
        Context context = parent.context();
        Store store = context.store();
        NetworkQuery query = window.query(store);
        Exports exports = new Exports(store, query);
        switch (format) {
            case GRAPHML -> write(out, exports::graphml);
            case GEXF -> write(out, exports::gexf);
            case JSONL -> write(out, exports::jsonl);
            case CSV -> {
                createFolder(out);
                write(out.resolve("nodes.csv"), exports::nodesCsv);
                write(out.resolve("edges.csv"), exports::edgesCsv);
                write(out.resolve("assertions.csv"), exports::assertionsCsv);
                if (per != null) {
                    ChronoUnit unit = TimelineCommand.unit(per);
                    write(
                            out.resolve("edges-per-" + per.trim().toLowerCase(Locale.ROOT) + ".csv"),
                            w -> exports.periodEdgesCsv(w, unit));
                }
            }
        }

        context.out().println("Wrote " + exports.summary() + " for " + window.describe() + " to " + out);
        return Cli.OK;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InputException("cannot create the folder " + folder + ": " + reason(e));
        }
    }

    /**
     * Writes into a temporary file beside {@code target} and moves it into place, so a failed export
     * never leaves half a file where a whole one was.
     */
    static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            if (Files.isDirectory(absolute)) {
                throw new InputException("cannot write " + target + ": it is a folder");
            }
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.write(writer);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InputException("cannot write " + target + ": " + reason(e));
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The export's own error, if any, is the one the user needs; a stray .part file is named by it.
            }
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException
                ? "no such folder"
                : e.getClass()
                                .getSimpleName()
                                .replace("Exception", "")
                                .replaceAll("([a-z])([A-Z])", "$1 $2")
                                .toLowerCase(Locale.ROOT)
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }
}
