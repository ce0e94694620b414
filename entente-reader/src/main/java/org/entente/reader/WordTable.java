package org.entente.reader;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.ObjectIntHashMap;
import java.util.Locale;

/**
 * Lower-cased words to dense ids (0, 1, 2, ... in order of first sight), looked up straight from a
 * line's characters. A word of at most {@value #MAX_PACKED} ASCII letters, nearly every word of a
 * text, packs into a long (five bits a letter, so distinct words have distinct keys) and is found in
 * a primitive map without a string or a comparison of characters; any other word is lower-cased with
 * {@link Locale#ROOT} into a string for a second map. A word is thus told by its lower-cased string,
 * as {@link String#toLowerCase(Locale)} gives it. The maps are HPPC's: on the seed article's words
 * they add a word three to four times faster than the hand-written table of characters they replace
 * (and a little faster than fastutil's maps).
 * Not thread-safe: one per reading.
 */
final class WordTable {
    /** The most letters a packed key holds: twelve of five bits fit in a long's 63 value bits. */
    private static final int MAX_PACKED = 12;

    private static final int BITS_PER_LETTER = 5;

    private final LongIntHashMap packed;
    private final ObjectIntHashMap<String> others = new ObjectIntHashMap<>();
    private int size;
    private int segmentEnd;

    /** A table sized for about {@code expected} words before it first grows. */
    WordTable(int expected) {
        packed = new LongIntHashMap(expected);
    }

    int size() {
        return size;
    }

    /**
     * The id of the lower-cased word that starts at {@code from} and ends before the first hyphen in
     * {@code text[from, to)} or at {@code to}, added when new; -1 when that word is empty. Where it
     * ended is then {@link #segmentEnd()}. One pass over the word's characters when it packs.
     */
    int addSegment(char[] text, int from, int to) {
        long key = 0;
        int k = from;
        for (; k < to && k - from < MAX_PACKED; k++) {
            int letter = letter(text[k]);
            if (letter == 0) {
                break;
            }
            key = key << BITS_PER_LETTER | letter;
        }
        if (k == to || text[k] == '-') {
            segmentEnd = k;
            return k == from ? -1 : id(key);
        }
        return addSegmentSlowly(text, from, k, to);
    }

    /** {@link #addSegment} for a word that does not pack: a character other than an ASCII letter at {@code at}, or too long. */
    private int addSegmentSlowly(char[] text, int from, int at, int to) {
        int k = at;
        while (k < to && text[k] != '-') {
            k++;
        }
        segmentEnd = k;
        return k == from ? -1 : add(new String(text, from, k - from).toLowerCase(Locale.ROOT));
    }

    /** Where the word of the last {@link #addSegment} call ended: a hyphen's index, or its {@code to}. */
    int segmentEnd() {
        return segmentEnd;
    }

    /** The id of a word already in lower case, added when new. */
    int add(String lower) {
        long key = key(lower);
        if (key != 0) {
            return id(key);
        }
        int slot = others.indexOf(lower);
        if (others.indexExists(slot)) {
            return others.indexGet(slot);
        }
        others.indexInsert(slot, lower, size);
        return size++;
    }

    /** The id of a word already in lower case, or -1. */
    int find(String lower) {
        long key = key(lower);
        return key != 0 ? packed.getOrDefault(key, -1) : others.getOrDefault(lower, -1);
    }

    /** The id of the word with this packed key, added when new; one hash lookup either way. */
    private int id(long key) {
        int slot = packed.indexOf(key);
        if (packed.indexExists(slot)) {
            return packed.indexGet(slot);
        }
        packed.indexInsert(slot, key, size);
        return size++;
    }

    /** 1 to 26 for an ASCII letter of either case, 0 for any other character. */
    private static int letter(char c) {
        // c | 0x20 lies in 'a'..'z' exactly when c is an ASCII letter, upper or lower case.
        int letter = (c | 0x20) - ('a' - 1);
        return letter >= 1 && letter <= 26 ? letter : 0;
    }

    /** The packed key of a lower-case word of one to {@value #MAX_PACKED} ASCII letters; 0 for any other. */
    private static long key(String lower) {
        if (lower.isEmpty() || lower.length() > MAX_PACKED) {
            return 0;
        }
        long key = 0;
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            if (c < 'a' || c > 'z') {
                return 0;
            }
            key = key << BITS_PER_LETTER | c - ('a' - 1);
        }
        return key;
    }
}
