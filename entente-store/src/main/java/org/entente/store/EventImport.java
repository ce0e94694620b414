package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports event files: a file becomes one document, its readable rows whose ids are new become
 * assertions, and its unreadable ones are counted and reported by line. Nothing of a file is
 * written unless all of it is, and a file refused or failing leaves the others imported.
 *
 * <p>GDELT files of one layout that follow each other are read together, up to {@link #MAX_FILES}
 * files or {@link #MAX_BYTES} bytes, in one scan of the database's CSV reader (see {@link
 * StagedEvents}): a fifteen-minute export holds a few thousand rows, and reading it alone cost more
 * than writing it. Should the joint read fail, its files are read again one by one. The files read
 * together are then written in one transaction, or, should it fail, each in its own; any other file
 * is one transaction.
 */
final class EventImport {
    /** The most files read together. */
    static final int MAX_FILES = 256;

    /** Files are read together until their bytes reach this; a larger file is read alone. */
    static final long MAX_BYTES = 256L << 20;

    private final Connection connection;
    private final Path store;

    EventImport(Connection connection, Path store) {
        this.connection = connection;
        this.store = store;
    }

    /** One file opened and checked, not yet imported. */
    private record Opened(Path file, EventFile events, String id, EventLayout layout, long bytes) {}

    /** Files waiting to be imported together, with the outcomes of the files between them, in order. */
    private static final class Pending {
        final List<Path> order = new ArrayList<>();
        final Map<Integer, ImportOutcome> done = new HashMap<>();
        final Map<Integer, Opened> open = new HashMap<>();
        final Map<String, String> ids = new HashMap<>();
        long bytes;

        boolean accepts(Opened next) {
            if (open.isEmpty()) {
                return true;
            }
            Opened first = open.values().iterator().next();
            return first.layout() instanceof GdeltLayout a
                    && next.layout() instanceof GdeltLayout b
                    && a.columns() == b.columns()
                    && open.size() < MAX_FILES
                    && bytes + next.bytes() <= MAX_BYTES;
        }
    }

    /**
     * Imports {@code files} in order and gives {@code each} the outcome of every one of them, in their
     * order (a few files at a time, as they are imported together).
     */
    void run(List<Path> files, EventFormat format, Consumer<ImportOutcome> each) throws SQLException {
        if (!codesLoaded()) {
            StateCodes.load(connection);
        }
        Pending pending = new Pending();
        try {
            for (Path file : files) {
                pending = add(pending, file, format, each);
            }
            flush(pending, each);
        } finally {
            pending.open.values().forEach(o -> o.events().close());
        }
    }

    private Pending add(Pending pending, Path file, EventFormat format, Consumer<ImportOutcome> each)
            throws SQLException {
        int index = pending.order.size();
        pending.order.add(file);
        EventFile events;
        try {
            events = EventFile.open(file);
        } catch (StoreException e) {
            pending.done.put(index, ImportOutcome.refused(file, e.getMessage()));
            return pending;
        }
        Opened next;
        try {
            String id = events.sha256();
            Optional<String> dataset = storedDataset(id).or(() -> Optional.ofNullable(pending.ids.get(id)));
            if (dataset.isPresent()) {
                events.close();
                pending.done.put(index, ImportOutcome.imported(file, unchanged(id, file, dataset.get())));
                return pending;
            }
            next = new Opened(file, events, id, EventLayouts.of(format, events, connection), size(events));
        } catch (StoreException | SQLException e) {
            events.close();
            String message = e instanceof SQLException sql ? failure(file, sql) : e.getMessage();
            pending.done.put(index, ImportOutcome.refused(file, message));
            return pending;
        }
        Pending into = pending;
        if (!pending.accepts(next)) {
            pending.order.remove(index);
            flush(pending, each);
            into = new Pending();
            into.order.add(file);
        }
        into.open.put(into.order.size() - 1, next);
        into.ids.put(next.id(), next.layout().dataset());
        into.bytes += next.bytes();
        return into;
    }

    private static long size(EventFile events) {
        try {
            return Files.size(events.readable());
        } catch (IOException e) {
            throw new StoreException(events.name() + ": cannot be read (" + e.getMessage() + "); nothing imported", e);
        }
    }

