package org.entente.app.web;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads, extracts and stores one uploaded document, as {@code entente ingest} does for a file: one
 * transaction, and content already stored (same bytes) left as it is. The workbench calls it from
 * its single upload thread, one document at a time, so an implementation need not be thread-safe
 * but may take minutes (the first call may load the language models).
 */
@FunctionalInterface
public interface Intake {
    /** The stages of one document, reported in this order; a document already stored skips the last two. */
    enum Stage {
        READING,
        EXTRACTING,
        STORING
    }

    /**
     * What became of the document.
     *
     * @param document the stored document's id (the SHA-256 of its bytes)
     * @param alreadyStored true when the same content was stored before and nothing was written
     * @param source the source the store records for it: for a document already stored, the name
     *     it was first stored under
     */
    record Stored(String document, boolean alreadyStored, String source, int sentences, int assertions) {
        public Stored {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(source, "source");
            if (sentences < 0 || assertions < 0) {
                throw new IllegalArgumentException("counts must be >= 0, were " + sentences + " and " + assertions);
            }
        }
    }

    /**
     * Takes one document.
     *
     * @param name the file name it came with, whose extension picks the reader
     * @param content its bytes, already checked for size and type
     * @param stages told as each stage begins
     * @throws org.entente.core.InputException with a message for the user (naming the file and,
     *     where known, the line or page) when the document cannot be read or stored
     */
    Stored take(String name, byte[] content, Consumer<Stage> stages);
}
