package org.entente.reader;

import java.util.Locale;
import java.util.Optional;
import org.entente.core.DocumentReader;
import org.entente.core.InputException;

/**
 * The readers Entente knows, chosen by file name. Every reader returned is thread-safe and refuses
 * content larger than {@link #MAX_BYTES} with an {@link InputException} naming the source.
 */
public final class Readers {
    /** The largest file a reader accepts, in bytes (64 MiB). */
    public static final long MAX_BYTES = 64L << 20;

    private static final DocumentReader PLAIN_TEXT = new PlainTextReader();
    private static final DocumentReader HTML = new HtmlReader();
    private static final DocumentReader PDF = new PdfReader();

    private Readers() {}

    /**
     * The reader for a file name by its extension ({@code .txt}, {@code .text}, {@code .md}, {@code .html}, {@code .htm}, {@code .pdf}).
     *
     * @throws InputException naming the file when its type is not supported
     */
    public static DocumentReader forFile(String fileName) {
        return readerFor(fileName)
                .orElseThrow(() -> new InputException(
                        fileName + ": unsupported file type (supported: .txt, .text, .md, .html, .htm, .pdf)"));
    }

    /**
     * Reads a file with the reader for its name, keeping the running header the reader took off the
     * pages (none for web pages).
     *
     * @param source the file's name or path, as reported; its extension picks the reader
     * @throws InputException naming the file when its type is not supported or it cannot be read
     */
    public static Reading read(String source, byte[] content) {
        DocumentReader reader = forFile(source);
        return reader instanceof LayoutReader layout
                ? layout.reading(source, content)
                : new Reading(reader.read(source, content), Optional.empty());
    }

    /** True when {@link #forFile(String)} has a reader for this name. */
    public static boolean isSupported(String fileName) {
        return readerFor(fileName).isPresent();
    }

    private static Optional<DocumentReader> readerFor(String fileName) {
        if (fileName == null) {
            throw new IllegalArgumentException("file name must not be null");
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
            return Optional.of(PLAIN_TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }
}