    /** Imports the pending files and hands on every outcome in order; closes the files. */
    private void flush(Pending pending, Consumer<ImportOutcome> each) throws SQLException {
        Map<Integer, ImportOutcome> outcomes = new HashMap<>(pending.done);
        try {
            if (!pending.open.isEmpty()) {
                List<Integer> indexes = new ArrayList<>(pending.open.keySet());
                indexes.sort(null);
                List<Opened> files = indexes.stream().map(pending.open::get).toList();
                List<ImportOutcome> imported = importTogether(files);
                for (int i = 0; i < indexes.size(); i++) {
                    outcomes.put(indexes.get(i), imported.get(i));
                }
            }
        } finally {
            pending.open.values().forEach(o -> o.events().close());
            pending.open.clear();
        }
        for (int i = 0; i < pending.order.size(); i++) {
            each.accept(outcomes.get(i));
        }
    }

    /** Reads {@code files} in one scan and writes each in its own transaction; their outcomes, in order. */
    private List<ImportOutcome> importTogether(List<Opened> files) throws SQLException {
        EventLayout layout = files.size() == 1
                ? files.get(0).layout()
                : ((GdeltLayout) files.get(0).layout())
                        .reading(files.stream().map(o -> o.events().readable()).toList());
        StagedEvents staged;
        try {
            staged = StagedEvents.stage(connection, layout, files.size() > 1);
        } catch (SQLException e) {
            if (files.size() == 1) {
                return List.of(ImportOutcome.refused(
                        files.get(0).file(), failure(files.get(0).file(), e)));
            }
            List<ImportOutcome> alone = new ArrayList<>();
            for (Opened file : files) {
                alone.addAll(importTogether(List.of(file)));
            }
            return alone;
        }
        // A commit writes its rows to the log; the database would also fold the log into the store
        // file whenever it passed 16 MiB, every dozen small files should they be written one by one,
        // recompressing the table's last block of rows each time. The files read together are folded
        // in once, after the last of them.
        boolean fold = files.size() > 1;
        if (fold) {
            execute("SET checkpoint_threshold = '1GiB'");
        }
        try {
            if (files.size() > 1) {
                Optional<List<ImportOutcome>> together = writeTogether(staged, files);
                if (together.isPresent()) {
                    return together.get();
                }
            }
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                outcomes.add(write(staged, files.get(i), i + 1));
            }
            return outcomes;
        } finally {
            staged.drop();
            if (fold) {
                execute("RESET checkpoint_threshold");
                execute("CHECKPOINT");
            }
        }
    }

    /**
     * Writes the files read together in one transaction: each small file's own commit waited for
     * the disk, and its own statements cost more than its rows. Every file has been read and checked
     * by then, so the transaction fails only for a cause the database finds while writing; it is
     * then rolled back whole, and empty is returned for the files to be written one by one, so that
     * only the file at fault is refused.
     */
    private Optional<List<ImportOutcome>> writeTogether(StagedEvents staged, List<Opened> files) {
        List<StagedEvents.Member> members = files.stream()
                .map(o -> new StagedEvents.Member(
                        o.events(), o.id(), o.file().getFileName().toString()))
                .toList();
        try {
            List<ImportResult> results = Transaction.run(connection, () -> staged.writeTogether(members));
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                outcomes.add(ImportOutcome.imported(files.get(i).file(), results.get(i)));
            }
            return Optional.of(outcomes);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private ImportOutcome write(StagedEvents staged, Opened file, int number) {
        String source = file.file().getFileName().toString();
        try {
            ImportResult result =
                    Transaction.run(connection, () -> staged.write(file.events(), number, file.id(), source));
            return ImportOutcome.imported(file.file(), result);
        } catch (SQLException e) {
            staged.failed();
            return ImportOutcome.refused(file.file(), failure(file.file(), e));
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String failure(Path file, SQLException e) {
        return Failures.of(store, "import " + file, e).getMessage();
    }

    /** The venue of the stored document {@code id}: the dataset it was imported from. */
    private Optional<String> storedDataset(String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT venue FROM documents WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(Optional.ofNullable(row.getString(1)).orElse("documents"));
            }
        }
    }

    private static ImportResult unchanged(String id, Path file, String dataset) {
        return new ImportResult(
                id, file.getFileName().toString(), dataset, IngestResult.Status.UNCHANGED, 0, 0, 0, 0, 0, List.of());
    }

    /**
     * True when the connection already holds the temporary state tables: they never change, and
     * loading them took longer than importing a file of a few thousand events. (The CAMEO roots are
     * a table of the store.)
     */
    private boolean codesLoaded() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = 'import_states'")) {
            row.next();
            return row.getLong(1) > 0;
        }
    }
}
