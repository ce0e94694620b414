package org.entente.reader;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of one document, as evidence for repairs: which words stand alone, which appear with a
 * hyphen inside. Built in one pass over all lines; lookups are constant time. A word cut at a line's
 * end ("hege-") is not counted.
 */
final class Lexicon {
    private final WordTable words = new WordTable();
    private byte[] counts = new byte[1024];
    private final Set<String> hyphenated = new HashSet<>();
    /** The characters of the line being added, reused. */
    private char[] line = new char[256];

    static Lexicon of(Layout layout) {
        Lexicon lexicon = new Lexicon();
        for (int i = 0; i < layout.size(); i++) {
            lexicon.addLine(layout.text(i));
        }
        return lexicon;
    }

    void addLine(String text) {
        int start = 0;
        int length = text.length();
        if (line.length < length) {
            line = new char[Math.max(length, 2 * line.length)];
        }
        char[] chars = line;
        text.getChars(0, length, chars, 0);
        for (int i = 0; i <= length; i++) {
            if (i == length || chars[i] == ' ' || chars[i] == '\u2014' || Character.isWhitespace(chars[i])) {
                if (i > start) {
                    addToken(chars, start, i, i == length);
                }
                start = i + 1;
            }
        }
    }

    private void addToken(char[] chars, int first, int to, boolean lineEnd) {
        int start = first;
        int end = to;
        while (start < end && !Character.isLetterOrDigit(chars[start])) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(chars[end - 1]) && chars[end - 1] != '-') {
            end--;
        }
        if (end == start || lineEnd && chars[end - 1] == '-' || Character.isDigit(chars[start])) {
            return;
        }
        if (end - start > 2 && chars[end - 1] == 's' && (chars[end - 2] == '\u2019' || chars[end - 2] == '\'')) {
            end -= 2;
        }
        int hyphen = indexOf(chars, '-', start, end);
        if (hyphen < 0) {
            addWord(chars, start, end);
            return;
        }
        hyphenated.add(new String(chars, start, end - start).toLowerCase(Locale.ROOT));
        int from = start;
        while (hyphen >= 0) {
            addWord(chars, from, hyphen);
            from = hyphen + 1;
            hyphen = indexOf(chars, '-', from, end);
        }
        addWord(chars, from, end);
    }

    private static int indexOf(char[] chars, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (chars[k] == c) {
                return k;
            }
        }
        return -1;
    }

    private void addWord(char[] chars, int from, int to) {
        if (from == to) {
            return;
        }
        int id = words.add(chars, from, to);
        if (id >= counts.length) {
            counts = Arrays.copyOf(counts, 2 * counts.length);
        }
        if (counts[id] < 2) {
            counts[id]++;
        }
    }

    /** Whether the word appears on its own, compared without case. */
    boolean hasWordIgnoringCase(String word) {
        return count(word) > 0;
    }

    /** How often the word appears on its own, compared without case, counted up to two. */
    int count(String word) {
        int id = words.find(word.toLowerCase(Locale.ROOT));
        return id < 0 ? 0 : counts[id];
    }

    /** Whether "first-second" appears as a compound, compared without case. */
    boolean hasCompound(String first, String second) {
        return hyphenated.contains((first + "-" + second).toLowerCase(Locale.ROOT));
    }
}
