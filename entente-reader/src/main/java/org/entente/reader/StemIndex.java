package org.entente.reader;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Every stem of a document's body lines with its positions, counted in stems from the start; built
 * in one pass, so that a pull-quote candidate finds its words nearby in time proportional to the
 * hits, not to the text around it.
 */
final class StemIndex {
    private final Map<String, Positions> positions;
    private final int[] lineStart;

    private StemIndex(Map<String, Positions> positions, int[] lineStart) {
        this.positions = positions;
        this.lineStart = lineStart;
    }

    static StemIndex of(Layout layout) {
        Map<String, Positions> positions = new HashMap<>();
        int[] lineStart = new int[layout.size() + 1];
        int position = 0;
        for (int j = 0; j < layout.size(); j++) {
            lineStart[j] = position;
            if (layout.is(j, Role.BODY)) {
                for (String stem : Floats.stems(layout.text(j))) {
                    positions.computeIfAbsent(stem, k -> new Positions()).add(position++);
                }
            }
        }
        lineStart[layout.size()] = position;
        return new StemIndex(positions, lineStart);
    }

    /** The position of the first stem of line {@code line} (or of the next line that has one). */
    int lineStart(int line) {
        return lineStart[line];
    }

    /** Calls {@code action} with each position of {@code stem} in [from, to), ascending. */
    void forEachPosition(String stem, int from, int to, IntConsumer action) {
        Positions found = positions.get(stem);
        if (found == null) {
            return;
        }
        int k = Arrays.binarySearch(found.values, 0, found.size, from);
        for (k = k >= 0 ? k : -k - 1; k < found.size && found.values[k] < to; k++) {
            action.accept(found.values[k]);
        }
    }

    /** Positions of one stem, ascending. */
    private static final class Positions {
        private int[] values = new int[2];
        private int size;

        void add(int position) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }
    }
}
