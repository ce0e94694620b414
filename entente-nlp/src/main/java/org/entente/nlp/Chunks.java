package org.entente.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into pieces the language models annotate one at a time, so that time and memory
 * stay bounded whatever the input: a piece ends at a sentence end once it is long enough, and a
 * run of text with no sentence end for {@link #MAX_SENTENCE} characters (a list, a table, a file
 * with no punctuation) is cut at a space, which caps the length of any sentence the parser sees.
 * Ordinary paragraphs come back whole. Cost: one pass over the text.
 */
final class Chunks {
    /** The longest stretch without a cut; about 250 tokens, far beyond any real sentence. */
    static final int MAX_SENTENCE = 1_500;
    /** Pieces grow to about this many characters before they end at the next sentence end. */
    static final int TARGET = 5_000;

    /** A piece {@code [start, end)} of the text. */
    record Chunk(int start, int end) {}

    private Chunks() {}

    static List<Chunk> of(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        int lastEnd = -1; // offset just past the latest sentence end in the current piece
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean sentenceEnd = (c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (sentenceEnd) {
                lastEnd = i + 1;
                if (lastEnd - start >= TARGET) {
                    chunks.add(new Chunk(start, lastEnd));
                    start = lastEnd;
                }
            } else if (i - Math.max(start, lastEnd) >= MAX_SENTENCE) {
                int cut = cutPoint(text, Math.max(start, lastEnd), i);
                chunks.add(new Chunk(start, cut));
                start = cut;
                lastEnd = -1;
            }
        }
        if (start < text.length()) {
            chunks.add(new Chunk(start, text.length()));
        }
        return chunks;
    }

    /** The last space in {@code (from, to]}, or {@code to} when there is none. */
    private static int cutPoint(String text, int from, int to) {
        for (int i = to; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }
}
