package org.entente.app.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.core.Review;

/** The latest review of each assertion, as the store applies them: the last one added wins. */
final class Verdicts {
    private final Map<String, Review.OfAssertion> latest = new HashMap<>();

    Verdicts(List<Review> reviews) {
        for (Review review : reviews) {
            if (review instanceof Review.OfAssertion r) {
                latest.put(r.assertion(), r);
            }
        }
    }

    Optional<Review.OfAssertion> latest(String assertion) {
        return Optional.ofNullable(latest.get(assertion));
    }
}
