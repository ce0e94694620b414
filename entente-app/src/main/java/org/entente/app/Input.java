package org.entente.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.entente.core.InputException;
import org.entente.reader.Readers;

/** One document to ingest: a name to report and a way to get its bytes, bounded in size. */
interface Input {
    String source();

    /** The content; at most {@link Readers#MAX_BYTES}. @throws InputException naming the source */
    byte[] bytes();

    static Input file(Path path) {
        return new Input() {
            @Override
            public String source() {
                return path.toString();
            }

            @Override
            public byte[] bytes() {
                try {
                    if (Files.isDirectory(path)) {
                        throw new InputException(path + ": is a folder where a file was expected");
                    }
                    long size = Files.size(path);
                    if (size > Readers.MAX_BYTES) {
                        throw new InputException(path + ": " + (size >> 20) + " MB is more than the limit of "
                                + (Readers.MAX_BYTES >> 20) + " MB a document");
                    }
                    return Files.readAllBytes(path);
                } catch (NoSuchFileException e) {
                    throw new InputException(path + ": no such file");
                } catch (IOException e) {
                    throw new InputException(path + ": cannot be read (" + e.getMessage() + ")", e);
                }
            }
        };
    }

    /** Content already in memory, such as an upload, reported under {@code name}. */
    static Input bytes(String name, byte[] content) {
        return new Input() {
            @Override
            public String source() {
                return name;
            }

            @Override
            public byte[] bytes() {
                return content;
            }
        };
    }

    static Input resource(String name) {
        return new Input() {
            @Override
            public String source() {
                return name;
            }

            @Override
            public byte[] bytes() {
                try (InputStream in = Input.class.getResourceAsStream("/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the jar lacks its resource " + name);
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read the jar's resource " + name, e);
                }
            }
        };
    }
}
