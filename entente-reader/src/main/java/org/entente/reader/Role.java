package org.entente.reader;

/** What a physical line turned out to be. Lines start as BODY or BLANK; stages reassign them. */
enum Role {
    BODY,
    BLANK,
    /** Title, author or venue line, read into the metadata. */
    METADATA,
    /** Running header or footer, page number. */
    FURNITURE,
    FOOTNOTE,
    CAPTION,
    PULL_QUOTE,
    /** A heading told by its type (PDF only; the text path decides headings while joining). */
    HEADING,
    DROP_CAP,
    /** An indented passage set off from the flow, kept in it as a block quote. */
    BLOCK_QUOTE
}
