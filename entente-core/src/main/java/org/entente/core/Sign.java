package org.entente.core;

/** The sign of a tie: cooperative, conflictual or neither. */
public enum Sign {
    NEGATIVE(-1),
    NEUTRAL(0),
    POSITIVE(1);

    private final int value;

    Sign(int value) {
        this.value = value;
    }

    /** -1, 0 or 1. */
    public int value() {
        return value;
    }

    public static Sign of(int value) {
        return switch (value) {
            case -1 -> NEGATIVE;
            case 0 -> NEUTRAL;
            case 1 -> POSITIVE;
            default -> throw new IllegalArgumentException("a sign is -1, 0 or 1, not " + value);
        };
    }

    /** The sign of a weight or intensity. */
    public static Sign ofWeight(double weight) {
        return weight > 0 ? POSITIVE : weight < 0 ? NEGATIVE : NEUTRAL;
    }

    /** The sign a tie has after one of its ends turns this way: NEGATIVE flips, NEUTRAL erases. */
    public Sign times(Sign other) {
        return of(value * other.value);
    }
}
