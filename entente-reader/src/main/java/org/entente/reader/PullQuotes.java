package org.entente.reader;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a candidate set off from the body ({@link Floats}) is a pull quote: most of its
 * content words ({@value #OVERLAP} or more) recur within one stretch of the body nearby
 * ({@value Floats#REACH} lines either side), or, for a paraphrase, some do ({@value #LOOSE_OVERLAP})
 * and it is one short sentence broken by a blank line, as a boxed quote comes out of an extractor.
 * Words of pull quotes already found do not count as body: so the passage a pull quote repeats,
 * when it is short enough to be a candidate too, is not taken for one. Cost: linear in the text
 * times the bounded reach. Not thread-safe: one per reading.
 */
final class PullQuotes {
    static final double OVERLAP = 0.6;
    static final double LOOSE_OVERLAP = 0.25;
    static final int BOXED_WORDS = 30;
    private static final int MIN_CONTENT_WORDS = 4;
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?][\u201D\u2019\"]?\\s+[\\p{Lu}\u201C\"]");

    static final Set<String> STOP = Set.of(
            "the", "and", "for", "with", "that", "this", "was", "were", "are", "its", "his", "her", "their", "from",
            "but", "not", "has", "had", "have", "been", "which", "who", "whom", "into", "over", "than", "also", "such");

    private final Layout layout;
    private final StemIndex index;
    /** The stem positions inside pull quotes found so far. */
    private final boolean[] taken;

    /**
     * Indexes the body lines of the layout as they stand (captions already set apart), from the stems
     * the lexicon's pass recorded.
     */
    PullQuotes(Layout layout, LineStems stems) {
        this.layout = layout;
        this.index = StemIndex.of(layout, stems);
        this.taken = new boolean[index.lineStart(layout.size())];
    }

    boolean isPullQuote(int start, int end, String text) {
        CandidateStems content = CandidateStems.of(text, index);
        if (content.count() < MIN_CONTENT_WORDS) {
            return false;
        }
        double overlap = overlap(start, end, content);
        return overlap >= OVERLAP || overlap >= LOOSE_OVERLAP && boxed(start, end, text);
    }

    /** Records lines [start, end] as a pull quote, whose words no later candidate may count as body. */
    void take(int start, int end) {
        Arrays.fill(taken, index.lineStart(start), index.lineStart(end + 1), true);
    }

    /**
     * Whether the candidate looks set in a box: one sentence of at most {@value #BOXED_WORDS} words
     * broken by a blank line, as extractors render a pull quote's wider leading.
     */
    private boolean boxed(int start, int end, String text) {
        boolean blankInside = false;
        for (int j = start + 1; j < end; j++) {
            blankInside |= layout.is(j, Role.BLANK);
        }
        return blankInside
                && Floats.wordCount(text) <= BOXED_WORDS
                && !INNER_SENTENCE_END.matcher(text).find();
    }

    /** The largest share of {@code content} found within one window of body words near the candidate. */
    private double overlap(int start, int end, CandidateStems content) {
        int from = index.lineStart(Math.max(0, start - Floats.REACH));
        int to = index.lineStart(Math.min(layout.size(), end + 1 + Floats.REACH));
        int ownFrom = index.lineStart(start);
        int ownTo = index.lineStart(end + 1);
        StemHits hits = new StemHits();
        int[] ids = content.ids();
        for (int s = 0; s < ids.length; s++) {
            int stem = s;
            index.forEachPosition(ids[s], from, to, position -> {
                if ((position < ownFrom || position >= ownTo) && !taken[position]) {
                    hits.add(position, stem);
                }
            });
        }
        return (double) hits.bestWindow(ids.length, 2 * content.count()) / content.count();
    }
}
