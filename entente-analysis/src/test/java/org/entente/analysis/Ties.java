package org.entente.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.core.Tie;

/** Ties written by hand for the tests, each with one made-up piece of evidence. */
final class Ties {
    private Ties() {}

    static Tie tie(String a, String b, double weight) {
        return new Tie(a, b, weight, 1, weight > 0 ? 1 : 0, weight < 0 ? 1 : 0, Optional.empty(), List.of(a + ">" + b));
    }

    static Tie tie(String a, String b, double weight, LocalDate latest) {
        return new Tie(
                a, b, weight, 1, weight > 0 ? 1 : 0, weight < 0 ? 1 : 0, Optional.of(latest), List.of(a + ">" + b));
    }
}
