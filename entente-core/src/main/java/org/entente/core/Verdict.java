package org.entente.core;

/** An analyst's judgement of an extracted assertion. */
public enum Verdict {
    ACCEPTED,
    REJECTED,
    CORRECTED
}
