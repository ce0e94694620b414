package org.entente.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing one file of several came to: its result, or the one line saying why it was refused
 * (it names the file; nothing of the file was written).
 */
public record ImportOutcome(Path file, Optional<ImportResult> result, Optional<String> refusal) {
    public ImportOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(refusal, "refusal");
        if (result.isPresent() == refusal.isPresent()) {
            throw new IllegalArgumentException("the outcome of " + file + " has either a result or a refusal");
        }
    }

    /** The file was imported, or found already imported. */
    public static ImportOutcome imported(Path file, ImportResult result) {
        return new ImportOutcome(file, Optional.of(result), Optional.empty());
    }

    /** The file was refused with {@code message}. */
    public static ImportOutcome refused(Path file, String message) {
        return new ImportOutcome(file, Optional.empty(), Optional.of(message));
    }
}
