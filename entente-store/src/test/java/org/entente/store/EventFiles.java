package org.entente.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Event files the import tests write: lines joined with newlines, in UTF-8. */
final class EventFiles {
    private EventFiles() {}

    static Path write(Path folder, String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
