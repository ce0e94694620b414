package org.entente.core;

/** The read stage: bytes of a file in, a structured document out. Implementations are thread-safe. */
public interface DocumentReader {
    /**
     * @param source the name to report and store (a path or a file name)
     * @param content the file's bytes
     * @throws InputException when the content cannot be read as a document; the message names the source
     */
    Document read(String source, byte[] content);
}
