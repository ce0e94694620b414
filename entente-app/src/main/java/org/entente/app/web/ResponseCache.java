package org.entente.app.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of recent GET requests, keyed by path and query. The server holds the store alone, so
 * an answer changes only when the server takes a write, which calls {@link #invalidate()}. An
 * answer computed while a write was under way is not kept. Bounded: the {@code capacity} most
 * recently used answers, each at most {@code maxChars}. Thread-safe.
 */
final class ResponseCache {
    private final int capacity;
    private final int maxChars;
    private final Map<String, String> entries;
    private long generation;

    ResponseCache(int capacity, int maxChars) {
        this.capacity = capacity;
        this.maxChars = maxChars;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > ResponseCache.this.capacity;
            }
        };
    }

    synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The generation to pass to {@link #put} for an answer computed from now on. */
    synchronized long generation() {
        return generation;
    }

    synchronized void put(String key, String json, long computedAt) {
        if (computedAt == generation && json.length() <= maxChars) {
            entries.put(key, json);
        }
    }

    synchronized void invalidate() {
        generation++;
        entries.clear();
    }
}
