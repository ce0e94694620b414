package org.entente.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.core.Alias;
import org.entente.core.AliasKind;
import org.entente.core.Correction;
import org.entente.core.PartialDate;
import org.entente.core.RelationKind;
import org.entente.core.Review;
import org.entente.core.Sign;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;
import org.entente.core.Verdict;
import org.entente.store.Store;

/**
 * Turns the body of {@code POST /api/reviews} into a {@link Review} and appends it. The body is
 * {@code {"action": "accept|reject|correct|merge|alias", ...}}; see openapi.json for each action's
 * fields. Every id must name a stored assertion or actor (404 otherwise); anything malformed is a 400.
 * Reviews are only ever appended, so "undo" is a new review that restores.
 */
final class ReviewRequests {
    private final Store store;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Api api;
    private final Runnable changed;

    /** @param changed called after every write, whether it succeeded or not */
    ReviewRequests(Store store, ObjectMapper mapper, Clock clock, Api api, Runnable changed) {
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
        this.api = api;
        this.changed = changed;
    }

    Views.ReviewView add(String body) {
        JsonNode json = parse(body);
        String action = text(json, "action").orElseThrow(() -> missing("action"));
        String note = text(json, "note").orElse("");
        String id = UUID.randomUUID().toString();
        Review review =
                switch (action) {
                    case "accept" -> verdict(json, id, Verdict.ACCEPTED, Optional.empty(), note);
                    case "reject" -> verdict(json, id, Verdict.REJECTED, Optional.empty(), note);
                    case "correct" -> verdict(json, id, Verdict.CORRECTED, Optional.of(correction(json)), note);
                    case "merge" -> new Review.Merge(
                            id, actor(json, "from"), actor(json, "into"), note, clock.instant());
                    case "alias" -> new Review.AddAlias(id, actor(json, "actor"), alias(json), note, clock.instant());
                    case "undo" -> undo(json, id, note);
                    default -> throw ApiException.badRequest(
                            "unknown action '" + action + "': use accept, reject, correct, merge, alias or undo");
                };
        try {
            store.addReview(review);
        } finally {
            changed.run();
        }
        return Views.ReviewView.of(review);
    }

    private JsonNode parse(String body) {
        try {
            JsonNode json = mapper.readTree(body);
            if (json == null || !json.isObject()) {
                throw ApiException.badRequest("the body must be a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(
                    "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr());
        }
    }

    /** An undo of a standing verdict, merge or alias: 404 when there is none by that id, 400 when it stands no more. */
    private Review undo(JsonNode json, String id, String note) {
        String target = text(json, "review").orElseThrow(() -> missing("review"));
        List<Review> reviews = store.reviews();
        Review undone = reviews.stream()
                .filter(r -> r.id().equals(target))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("review", target));
        if (undone instanceof Review.Undo) {
            throw ApiException.badRequest("review " + target + " is an undo; make the review again instead");
        }
        if (reviews.stream()
                .anyMatch(r -> r instanceof Review.Undo u && u.review().equals(target))) {
            throw ApiException.badRequest("review " + target + " is already undone");
        }
        return new Review.Undo(id, target, note, clock.instant());
    }

    private Review verdict(JsonNode json, String id, Verdict verdict, Optional<Correction> correction, String note) {
        String assertion = text(json, "assertion").orElseThrow(() -> missing("assertion"));
        if (store.assertion(assertion).isEmpty()) {
            throw ApiException.notFound("assertion", assertion);
        }
        return new Review.OfAssertion(id, assertion, verdict, correction, note, clock.instant());
    }

    /**
     * The fields of {@code correction}: kind, sign, sources, targets and date (YYYY, YYYY-MM or
     * YYYY-MM-DD, stored with basis TEXT: the analyst's reading of the sentence). A value that
     * names no kind, no stored actor or no date is a 400: the body is wrong, not the assertion.
     */
    private Correction correction(JsonNode json) {
        JsonNode c = json.get("correction");
        if (c == null || !c.isObject()) {
            throw ApiException.badRequest(
                    "action correct needs a correction object: kind, sign, sources, targets, date");
        }
        Optional<Sign> sign = Optional.empty();
        if (c.hasNonNull("sign")) {
            if (!c.get("sign").isInt() || Math.abs(c.get("sign").asInt()) > 1) {
                throw ApiException.badRequest("correction.sign takes -1, 0 or 1, not " + c.get("sign"));
            }
            sign = Optional.of(Sign.of(c.get("sign").asInt()));
        }
        Optional<RelationKind> kind = text(c, "kind").map(ReviewRequests::kind);
        Optional<TimeSpan> time = text(c, "date").map(ReviewRequests::date);
        Optional<List<String>> sources = actors(c, "sources");
        Optional<List<String>> targets = actors(c, "targets");
        if (sources.isEmpty() && targets.isEmpty() && kind.isEmpty() && sign.isEmpty() && time.isEmpty()) {
            throw ApiException.badRequest("the correction changes nothing: give kind, sign, sources, targets or date");
        }
        return new Correction(sources, targets, kind, sign, time);
    }

    private static RelationKind kind(String label) {
        try {
            return RelationKind.ofLabel(label);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    "correction.kind '" + label + "' is no relation kind; GET /api/vocabulary lists them");
        }
    }

    private static TimeSpan date(String text) {
        try {
            return TimeSpan.of(PartialDate.parse(text), TimeBasis.TEXT);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    "correction.date '" + text + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    private Optional<List<String>> actors(JsonNode c, String field) {
        JsonNode list = c.get(field);
        if (list == null || list.isNull()) {
            return Optional.empty();
        }
        if (!list.isArray() || list.isEmpty()) {
            throw ApiException.badRequest("correction." + field + " takes a non-empty list of actor ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                throw ApiException.badRequest("correction." + field + " takes actor ids as strings");
            }
            try {
                ids.add(api.knownActor(item.asText()));
            } catch (ApiException e) {
                throw ApiException.badRequest(
                        "correction." + field + " names no stored actor: '" + item.asText() + "'");
            }
        }
        return Optional.of(ids);
    }

    private String actor(JsonNode json, String field) {
        return api.knownActor(text(json, field).orElseThrow(() -> missing(field)));
    }

    private static Alias alias(JsonNode json) {
        String text = text(json, "alias").orElseThrow(() -> missing("alias"));
        AliasKind kind = text(json, "aliasKind").map(AliasKind::ofLabel).orElse(AliasKind.NAME);
        return new Alias(text, kind);
    }

    private static Optional<String> text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest(field + " must be a string");
        }
        return Optional.of(node.asText().trim()).filter(s -> !s.isEmpty());
    }

    private static ApiException missing(String field) {
        return ApiException.badRequest("the review needs '" + field + "'");
    }
}
