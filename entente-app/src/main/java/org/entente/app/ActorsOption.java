package org.entente.app;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --actors FILE} option of the commands that extract: the user's actors beside the built-in ones. */
final class ActorsOption {
    @Option(
            names = "--actors",
            paramLabel = "FILE",
            description = "More actors, in the format of docs/actors.md; they extend the built-in knowledge base"
                    + " (an id already known is replaced). A bad line is reported and skipped.")
    private Path file;

    /** Tells {@code context} to use the file, when one was given. */
    void applyTo(Context context) {
        Optional.ofNullable(file).ifPresent(context::useActors);
    }
}
