package org.entente.core;

/** How precisely a date or time span is known. */
public enum Precision {
    DAY,
    MONTH,
    YEAR,
    /** A span between two known dates, such as "1988-94". */
    RANGE,
    UNKNOWN;

    /** True for the precisions a single calendar date can have. */
    public boolean isCalendar() {
        return this == DAY || this == MONTH || this == YEAR;
    }
}
