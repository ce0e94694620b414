package org.entente.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Every stem of a document's body lines with its positions, counted in stems from the start; built
 * in one pass, so that a pull-quote candidate finds its words nearby in time proportional to the
 * hits, not to the text around it.
 */
final class StemIndex {
    private final WordTable stems;
    private final List<Positions> positions;
    private final int[] lineStart;

    private StemIndex(WordTable stems, List<Positions> positions, int[] lineStart) {
        this.stems = stems;
        this.positions = positions;
        this.lineStart = lineStart;
    }

    /** Indexes the stems of the body lines as {@link Floats#stems(String)} finds them. */
    static StemIndex of(Layout layout) {
        WordTable stems = new WordTable();
        List<Positions> positions = new ArrayList<>();
        for (String stop : Floats.STOP) {
            stems.add(stop);
            positions.add(null);
        }
        int stopWords = stems.size();
        int[] lineStart = new int[layout.size() + 1];
        int position = 0;
        char[] text = new char[256];
        for (int j = 0; j < layout.size(); j++) {
            lineStart[j] = position;
            if (!layout.is(j, Role.BODY)) {
                continue;
            }
            String line = layout.text(j);
            int length = line.length();
            if (text.length < length) {
                text = new char[Math.max(length, 2 * text.length)];
            }
            line.getChars(0, length, text, 0);
            int i = 0;
            while (i < length) {
                while (i < length && !Character.isLetter(text[i])) {
                    i++;
                }
                int start = i;
                while (i < length && Character.isLetter(text[i])) {
                    i++;
                }
                if (i - start >= 3) {
                    int id = stems.add(text, start, Math.min(i, start + 5));
                    if (i - start > 5 || id >= stopWords) {
                        while (positions.size() <= id) {
                            positions.add(new Positions());
                        }
                        positions.get(id).add(position++);
                    }
                }
            }
        }
        lineStart[layout.size()] = position;
        return new StemIndex(stems, positions, lineStart);
    }

    /** The position of the first stem of line {@code line} (or of the next line that has one). */
    int lineStart(int line) {
        return lineStart[line];
    }

    /** Calls {@code action} with each position of {@code stem} in [from, to), ascending. */
    void forEachPosition(String stem, int from, int to, IntConsumer action) {
        int id = stems.find(stem);
        Positions found = id < 0 || id >= positions.size() ? null : positions.get(id);
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
