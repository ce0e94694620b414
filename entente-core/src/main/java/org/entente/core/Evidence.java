package org.entente.core;

import java.util.List;

/**
 * Where an assertion comes from: a sentence of a document, the span within it that supports the
 * claim, and the footnotes (with their citations) attached to that sentence.
 *
 * @param document the document's id
 * @param sentence the sentence's index in the document
 * @param block the index of the block holding the sentence
 * @param start offset in the block's text where the supporting span starts
 * @param end offset in the block's text just past the span
 * @param text the sentence as written
 */
public record Evidence(
        String document,
        int sentence,
        int block,
        int start,
        int end,
        String text,
        List<Integer> footnotes,
        List<Citation> citations) {
    public Evidence {
        Require.text(document, "document");
        Require.nonNegative(sentence, "sentence");
        Require.nonNegative(block, "block");
        Require.nonNegative(start, "start");
        if (end < start) {
            throw new IllegalArgumentException("evidence ends at " + end + " before it starts at " + start);
        }
        Require.text(text, "text");
        footnotes = Require.list(footnotes, "footnotes");
        citations = Require.list(citations, "citations");
    }
}
