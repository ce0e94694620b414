package org.entente.store;

import java.util.List;
import java.util.Objects;

/**
 * What importing one event file did. The file is stored as one document whose id is the SHA-256 of
 * its bytes; each usable row becomes one assertion with the dataset's own event id.
 *
 * @param dataset the dataset and version read, such as "GDELT 2.0"
 * @param status {@code ADDED}, or {@code UNCHANGED} when a file with the same bytes was imported before
 * @param rows the data rows the file holds (for an unchanged file, 0: it was not read again)
 * @param imported rows stored as new assertions
 * @param duplicates rows whose event id the store already held, from this or another file
 * @param withoutActors rows that do not name two different actors the store can place (in GDELT, a
 *     country code on each side), skipped as the format expects
 * @param rejected rows that could not be read (wrong column count, date, code or number), skipped
 * @param problems one line for each of the first rejected rows: the file, the line and what is wrong
 */
public record ImportResult(
        String documentId,
        String source,
        String dataset,
        IngestResult.Status status,
        long rows,
        long imported,
        long duplicates,
        long withoutActors,
        long rejected,
        List<String> problems) {

    /** How many problems a result lists at most; {@link #rejected()} counts them all. */
    public static final int MAX_PROBLEMS = 10;

    public ImportResult {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(status, "status");
        if (status == IngestResult.Status.REPLACED) {
            throw new IllegalArgumentException("an import adds a file or leaves it unchanged, never replaces it");
        }
        if (rows < 0 || imported < 0 || duplicates < 0 || withoutActors < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        problems = List.copyOf(problems);
    }
}
