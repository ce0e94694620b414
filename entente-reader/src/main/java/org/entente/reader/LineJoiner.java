package org.entente.reader;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins physical lines into running text and repairs line-end hyphenation with evidence from the
 * document itself ({@link Lexicon}). A line-end hyphen is removed ("hege-" + "monic") when the joined
 * word appears elsewhere, or when nothing says the hyphen is real; it is kept ("Russian-" +
 * "Turkish-brokered", "Shiite-" + "majority", "long-" + "existing") when the hyphenated form appears
 * elsewhere, the second part is capitalised or a number, the first part is a capitalised word found
 * elsewhere, the first part is a prefix that always takes a hyphen (or one that often does, before a
 * word of the document: "pro-" + "government", not "pro-" + "mised"), or the second part is a usual
 * compound head ("-owned", "-led") after a word of the document. No word list is used: none on Maven
 * Central is both well kept and small enough to be worth a runtime dependency here. Linear.
 */
final class LineJoiner {
    private static final Set<String> HYPHEN_PREFIXES =
            Set.of("self", "well", "long", "non", "anti", "half", "cross", "quasi", "semi");
    /**
     * Prefixes that take a hyphen ("pro-government", "ex-minister", "ill-fated") but begin many more
     * plain words ("promised", "expected", "illegal"): the hyphen is kept only when
     * the second part is a word found elsewhere in the document too (a line's first word is counted
     * where it stands, so once is no evidence).
     */
    private static final Set<String> WEAK_PREFIXES = Set.of("pro", "ex", "ill");
    /** Second parts that make compounds after a word of the document ("decades-long", "state-owned"). */
    private static final Set<String> COMPOUND_HEADS = Set.of(
            "called",
            "long",
            "based",
            "led",
            "backed",
            "owned",
            "run",
            "linked",
            "term",
            "scale",
            "level",
            "wide",
            "free",
            "related",
            "friendly",
            "oriented",
            "born",
            "made",
            "speaking",
            "majority",
            "minded",
            "lived",
            "range",
            "affiliated",
            "brokered",
            "controlled",
            "sponsored",
            "style",
            "year",
            "day",
            "old");

    private static final int MIN_COMPOUND_FIRST = 3;

    private final Lexicon lexicon;

    LineJoiner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            append(out, line);
        }
        return out.toString();
    }

    /** Appends one line to running text, deciding about a hyphen or dash at the end of the text so far. */
    void append(StringBuilder out, String line) {
        if (line.isEmpty()) {
            return;
        }
        int length = out.length();
        if (length == 0) {
            out.append(line);
        } else if (out.charAt(length - 1) == '-' && length > 1 && Character.isLetterOrDigit(out.charAt(length - 2))) {
            if (!keepHyphen(lastToken(out), line)) {
                out.setLength(length - 1);
            }
            out.append(line);
        } else if (out.charAt(length - 1) == '\u2014' || out.charAt(length - 1) == '/') {
            out.append(line);
        } else {
            out.append(' ').append(line);
        }
    }

    /** Whether the hyphen ending {@code left} (given without it) belongs to the word. */
    boolean keepHyphen(String left, String right) {
        String x = lastSegment(left);
        String y = firstSegment(right);
        if (x.isEmpty()
                || y.isEmpty()
                || Character.isDigit(x.charAt(x.length() - 1))
                || !Character.isLetter(y.charAt(0))) {
            return true;
        }
        if (lexicon.hasWordIgnoringCase(x + y)) {
            return false;
        }
        String prefix = x.toLowerCase(Locale.ROOT);
        return lexicon.hasCompound(x, y)
                || Character.isUpperCase(y.charAt(0))
                || Character.isUpperCase(x.charAt(0)) && x.length() > 1 && lexicon.hasWordIgnoringCase(x)
                || HYPHEN_PREFIXES.contains(prefix)
                || WEAK_PREFIXES.contains(prefix) && lexicon.count(y) > 1
                || x.length() >= MIN_COMPOUND_FIRST && COMPOUND_HEADS.contains(y) && lexicon.hasWordIgnoringCase(x);
    }

    private static String lastToken(StringBuilder out) {
        int end = out.length() - 1;
        int start = end;
        while (start > 0 && !Character.isWhitespace(out.charAt(start - 1))) {
            start--;
        }
        return out.substring(start, end);
    }

    private static String lastSegment(String token) {
        int start = token.length();
        while (start > 0 && Character.isLetterOrDigit(token.charAt(start - 1))) {
            start--;
        }
        return token.substring(start);
    }

    private static String firstSegment(String line) {
        int end = 0;
        while (end < line.length() && Character.isLetterOrDigit(line.charAt(end))) {
            end++;
        }
        return line.substring(0, end);
    }
}
