package org.entente.app.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.core.Review;

/** The latest standing review of each assertion, as the store applies them: the last one not undone wins. */
final class Verdicts {
    private final Map<String, Review.OfAssertion> latest = new HashMap<>();

    Verdicts(List<Review> reviews) {
        Set<String> undone = new HashSet<>();
        for (Review review : reviews) {
            if (review instanceof Review.Undo u) {
                undone.add(u.review());
            }
        }
        for (Review review : reviews) {
            if (review instanceof Review.OfAssertion r && !undone.contains(r.id())) {
                latest.put(r.assertion(), r);
            }
        }
    }

    Optional<Review.OfAssertion> latest(String assertion) {
        return Optional.ofNullable(latest.get(assertion));
    }
}
