package org.entente.reader;

import java.util.Arrays;

/**
 * The stems of every line, recorded while {@link Lexicon} reads the lines for its words, so that the
 * pull-quote index ({@link StemIndex}) need not tokenise the text again: a profile had the two passes
 * at a third of the reading time. Each line keeps the text it had, since later stages may rewrite a
 * line (a drop cap put back); its stems then no longer hold. A word of ASCII letters only, nearly every
 * word, takes its stem from a table by the lexicon's id for the word, so it is stemmed once a document.
 * Not thread-safe: one per reading.
 */
final class LineStems {
    private static final int UNKNOWN = -2;

    private final StemStream stream;
    /** The stems of line {@code j} are the stream's [lineStart[j], lineStart[j + 1]). */
    private final int[] lineStart;

    private final String[] texts;
    private int lines;
    /** The stem id of each word id the lexicon gave, -1 for no stem, {@link #UNKNOWN} when not yet seen. */
    private int[] stemOfWord = new int[0];

    /** Room for {@code lineCount} lines and about {@code expectedStems} stems. */
    LineStems(int lineCount, int expectedStems) {
        stream = new StemStream(new StemIndex.Ids(), expectedStems);
        lineStart = new int[lineCount + 1];
        texts = new String[lineCount];
    }

    /** Starts the next line, whose stems the calls until the next start add. */
    void startLine(String text) {
        lineStart[lines] = stream.size();
        texts[lines++] = text;
    }

    /** Ends the last line. */
    void finish() {
        lineStart[lines] = stream.size();
    }

    /** Adds the stem of a word of ASCII letters only, {@code chars[from, to)}, with the id the lexicon gave it. */
    void addWord(int wordId, char[] chars, int from, int to) {
        if (wordId >= stemOfWord.length) {
            int old = stemOfWord.length;
            stemOfWord = Arrays.copyOf(stemOfWord, Math.max(1024, Math.max(wordId + 1, 2 * old)));
            Arrays.fill(stemOfWord, old, stemOfWord.length, UNKNOWN);
        }
        int stem = stemOfWord[wordId];
        if (stem == UNKNOWN) {
            stem = stream.asciiStem(chars, from, to);
            stemOfWord[wordId] = stem;
        }
        stream.add(stem);
    }

    /** Adds the stems of any text, {@code chars[from, to)}. */
    void addStems(char[] chars, int from, int to) {
        stream.addStems(chars, from, to);
    }

    StemIndex.Ids ids() {
        return stream.ids();
    }

    /** Whether line {@code line} was recorded with this very text (the same string, not an equal one). */
    boolean holds(int line, String text) {
        return line < lines && texts[line] == text;
    }

    /** Appends the recorded stems of line {@code line} to {@code into}. */
    void copyLine(int line, StemStream into) {
        into.addAll(stream, lineStart[line], lineStart[line + 1]);
    }
}
