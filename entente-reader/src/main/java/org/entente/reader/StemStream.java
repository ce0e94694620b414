package org.entente.reader;

import java.util.Arrays;

/**
 * Stems in reading order, each as its id in a {@link StemIndex.Ids} the streams of one reading share.
 * This holds the one tokeniser of stems: words are maximal runs of letters, of which those of three
 * letters or more count, lower-cased and cut to five letters. Not thread-safe: one per reading.
 */
final class StemStream {
    /** Marks a key whose stem has a letter beyond ASCII: the sign bit, which no packed stem sets. */
    private static final int NOT_ASCII = Integer.MIN_VALUE;

    private final StemIndex.Ids ids;
    private int[] stems;
    private int size;

    StemStream(StemIndex.Ids ids, int capacity) {
        this.ids = ids;
        this.stems = new int[Math.max(16, capacity)];
    }

    StemIndex.Ids ids() {
        return ids;
    }

    int size() {
        return size;
    }

    /** The ids in order; only the first {@link #size()} are the stream's. */
    int[] array() {
        return stems;
    }

    /** Appends a stem's id; nothing for -1, a word that is no stem. */
    void add(int id) {
        if (id < 0) {
            return;
        }
        if (size == stems.length) {
            stems = Arrays.copyOf(stems, 2 * size);
        }
        stems[size++] = id;
    }

    /** Appends ids [from, to) of another stream over the same ids. */
    void addAll(StemStream other, int from, int to) {
        int count = to - from;
        if (stems.length - size < count) {
            stems = Arrays.copyOf(stems, Math.max(size + count, 2 * stems.length));
        }
        System.arraycopy(other.stems, from, stems, size, count);
        size += count;
    }

    /** Appends the stems of the words in {@code chars[from, to)}. */
    void addStems(char[] chars, int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && !StemIndex.isLetter(chars[i])) {
                i++;
            }
            int start = i;
            int key = 0;
            while (i < to && StemIndex.isLetter(chars[i])) {
                if (i - start < 5) {
                    key |= chars[i] < 0x80 ? (chars[i] | 0x20) - 'a' + 1 << 5 * (i - start) : NOT_ASCII;
                }
                i++;
            }
            if (i - start >= 3) {
                add(
                        key >= 0
                                ? ids.stem(key, i - start > 5)
                                : ids.stem(chars, start, Math.min(i, start + 5), i - start > 5));
            }
        }
    }

    /**
     * The id of the stem of a word of ASCII letters only, {@code chars[from, to)}, as {@link #addStems}
     * would find it; -1 when the word is no stem. Adds the stem when new, appends nothing.
     */
    int asciiStem(char[] chars, int from, int to) {
        int length = to - from;
        if (length < 3) {
            return -1;
        }
        int key = 0;
        for (int k = 0; k < Math.min(5, length); k++) {
            key |= (chars[from + k] | 0x20) - 'a' + 1 << 5 * k;
        }
        return ids.stem(key, length > 5);
    }
}
