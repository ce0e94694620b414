package org.entente.reader;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The distinct content stems of a pull-quote candidate ({@link PullQuotes}): words of three letters
 * or more, lower-cased and cut to five letters, stop words left out unless cut from a longer word.
 * Each is looked up in the body's {@link StemIndex}; this keeps the ids of those the body has, and
 * counts all of them. A word of ASCII letters is read into its packed key as the index reads it,
 * with no string made for it: a candidate is checked against every other word near it, and long
 * texts have many candidates. Cost: linear in the candidate's text.
 *
 * @param ids the distinct ids of the stems the body has
 * @param count how many distinct stems in all, the body's and others
 */
record CandidateStems(int[] ids, int count) {
    private static final int NOT_ASCII = Integer.MIN_VALUE;

    static CandidateStems of(String text, StemIndex index) {
        int[] found = new int[16];
        int foundSize = 0;
        int[] missing = new int[16];
        int missingSize = 0;
        Set<String> missingOthers = new HashSet<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !StemIndex.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            int key = 0;
            while (i < length && StemIndex.isLetter(text.charAt(i))) {
                if (i - start < 5) {
                    char c = text.charAt(i);
                    key |= c < 0x80 ? (c | 0x20) - 'a' + 1 << 5 * (i - start) : NOT_ASCII;
                }
                i++;
            }
            if (i - start < 3) {
                continue;
            }
            boolean cut = i - start > 5;
            String other = null;
            if (key < 0) {
                other = text.substring(start, Math.min(i, start + 5)).toLowerCase(Locale.ROOT);
                key = StemIndex.asciiKey(other);
            }
            if (key != 0) {
                int id = index.asciiId(key);
                if (id >= 0 && !cut && index.isStop(id)) {
                    continue;
                }
                if (id >= 0) {
                    found = grown(found, foundSize);
                    found[foundSize++] = id;
                } else {
                    missing = grown(missing, missingSize);
                    missing[missingSize++] = key;
                }
            } else {
                int id = index.find(other);
                if (id >= 0) {
                    found = grown(found, foundSize);
                    found[foundSize++] = id;
                } else {
                    missingOthers.add(other);
                }
            }
        }
        int[] ids = distinct(found, foundSize);
        return new CandidateStems(ids, ids.length + distinct(missing, missingSize).length + missingOthers.size());
    }

    private static int[] grown(int[] values, int size) {
        return size < values.length ? values : Arrays.copyOf(values, 2 * size);
    }

    private static int[] distinct(int[] values, int size) {
        int[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int kept = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[kept++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, kept);
    }
}
