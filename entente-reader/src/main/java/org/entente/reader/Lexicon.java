package org.entente.reader;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of one document, as evidence for repairs: which words stand alone, which appear with a
 * hyphen inside. Built in one pass over all lines; lookups are constant time. A word cut at a line's
 * end ("hege-") is not counted.
 */
final class Lexicon {
    /** A guess of distinct words per line, to size the table once. */
    private static final int WORDS_PER_LINE = 4;

    private final Map<String, Integer> lowerWords;
    private final Set<String> hyphenated = new HashSet<>();

    Lexicon() {
        this(0);
    }

    private Lexicon(int expectedWords) {
        lowerWords = new HashMap<>(Math.max(16, expectedWords));
    }

    static Lexicon of(Layout layout) {
        Lexicon lexicon = new Lexicon(layout.size() * WORDS_PER_LINE);
        for (int i = 0; i < layout.size(); i++) {
            lexicon.addLine(layout.text(i));
        }
        return lexicon;
    }

    void addLine(String text) {
        int start = 0;
        char[] chars = text.toCharArray();
        int length = chars.length;
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
        String token = new String(chars, start, end - start);
        int hyphen = token.indexOf('-');
        if (hyphen > 0) {
            hyphenated.add(token.toLowerCase(Locale.ROOT));
            int from = 0;
            while (hyphen >= 0) {
                addWord(token.substring(from, hyphen));
                from = hyphen + 1;
                hyphen = token.indexOf('-', from);
            }
            addWord(token.substring(from));
        } else {
            addWord(token);
        }
    }

    private void addWord(String word) {
        if (!word.isEmpty() && !word.endsWith("-")) {
            Integer seen = lowerWords.putIfAbsent(word.toLowerCase(Locale.ROOT), 1);
            if (seen != null && seen == 1) {
                lowerWords.put(word.toLowerCase(Locale.ROOT), 2);
            }
        }
    }

    /** Whether the word appears on its own, compared without case. */
    boolean hasWordIgnoringCase(String word) {
        return lowerWords.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** How often the word appears on its own, compared without case, counted up to two. */
    int count(String word) {
        return lowerWords.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** Whether "first-second" appears as a compound, compared without case. */
    boolean hasCompound(String first, String second) {
        return hyphenated.contains((first + "-" + second).toLowerCase(Locale.ROOT));
    }
}
