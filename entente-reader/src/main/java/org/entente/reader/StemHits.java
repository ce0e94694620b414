package org.entente.reader;

import java.util.Arrays;

/**
 * Where a pull-quote candidate's stems occur near it ({@link Floats}): each hit a position and the
 * stem's number packed in a long, so that sorting the longs sorts by position (a position holds one
 * stem, so there are no ties). Not thread-safe: one per candidate.
 */
final class StemHits {
    private long[] packed = new long[64];
    private int size;

    void add(int position, int stem) {
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, 2 * size);
        }
        packed[size++] = (long) position << Integer.SIZE | stem;
    }

    /** The most distinct stems among the hits within one window of positions. Sort, then two pointers. */
    int bestWindow(int stems, int window) {
        Arrays.sort(packed, 0, size);
        int[] inWindow = new int[stems];
        int distinct = 0;
        int best = 0;
        int first = 0;
        for (int k = 0; k < size; k++) {
            if (inWindow[stem(packed[k])]++ == 0) {
                distinct++;
            }
            while (position(packed[k]) - position(packed[first]) >= window) {
                if (--inWindow[stem(packed[first])] == 0) {
                    distinct--;
                }
                first++;
            }
            best = Math.max(best, distinct);
        }
        return best;
    }

    private static int position(long hit) {
        return (int) (hit >>> Integer.SIZE);
    }

    private static int stem(long hit) {
        return (int) hit;
    }
}
