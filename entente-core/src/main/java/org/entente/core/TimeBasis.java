package org.entente.core;

/** Where an assertion's time span came from. Never silently the publication date. */
public enum TimeBasis {
    /** A date written in the sentence itself, resolved against the narrative's time. */
    TEXT,
    /** The date of a citation in a footnote attached to the sentence. */
    FOOTNOTE,
    /** The time the surrounding paragraph or section is about. */
    CONTEXT,
    /** The date an imported event dataset gives. */
    DATASET,
    /** Nothing dates the assertion. */
    UNKNOWN
}
