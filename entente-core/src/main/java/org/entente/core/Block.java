package org.entente.core;

import java.util.List;
import java.util.Objects;

/**
 * One block of a document's rebuilt text: a paragraph, heading, block quote, caption or pull
 * quote, with the footnote markers found in it. Offsets of markers and sentences are in {@code text}.
 */
public record Block(int index, BlockKind kind, String text, List<FootnoteMarker> markers) {
    public Block {
        Require.nonNegative(index, "index");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        markers = Require.list(markers, "markers");
        for (FootnoteMarker marker : markers) {
            if (marker.offset() > text.length()) {
                throw new IllegalArgumentException("marker " + marker.number() + " at " + marker.offset()
                        + " lies past the end of block " + index + " (" + text.length() + " chars)");
            }
        }
    }

    public static Block of(int index, BlockKind kind, String text) {
        return new Block(index, kind, text, List.of());
    }
}
