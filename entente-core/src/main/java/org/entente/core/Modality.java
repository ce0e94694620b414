package org.entente.core;

/** How a text puts an assertion forward. Only asserted and reported ones enter the network by default. */
public enum Modality {
    /** The author states it. */
    ASSERTED,
    /** The author reports that someone else states it. */
    REPORTED,
    /** Claimed without confirmation: "reportedly", "allegedly". */
    ALLEGED,
    /** A possibility, forecast or condition: "could", "might", "if". */
    HYPOTHETICAL,
    /** Denied or said not to have happened. */
    NEGATED;

    /** True when an assertion of this modality counts as a claim about the world. */
    public boolean isFactual() {
        return this == ASSERTED || this == REPORTED;
    }
}
