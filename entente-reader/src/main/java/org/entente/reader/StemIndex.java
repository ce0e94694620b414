package org.entente.reader;

import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.ObjectIntHashMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Every stem of a document's body lines with its positions, counted in stems from the start; built
 * from the stems the lexicon's pass recorded ({@link LineStems}), so that a pull-quote candidate finds
 * its words nearby in time proportional to the hits, not to the text around it.
 *
 * <p>A stem is at most five lower-case letters, so one of plain ASCII letters packs into an int (five
 * bits a letter) and is looked up without a string or an array; any other stem goes through a map
 * of strings. The positions are kept grouped by stem in one array (a counting sort of the stems in
 * reading order). Cost: linear in the body text, two int arrays of its stem count (besides the
 * recorded stems of the whole text).
 */
final class StemIndex {
    private static final int[] STOP_KEYS =
            PullQuotes.STOP.stream().mapToInt(StemIndex::asciiKey).toArray();

    /** Distinct stems an article has, about; a longer text grows the map. */
    private static final int EXPECTED_STEMS = 1024;

    private final Ids ids;
    /** The positions of stem {@code id} are {@code positions[first[id], first[id + 1])}, ascending. */
    private final int[] first;

    private final int[] positions;
    private final int[] lineStart;

    private StemIndex(Ids ids, int[] first, int[] positions, int[] lineStart) {
        this.ids = ids;
        this.first = first;
        this.positions = positions;
        this.lineStart = lineStart;
    }

    /**
     * Indexes the stems of the body lines as {@link CandidateStems} finds a candidate's: a line the
     * lexicon's pass recorded with the text it still has gives its recorded stems, any other is
     * tokenised now.
     */
    static StemIndex of(Layout layout, LineStems recorded) {
        StemStream stream = new StemStream(recorded.ids(), capacity(layout));
        int[] lineStart = new int[layout.size() + 1];
        char[] line = new char[256];
        for (int j = 0; j < layout.size(); j++) {
            lineStart[j] = stream.size();
            if (!layout.is(j, Role.BODY)) {
                continue;
            }
            String text = layout.text(j);
            if (recorded.holds(j, text)) {
                recorded.copyLine(j, stream);
                continue;
            }
            if (line.length < text.length()) {
                line = new char[Math.max(text.length(), 2 * line.length)];
            }
            text.getChars(0, text.length(), line, 0);
            stream.addStems(line, 0, text.length());
        }
        lineStart[layout.size()] = stream.size();
        return group(recorded.ids(), stream.array(), stream.size(), lineStart);
    }

    /**
     * A bound on the body's stems: each takes three letters and a character after it, but the last
     * of a line; so the stream is allocated once.
     */
    private static int capacity(Layout layout) {
        long bound = 16;
        for (int j = 0; j < layout.size(); j++) {
            if (layout.is(j, Role.BODY)) {
                bound += (layout.text(j).length() + 1) / 4;
            }
        }
        return (int) Math.min(Integer.MAX_VALUE - 8, bound);
    }

    /** {@link Character#isLetter(char)}, with ASCII decided by ranges. */
    static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** Groups the positions by stem: count, prefix sums, place. Positions stay ascending. */
    private static StemIndex group(Ids ids, int[] stream, int count, int[] lineStart) {
        int[] first = new int[ids.size() + 1];
        for (int p = 0; p < count; p++) {
            first[stream[p] + 1]++;
        }
        for (int id = 0; id < ids.size(); id++) {
            first[id + 1] += first[id];
        }
        int[] next = Arrays.copyOf(first, ids.size());
        int[] positions = new int[count];
        for (int p = 0; p < count; p++) {
            positions[next[stream[p]]++] = p;
        }
        return new StemIndex(ids, first, positions, lineStart);
    }

    /** The position of the first stem of line {@code line} (or of the next line that has one). */
    int lineStart(int line) {
        return lineStart[line];
    }

    /** The id of the ASCII stem with the packed key ({@link #asciiKey}), or -1 when the body has none such. */
    int asciiId(int key) {
        return ids.find(key);
    }

    /** The id of a lower-case stem, or -1 when the body has none such. */
    int find(String lower) {
        return ids.find(lower);
    }

    /** Whether the id is a stop word's, which counts as a stem only when cut from a longer word. */
    boolean isStop(int id) {
        return id < STOP_KEYS.length;
    }

    /** Calls {@code action} with each position of stem {@code id} in [from, to), ascending. */
    void forEachPosition(int id, int from, int to, IntConsumer action) {
        int end = first[id + 1];
        int k = Arrays.binarySearch(positions, first[id], end, from);
        for (k = k >= 0 ? k : -k - 1; k < end && positions[k] < to; k++) {
            action.accept(positions[k]);
        }
    }

    /**
     * The key of a stem of ASCII lower-case letters, one to five of them: each letter in five bits,
     * so distinct stems have distinct keys and every key is positive; 0 for any other text.
     */
    static int asciiKey(CharSequence stem) {
        if (stem.length() > 5) {
            return 0;
        }
        int key = 0;
        for (int k = stem.length() - 1; k >= 0; k--) {
            char c = stem.charAt(k);
            if (c < 'a' || c > 'z') {
                return 0;
            }
            key = key << 5 | c - 'a' + 1;
        }
        return key;
    }

    /**
     * Stems to dense ids: ASCII ones by their packed key, others by their string, each in one of
     * HPPC's primitive maps: as fast on the seed article as the hand-written table they replace.
     */
    static final class Ids {
        private final IntIntHashMap ascii = new IntIntHashMap(EXPECTED_STEMS);
        private final ObjectIntHashMap<String> others = new ObjectIntHashMap<>();
        private int size;

        int size() {
            return size;
        }

        /** The stop words take the first ids, so that telling one costs no more than finding its id. */
        Ids() {
            for (int key : STOP_KEYS) {
                add(key);
            }
        }

        private static int stemOrStop(int id, boolean cut) {
            return cut || id >= STOP_KEYS.length ? id : -1;
        }

        /** As {@link #stem(char[], int, int, boolean)} for a stem of ASCII letters by its key. */
        int stem(int key, boolean cut) {
            return stemOrStop(add(key), cut);
        }

        /**
         * The id of the lower-cased stem {@code line[from, to)}, added when new; -1 for a stop word
         * unless the stem was cut from a longer word ({@code cut}).
         */
        int stem(char[] line, int from, int to, boolean cut) {
            String lower = new String(line, from, to - from).toLowerCase(Locale.ROOT);
            int key = asciiKey(lower);
            if (key != 0) {
                return stemOrStop(add(key), cut);
            }
            int slot = others.indexOf(lower);
            if (others.indexExists(slot)) {
                return others.indexGet(slot);
            }
            others.indexInsert(slot, lower, size);
            return size++;
        }

        /** The id of a lower-case stem, or -1 when the body has none such. */
        int find(String lower) {
            int key = asciiKey(lower);
            return key == 0 ? others.getOrDefault(lower, -1) : find(key);
        }

        /** The id of an ASCII stem by its key, or -1 when the body has none such. */
        int find(int key) {
            return ascii.getOrDefault(key, -1);
        }

        private int add(int key) {
            int slot = ascii.indexOf(key);
            if (ascii.indexExists(slot)) {
                return ascii.indexGet(slot);
            }
            ascii.indexInsert(slot, key, size);
            return size++;
        }
    }
}
