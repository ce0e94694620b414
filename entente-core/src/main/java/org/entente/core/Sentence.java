package org.entente.core;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a document's main text.
 *
 * @param index position among the document's sentences, from 0
 * @param block index of the block that holds it
 * @param start offset of its first character in the block's text
 * @param end offset just past its last character
 * @param footnotes numbers of the footnotes whose markers it carries
 */
public record Sentence(int index, int block, int start, int end, String text, List<Integer> footnotes) {
    public Sentence {
        Require.nonNegative(index, "index");
        Require.nonNegative(block, "block");
        Require.nonNegative(start, "start");
        if (end < start) {
            throw new IllegalArgumentException(
                    "sentence " + index + " ends at " + end + " before it starts at " + start);
        }
        Objects.requireNonNull(text, "text");
        footnotes = Require.list(footnotes, "footnotes");
    }
}
