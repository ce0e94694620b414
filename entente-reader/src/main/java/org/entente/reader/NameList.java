package org.entente.reader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a byline written without "by": two or more personal names joined by commas, "and" or "&"
 * ("Mara Lindqvist and Tomas Okafor"). A line of Title Case words has the same shape ("Old Quarrels
 * and New Players"), so every word of a name must be one the document never writes in lower case:
 * names are not common words. One pass over the document's lines for the check: linear.
 */
final class NameList {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*and\\s+|\\s*,\\s*|\\s+and\\s+|\\s*&\\s*");
    /** A capitalised word of a name, or an initial ("J."). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}(?:\\.|[\\p{L}'\u2019-]+)");

    /** A byline with "by" is {@link MetadataReader}'s own. */
    private static final Pattern BY = Pattern.compile("(?i:by)\\s");

    private static final Set<String> PARTICLES =
            Set.of("de", "van", "von", "der", "den", "al", "bin", "da", "di", "la", "le", "du", "dos");
    private static final int MAX_LENGTH = 120;
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 4;

    private NameList() {}

    /** The names the line holds, when it is such a byline; empty otherwise. */
    static Optional<List<String>> read(String line, Layout layout) {
        if (line.length() > MAX_LENGTH
                || Paragraphs.endsSentence(line)
                || BY.matcher(line).lookingAt()) {
            return Optional.empty();
        }
        String[] names = SEPARATOR.split(line);
        if (names.length < 2) {
            return Optional.empty();
        }
        Set<String> words = new HashSet<>();
        List<String> authors = new ArrayList<>();
        for (String name : names) {
            String[] parts = name.strip().split("\\s+");
            if (parts.length < MIN_NAME_WORDS || parts.length > MAX_NAME_WORDS) {
                return Optional.empty();
            }
            for (String part : parts) {
                if (PARTICLES.contains(part)) {
                    continue;
                }
                if (!NAME_WORD.matcher(part).matches()) {
                    return Optional.empty();
                }
                words.add(part.toLowerCase(Locale.ROOT));
            }
            authors.add(name.strip());
        }
        return writtenInLowerCase(words, layout) ? Optional.empty() : Optional.of(authors);
    }

    /**
     * Whether any of the (lower-cased) words stands in some line in lower case. The few words are
     * compared in place, so the pass over the document allocates nothing.
     */
    private static boolean writtenInLowerCase(Set<String> words, Layout layout) {
        for (int i = 0; i < layout.size(); i++) {
            String text = layout.text(i);
            int k = 0;
            while (k < text.length()) {
                if (!Character.isLetter(text.charAt(k))) {
                    k++;
                    continue;
                }
                int start = k;
                while (k < text.length() && Character.isLetter(text.charAt(k))) {
                    k++;
                }
                if (Character.isLowerCase(text.charAt(start)) && isOneOf(words, text, start, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOneOf(Set<String> words, String text, int start, int end) {
        for (String word : words) {
            if (word.length() == end - start && text.regionMatches(start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
