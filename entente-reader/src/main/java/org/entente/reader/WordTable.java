package org.entente.reader;

import java.util.Arrays;
import java.util.Locale;

/**
 * Lower-cased words to dense ids (0, 1, 2, ... in order of first sight), looked up straight from a
 * line's characters: a word already seen costs a hash and a comparison, no allocation. ASCII is
 * lower-cased in place; a word with other characters goes through {@link String#toLowerCase(Locale)}
 * with {@link Locale#ROOT}, so ids agree with lower-casing the word as a string. Open addressing with
 * linear probing, kept at most half full; the words' characters are kept end to end in one array, so
 * a new word costs no allocation either. Not thread-safe: one per reading.
 */
final class WordTable {
    /** Per slot: the id of its word plus one, 0 when the slot is empty. */
    private int[] slots;
    /** Per slot: the hash of its word, compared before the word's characters are. */
    private int[] hashes;
    /** Per id: where its word starts in {@link #chars}; it ends where the next id's starts. */
    private int[] starts = new int[64];
    /** The characters of every word, end to end, in the order of their ids. */
    private char[] chars = new char[512];

    private int size;
    private char[] buffer = new char[64];
    private int segmentEnd;

    /** A table sized for about {@code expected} words (at least 512) before it first grows. */
    WordTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(512, expected) * 2 - 1) * 2;
        slots = new int[capacity];
        hashes = new int[capacity];
        starts = new int[capacity / 2 + 1];
        chars = new char[4 * capacity];
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
        char[] word = lower.toCharArray();
        return addLower(word, word.length, hash(word, word.length));
    }

    /** The id of a word already in lower case, or -1. */
    int find(String lower) {
        char[] word = lower.toCharArray();
        return slots[slot(word, word.length, hash(word, word.length))] - 1;
    }

    private int addLower(char[] word, int length, int hash) {
        int slot = slot(word, length, hash);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        int start = starts[size];
        if (start + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(start + length, 2 * chars.length));
        }
        System.arraycopy(word, 0, chars, start, length);
        if (size + 2 > starts.length) {
            starts = Arrays.copyOf(starts, 2 * starts.length);
        }
        starts[size + 1] = start + length;
        slots[slot] = ++size;
        hashes[slot] = hash;
        if (2 * size > slots.length) {
            grow();
        }
        return size - 1;
    }

    private static int hash(char[] word, int length) {
        int hash = 0;
        for (int k = 0; k < length; k++) {
            hash = 31 * hash + word[k];
        }
        return hash;
    }

    private int slot(char[] word, int length, int hash) {
        int mask = slots.length - 1;
        // Fibonacci hashing: the product's top bits depend on every character.
        int slot = hash * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
        while (slots[slot] != 0 && (hashes[slot] != hash || !same(slots[slot] - 1, word, length))) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private boolean same(int id, char[] word, int length) {
        int start = starts[id];
        if (starts[id + 1] - start != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (chars[start + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** Doubles the slots, placing each word again by its kept hash. */
    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[2 * oldSlots.length];
        hashes = new int[2 * oldSlots.length];
        int mask = slots.length - 1;
        for (int k = 0; k < oldSlots.length; k++) {
            if (oldSlots[k] != 0) {
                int slot = oldHashes[k] * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
                while (slots[slot] != 0) {
                    slot = slot + 1 & mask;
                }
                slots[slot] = oldSlots[k];
                hashes[slot] = oldHashes[k];
            }
        }
    }
}
