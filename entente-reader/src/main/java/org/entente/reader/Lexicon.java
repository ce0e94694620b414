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
    /** Characters of text per distinct word, to size the table once: an article has about 20. */
    private static final int CHARS_PER_NEW_WORD = 16;
    /** The most words the table is sized for up front; a larger text grows it. */
    private static final int MAX_EXPECTED = 1 << 14;

    private final WordTable words;
    private byte[] counts;
    private final Set<String> hyphenated = new HashSet<>();
    /** Where the stems of the lines are recorded for the pull-quote index, or null when they are not. */
    private final LineStems stems;
    /** The characters of the line being added, reused. */
    private char[] line = new char[256];

    /** An empty lexicon, sized for a short text; lines come through {@link #addLine(String)}. */
    Lexicon() {
        this(0, null);
    }

    private Lexicon(int expectedWords, LineStems stems) {
        words = new WordTable(expectedWords);
        counts = new byte[Math.max(1024, expectedWords)];
        this.stems = stems;
    }

    static Lexicon of(Layout layout) {
        long chars = 0;
        for (int i = 0; i < layout.size(); i++) {
            chars += layout.text(i).length();
        }
        // A stem takes three letters and a character after it, but the last of a line.
        long expectedStems = Math.min(Integer.MAX_VALUE - 8, (chars + layout.size()) / 4 + 16);
        LineStems stems = new LineStems(layout.size(), (int) expectedStems);
        Lexicon lexicon = new Lexicon((int) Math.min(MAX_EXPECTED, chars / CHARS_PER_NEW_WORD), stems);
        for (int i = 0; i < layout.size(); i++) {
            stems.startLine(layout.text(i));
            lexicon.addLine(layout.text(i));
        }
        stems.finish();
        return lexicon;
    }

    /**
     * The stems of the lines as this lexicon read them, for the pull-quote index; only a lexicon made
     * {@link #of(Layout)} a layout has them.
     */
    LineStems stems() {
        if (stems == null) {
            throw new IllegalStateException("a lexicon built line by line records no stems");
        }
        return stems;
    }

    void addLine(String text) {
        int length = text.length();
        if (line.length < length) {
            line = new char[Math.max(length, 2 * line.length)];
        }
        char[] chars = line;
        text.getChars(0, length, chars, 0);
        int i = 0;
        while (i < length) {
            int start = i;
            int letters = start;
            while (letters < length && isAsciiLetter(chars[letters])) {
                letters++;
            }
            int end = letters;
            while (end < length && !breaksWord(chars[end])) {
                end++;
            }
            if (letters > start && closesWord(chars, letters, end)) {
                // Most tokens: ASCII letters, perhaps punctuation after them, which addToken would trim.
                int id = words.addSegment(chars, start, letters);
                count(id);
                if (stems != null) {
                    // The letters are the token's one run of letters: its stem is the word's.
                    stems.addWord(id, chars, start, letters);
                }
            } else if (end > start) {
                addToken(chars, start, end, end == length);
                if (stems != null) {
                    // White space and dashes are no letters: the token's runs of letters are all its own.
                    stems.addStems(chars, start, end);
                }
            }
            i = end + 1;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** Whether {@code chars[from, to)} is what {@link #addToken} trims from a word's end: no letter, digit or hyphen. */
    private static boolean closesWord(char[] chars, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isLetterOrDigit(chars[k]) || chars[k] == '-') {
                return false;
            }
        }
        return true;
    }

    /** White space or an em dash; printable ASCII is decided without a table lookup. */
    private static boolean breaksWord(char c) {
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return c == ' ' || c == '\u2014' || Character.isWhitespace(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII decided by ranges. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private void addToken(char[] chars, int first, int to, boolean lineEnd) {
        int start = first;
        int end = to;
        while (start < end && !isLetterOrDigit(chars[start])) {
            start++;
        }
        while (end > start && !isLetterOrDigit(chars[end - 1]) && chars[end - 1] != '-') {
            end--;
        }
        if (end == start || lineEnd && chars[end - 1] == '-' || Character.isDigit(chars[start])) {
            return;
        }
        if (end - start > 2 && chars[end - 1] == 's' && (chars[end - 2] == '\u2019' || chars[end - 2] == '\'')) {
            end -= 2;
        }
        int from = start;
        while (true) {
            count(words.addSegment(chars, from, end));
            int stop = words.segmentEnd();
            if (stop == end) {
                break;
            }
            from = stop + 1;
        }
        if (from != start) {
            hyphenated.add(new String(chars, start, end - start).toLowerCase(Locale.ROOT));
        }
    }

    /** Counts one more sighting of the word {@code id} (none when -1), up to two. */
    private void count(int id) {
        if (id < 0) {
            return;
        }
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
