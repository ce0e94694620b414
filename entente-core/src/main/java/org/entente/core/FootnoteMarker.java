package org.entente.core;

/** A footnote's number where its marker stood in a block's text (the marker itself is removed). */
public record FootnoteMarker(int number, int offset) {
    public FootnoteMarker {
        if (number < 1) {
            throw new IllegalArgumentException("footnote numbers start at 1, was " + number);
        }
        Require.nonNegative(offset, "offset");
    }
}
