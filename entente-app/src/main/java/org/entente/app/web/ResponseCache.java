package org.entente.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The answers of recent GET requests, keyed by path and query, kept as bytes ready to send: the
 * JSON, its gzip form and its entity tag. The server holds the store alone, so an answer changes
 * only when the server takes a write, which calls {@link #invalidate()}. An answer computed while a
 * write was under way is not kept. Bounded: the {@code capacity} most recently used answers, each
 * at most {@code maxBytes} of JSON. Thread-safe.
 */
final class ResponseCache {
    /** Below this many bytes an answer is sent as it is: gzip would save less than it costs. */
    static final int GZIP_FROM = 1024;

    private final int capacity;
    private final int maxBytes;
    private final Map<String, Answer> entries;
    private long generation;

    /**
     * One answer ready to send. {@code gzip} is empty when the JSON is too small to be worth
     * compressing; {@code etag} is a quoted digest of the JSON, so equal answers have equal tags.
     */
    record Answer(byte[] json, Optional<byte[]> gzip, String etag) {
        Answer {
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(gzip, "gzip");
            Objects.requireNonNull(etag, "etag");
        }

        static Answer of(byte[] json) {
            Optional<byte[]> gzip = json.length < GZIP_FROM ? Optional.empty() : Optional.of(gzip(json));
            return new Answer(json, gzip, tag(json));
        }

        /** True when an If-None-Match header names this answer's tag (or is {@code *}). */
        boolean matches(String ifNoneMatch) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::trim)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                    .anyMatch(t -> t.equals(etag) || t.equals("*"));
        }

        private static byte[] gzip(byte[] json) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(json);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot gzip an answer in memory", e);
            }
            return out.toByteArray();
        }

        private static String tag(byte[] json) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
                return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JVM lacks SHA-256", e);
            }
        }
    }

    ResponseCache(int capacity, int maxBytes) {
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > ResponseCache.this.capacity;
            }
        };
    }

    synchronized Optional<Answer> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The generation to pass to {@link #put} for an answer computed from now on. */
    synchronized long generation() {
        return generation;
    }

    synchronized void put(String key, Answer answer, long computedAt) {
        if (computedAt == generation && answer.json().length <= maxBytes) {
            entries.put(key, answer);
        }
    }

    synchronized void invalidate() {
        generation++;
        entries.clear();
    }
}
