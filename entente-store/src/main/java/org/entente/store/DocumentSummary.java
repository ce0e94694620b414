package org.entente.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored document, as listings show it.
 *
 * @param ingestedAt when it was last written (added or replaced), to the microsecond
 */
public record DocumentSummary(
        String id, String source, Optional<String> title, Instant ingestedAt, int sentences, int assertions) {
    public DocumentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        if (sentences < 0 || assertions < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + sentences + " and " + assertions);
        }
    }
}
