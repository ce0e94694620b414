package org.entente.store;

import java.util.Objects;

/**
 * What ingesting one extraction did.
 *
 * @param source the source as the store now records it: for {@link Status#UNCHANGED}, the source of
 *     the copy already stored, which may name another file with the same content
 * @param sentences the number of sentences the store holds for the document
 * @param assertions the number of assertions the store holds for the document
 */
public record IngestResult(String documentId, String source, Status status, int sentences, int assertions) {

    /** Whether the document was new, already there with the same content, or rewritten. */
    public enum Status {
        ADDED,
        /** The same content (same hash) was already stored; nothing was written. */
        UNCHANGED,
        /** The same content was stored and has been deleted and written again, as asked. */
        REPLACED
    }

    public IngestResult {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        if (sentences < 0 || assertions < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + sentences + " and " + assertions);
        }
    }
}
