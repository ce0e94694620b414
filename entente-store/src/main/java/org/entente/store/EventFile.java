package org.entente.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An event file as the database reads it: the file itself, or the single entry of a {@code .zip}
 * copied to a temporary file that {@link #close()} deletes.
 */
final class EventFile implements AutoCloseable {
    private final Path original;
    private final Path readable;
    private final Optional<String> entry;

    private EventFile(Path original, Path readable, Optional<String> entry) {
        this.original = original;
        this.readable = readable;
        this.entry = entry;
    }

    /**
     * Opens {@code file}, unpacking it when its name ends in {@code .zip}.
     *
     * @throws StoreException when the file cannot be read or is not a zip archive with one entry
     */
    static EventFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such file; nothing imported");
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return new EventFile(file, file, Optional.empty());
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null) {
                throw new StoreException(file + ": not a zip archive, or an empty one; nothing imported");
            }
            Path copy = Files.createTempFile("entente-import", ".csv");
            try {
                Files.copy(zip, copy, StandardCopyOption.REPLACE_EXISTING);
                if (zip.getNextEntry() != null) {
                    throw new StoreException(file + ": a zip archive with more than one file; unpack it and"
                            + " import the files one by one; nothing imported");
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
            return new EventFile(file, copy, Optional.of(first.getName()));
        } catch (IOException e) {
            throw new StoreException(
                    file + ": not a readable zip archive (" + e.getMessage() + "); nothing imported", e);
        }
    }

    /** The file to give the database. */
    Path readable() {
        return readable;
    }

    /** How messages name a line of the file: "events.zip (events.CSV)" or the file as given. */
    String name() {
        return original + entry.map(e -> " (" + e + ")").orElse("");
    }

    /** The first line of the readable file, empty for an empty file. */
    Optional<String> firstLine() {
        try (BufferedReader reader = Files.newBufferedReader(readable, StandardCharsets.UTF_8)) {
            return Optional.ofNullable(reader.readLine());
        } catch (IOException e) {
            throw new StoreException(
                    name() + ": cannot be read as UTF-8 text (" + e.getMessage() + "); nothing imported", e);
        }
    }

    /** The SHA-256 of the original file's bytes (the zip's, for a zip), in 64 hex digits: the document id. */
    String sha256() {
        try (InputStream in =
                new DigestInputStream(Files.newInputStream(original), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest sees every byte read
            }
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new StoreException(original + ": cannot be read (" + e.getMessage() + "); nothing imported", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public void close() {
        if (!readable.equals(original)) {
            try {
                Files.deleteIfExists(readable);
            } catch (IOException e) {
                throw new StoreException("cannot delete the temporary copy " + readable + ": " + e.getMessage(), e);
            }
        }
    }
}
