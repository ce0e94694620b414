package org.entente.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.FootnoteMarker;

/**
 * Takes glued footnote markers out of the main text ("adversary.1", "consumption,10", "Iran),11",
 * "conflict21", "population.3,4") and records them on the block. A number is a marker only when it
 * is glued to a word or to closing punctuation, has at most three digits, is the number of a
 * footnote found, and comes after the previous marker by at most {@value #MAX_STEP}; so "$30 million", "1992", "9/11",
 * "COVID-19", "S.2532", "no. 110" and "45-day" stay text. Walks the blocks in reading order, keeping
 * the last marker seen; linear. Not thread-safe: one per reading.
 */
final class Markers {
    static final int MAX_STEP = 3;
    private static final int MAX_GROUP = 4;
    private static final String GLUE = ".,;:)]\u201D\u2019\"!?";
    private static final int MIN_WORD_BEFORE_DIGITS = 3;

    private final Set<Integer> numbers;
    private int last;

    Markers(Set<Integer> numbers) {
        this.numbers = Set.copyOf(numbers);
    }

    Block block(int index, Draft draft) {
        if (!draft.kind().isMainText() || draft.kind() == BlockKind.HEADING) {
            return Block.of(index, draft.kind(), draft.text());
        }
        String text = draft.text();
        // Most blocks hold no marker: the copy without markers is begun only at the first one.
        StringBuilder out = null;
        List<FootnoteMarker> markers = new ArrayList<>();
        int copied = 0;
        char[] chars = text.toCharArray();
        int i = 1;
        while (i < chars.length) {
            int end = digitRunEnd(chars, i);
            if (end == i) {
                i++;
                continue;
            }
            Optional<Group> group = group(text, chars, i, end);
            if (group.isPresent()) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, i);
                for (int number : group.get().numbers()) {
                    markers.add(new FootnoteMarker(number, out.length()));
                    last = number;
                }
                copied = group.get().end();
                end = copied;
            }
            i = end;
        }
        if (out == null) {
            return new Block(index, draft.kind(), text, markers);
        }
        out.append(text, copied, text.length());
        return new Block(index, draft.kind(), out.toString(), markers);
    }

    /** Marker numbers read at one place, "adversary.1" or "adversary.3,4", and where they end. */
    private record Group(List<Integer> numbers, int end) {}

    /** The markers whose digits start at {@code start} (first run ending at {@code end}), if they are markers. */
    private Optional<Group> group(String text, char[] chars, int start, int end) {
        if (end - start > 3) {
            return Optional.empty();
        }
        List<Integer> found = new ArrayList<>(List.of(Integer.parseInt(text, start, end, 10)));
        int groupEnd = end;
        while (groupEnd + 1 < chars.length && chars[groupEnd] == ',' && found.size() < MAX_GROUP) {
            int next = digitRunEnd(chars, groupEnd + 1);
            if (next == groupEnd + 1 || next - groupEnd - 1 > 3) {
                break;
            }
            found.add(Integer.parseInt(text, groupEnd + 1, next, 10));
            groupEnd = next;
        }
        if (!gluedNumber(text, start, groupEnd) || !isMarker(text, start, found.get(0))) {
            return Optional.empty();
        }
        for (int k = 1; k < found.size(); k++) {
            int number = found.get(k);
            if (!numbers.contains(number) || number <= found.get(k - 1) || number > found.get(k - 1) + MAX_STEP) {
                return Optional.empty();
            }
        }
        return Optional.of(new Group(found, groupEnd));
    }

    /** The end of the run of digits starting at {@code i}, or {@code i} when no run starts there. */
    private static int digitRunEnd(char[] chars, int i) {
        if (!isDigit(chars[i]) || isDigit(chars[i - 1])) {
            return i;
        }
        int end = i;
        while (end < chars.length && isDigit(chars[end])) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Digits from start to end glued to a word or closing punctuation and followed by a space or the end. */
    private static boolean gluedNumber(String text, int start, int end) {
        if (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '\u2014') {
            return false;
        }
        char before = text.charAt(start - 1);
        return Character.isLetter(before) || GLUE.indexOf(before) >= 0;
    }

    /**
     * Whether the full stop at {@code dot} closes a lone initial ("S." in "S.2532"), whose digits are
     * text; not the last letter of an abbreviation written with full stops ("U.N.", "U.S."), which
     * may end a sentence and take a marker.
     */
    private static boolean afterInitial(String text, int dot) {
        return dot >= 1
                && Character.isUpperCase(text.charAt(dot - 1))
                && (dot < 2 || !Character.isLetter(text.charAt(dot - 2)) && text.charAt(dot - 2) != '.');
    }

    private boolean isMarker(String text, int start, int number) {
        if (!numbers.contains(number) || number <= last || number > last + MAX_STEP) {
            return false;
        }
        char before = text.charAt(start - 1);
        if (before == '.' && afterInitial(text, start - 1)) {
            return false;
        }
        if (!Character.isLetter(before)) {
            return true;
        }
        int word = start;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        return start - word >= MIN_WORD_BEFORE_DIGITS && Character.isLowerCase(before);
    }
}
