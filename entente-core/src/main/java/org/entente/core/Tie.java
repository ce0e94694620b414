package org.entente.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed tie between two actors in a network: the assertions between them, weighed. In an
 * undirected network {@code first} sorts before {@code second}; in a directed one (stances) the
 * tie runs from {@code first}, the source, to {@code second}, the target.
 *
 * @param weight the tie's weight; its sign is the tie's sign
 * @param count how many assertions stand behind the tie
 * @param positive how many of them are cooperative
 * @param negative how many of them are conflictual
 * @param latest the latest day a dated assertion behind the tie reaches, for recency
 * @param evidence ids of the strongest assertions behind the tie, at most {@code count}, strongest
 *     (then latest) first; the rest are found by asking the store for the assertions between the two
 */
public record Tie(
        String first,
        String second,
        double weight,
        int count,
        int positive,
        int negative,
        Optional<LocalDate> latest,
        List<String> evidence) {
    public Tie {
        Require.text(first, "first");
        Require.text(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException("a tie joins two actors, not " + first + " to itself");
        }
        if (count < 1 || positive < 0 || negative < 0 || positive + negative > count) {
            throw new IllegalArgumentException(
                    "tie " + first + "-" + second + ": counts " + count + "/" + positive + "/" + negative);
        }
        Objects.requireNonNull(latest, "latest");
        evidence = Require.nonEmpty(evidence, "evidence");
        if (evidence.size() > count) {
            throw new IllegalArgumentException("tie " + first + "-" + second + " shows more evidence than it has");
        }
    }

    public Sign sign() {
        return Sign.ofWeight(weight);
    }

    /** True when the tie joins {@code actor} to another. */
    public boolean touches(String actor) {
        return first.equals(actor) || second.equals(actor);
    }

    /** The end that is not {@code actor}, which must be one of the two. */
    public String other(String actor) {
        if (first.equals(actor)) {
            return second;
        }
        if (second.equals(actor)) {
            return first;
        }
        throw new IllegalArgumentException(actor + " is not an end of tie " + first + "-" + second);
    }
}
