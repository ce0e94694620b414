package org.entente.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The stance of one actor toward another in one period of a timeline: the assertions between them
 * that start in the period, weighed as a network tie is.
 *
 * @param period the first day of the period (a month or a year)
 * @param evidence ids of the strongest assertions of the period, the events that moved the stance
 */
public record StancePoint(
        LocalDate period, double weight, int count, int positive, int negative, List<String> evidence) {
    public StancePoint {
        Objects.requireNonNull(period, "period");
        if (count < 1 || positive < 0 || negative < 0 || positive + negative > count) {
            throw new IllegalArgumentException(
                    "stance in " + period + ": counts " + count + "/" + positive + "/" + negative);
        }
        evidence = Require.nonEmpty(evidence, "evidence");
    }

    public Sign sign() {
        return Sign.ofWeight(weight);
    }
}
