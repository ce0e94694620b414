package org.entente.reader;

import java.util.Arrays;
import java.util.Locale;

/**
 * Lower-cased words to dense ids (0, 1, 2, ... in order of first sight), looked up straight from a
 * line's characters: a word already seen costs a hash and a comparison, no allocation. ASCII is
 * lower-cased in place; a word with other characters goes through {@link String#toLowerCase(Locale)}
 * with {@link Locale#ROOT}, so ids agree with lower-casing the word as a string. Open addressing with
 * linear probing, kept at most half full. Not thread-safe: one per reading.
 */
final class WordTable {
    private char[][] keys;
    private int[] ids;
    /** The hash of each key, compared before the key's characters are. */
    private int[] hashes;

    private int size;
    private char[] buffer = new char[64];
    private int segmentEnd;

    /** A table sized for about {@code expected} words (at least 512) before it first grows. */
    WordTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(512, expected) * 2 - 1) * 2;
        keys = new char[capacity][];
        ids = new int[capacity];
        hashes = new int[capacity];
    }

    int size() {
        return size;
    }

    /**
     * The id of the lower-cased word that starts at {@code from} and ends before the first hyphen in
     * {@code text[from, to)} or at {@code to}, added when new; -1 when that word is empty. Where it
     * ended is then {@link #segmentEnd()}. One pass over the word's characters.
     */
    int addSegment(char[] text, int from, int to) {
        if (buffer.length < to - from) {
            buffer = new char[Math.max(to - from, 2 * buffer.length)];
        }
        int hash = 0;
        int k = from;
        for (; k < to && text[k] != '-'; k++) {
            char c = text[k];
            if (c >= 0x80) {
                return addSegmentSlowly(text, from, k, to);
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            buffer[k - from] = lower;
            hash = 31 * hash + lower;
        }
        segmentEnd = k;
        return k == from ? -1 : addLower(buffer, k - from, hash);
    }

    /** {@link #addSegment} for a word with a character beyond ASCII at {@code at}. */
    private int addSegmentSlowly(char[] text, int from, int at, int to) {
        int k = at;
        while (k < to && text[k] != '-') {
            k++;
        }
        segmentEnd = k;
        return add(new String(text, from, k - from).toLowerCase(Locale.ROOT));
    }

    /** Where the word of the last {@link #addSegment} call ended: a hyphen's index, or its {@code to}. */
    int segmentEnd() {
        return segmentEnd;
    }

    /** The id of a word already in lower case, added when new. */
    int add(String lower) {
        char[] chars = lower.toCharArray();
        return addLower(chars, chars.length, hash(chars, chars.length));
    }

    /** The id of a word already in lower case, or -1. */
    int find(String lower) {
        char[] chars = lower.toCharArray();
        int slot = slot(chars, chars.length, hash(chars, chars.length));
        return keys[slot] == null ? -1 : ids[slot];
    }

    private int addLower(char[] chars, int length, int hash) {
        int slot = slot(chars, length, hash);
        if (keys[slot] != null) {
            return ids[slot];
        }
        keys[slot] = Arrays.copyOf(chars, length);
        ids[slot] = size++;
        hashes[slot] = hash;
        if (2 * size > keys.length) {
            grow();
        }
        return size - 1;
    }

    private static int hash(char[] chars, int length) {
        int hash = 0;
        for (int k = 0; k < length; k++) {
            hash = 31 * hash + chars[k];
        }
        return hash;
    }

    private int slot(char[] chars, int length, int hash) {
        int mask = keys.length - 1;
        // Fibonacci hashing: the product's top bits depend on every character.
        int slot = hash * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
        while (keys[slot] != null && (hashes[slot] != hash || !same(keys[slot], chars, length))) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private static boolean same(char[] key, char[] chars, int length) {
        if (key.length != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (key[k] != chars[k]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldIds = ids;
        int[] oldHashes = hashes;
        keys = new char[oldKeys.length * 2][];
        ids = new int[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null) {
                char[] chars = oldKeys[k];
                int slot = slot(chars, chars.length, oldHashes[k]);
                keys[slot] = chars;
                ids[slot] = oldIds[k];
                hashes[slot] = oldHashes[k];
            }
        }
    }
}
