package org.entente.core;

import java.util.Locale;

/** The role a block plays in a document. Only body, heading and block-quote blocks form the main text. */
public enum BlockKind {
    BODY,
    HEADING,
    BLOCK_QUOTE,
    /** A photo or figure caption, kept out of the body. */
    CAPTION,
    /** A pull quote repeating a body sentence in large type, kept out of the body. */
    PULL_QUOTE;

    /** True for blocks that belong to the running text. */
    public boolean isMainText() {
        return this == BODY || this == HEADING || this == BLOCK_QUOTE;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
