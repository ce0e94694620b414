package org.entente.app.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.app.Json;
import org.entente.core.Assertion;
import org.entente.core.Block;
import org.entente.core.Correction;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.Review;
import org.entente.core.Sentence;
import org.entente.core.Tie;

/** The API's JSON beyond the CLI's ({@link Json}): pages, the network's nodes, documents, reviews. */
final class Views {
    private Views() {}

    record ErrorView(String error) {}

    /** One page of a listing: {@code total} items in all, these from {@code offset}. */
    record Page<T>(int total, int offset, int limit, List<T> items) {
        static <T> Page<T> of(List<T> all, int offset, int limit) {
            int from = Math.min(offset, all.size());
            int to = Math.min(all.size(), from + limit);
            return new Page<>(all.size(), offset, limit, List.copyOf(all.subList(from, to)));
        }
    }

    /** An actor of a network: {@code activity} counts the assertions of its ties in the window. */
    record NodeView(String id, String name, String type, int activity) {}

    /** A tie without its evidence ids. */
    static Json.TieView bare(Tie t) {
        Json.TieView full = Json.TieView.of(t);
        return new Json.TieView(
                full.first(),
                full.second(),
                full.sign(),
                full.weight(),
                full.count(),
                full.positive(),
                full.negative(),
                full.latest(),
                List.of());
    }

    record NetworkView(String from, String to, List<NodeView> actors, List<Json.TieView> ties) {}

    /** The dates of the store's dated assertions, null when none is dated. */
    record RangeView(String first, String last) {}

    /** An assertion with the verdict of its latest review (null when never reviewed). */
    record AssertionItem(String verdict, String reviewedAt, Json.AssertionView assertion) {
        static AssertionItem of(Assertion a, Verdicts verdicts, Map<String, String> sources) {
            Optional<Review.OfAssertion> latest = verdicts.latest(a.id());
            return new AssertionItem(
                    latest.map(r -> Json.lower(r.verdict().name())).orElse(null),
                    latest.map(r -> r.at().toString()).orElse(null),
                    Json.AssertionView.of(a, sources));
        }
    }

    record MarkerView(int number, int offset) {}

    record BlockView(int index, String kind, String text, List<MarkerView> markers) {
        static BlockView of(Block b) {
            return new BlockView(
                    b.index(),
                    Json.lower(b.kind().name()),
                    b.text(),
                    b.markers().stream()
                            .map(m -> new MarkerView(m.number(), m.offset()))
                            .toList());
        }
    }

    record FootnoteView(int number, String text, List<Json.CitationView> citations) {
        static FootnoteView of(Footnote f) {
            return new FootnoteView(
                    f.number(),
                    f.text(),
                    f.citations().stream().map(Json.CitationView::of).toList());
        }
    }

    record SentenceView(int index, int block, int start, int end, String text, List<Integer> footnotes) {
        static SentenceView of(Sentence s) {
            return new SentenceView(s.index(), s.block(), s.start(), s.end(), s.text(), s.footnotes());
        }
    }

    /** The rebuilt document with its sentences and every assertion read from it, rejected ones too. */
    record DocumentPage(
            String id,
            String source,
            String title,
            List<String> authors,
            String venue,
            String date,
            List<BlockView> blocks,
            List<FootnoteView> footnotes,
            List<SentenceView> sentences,
            List<AssertionItem> assertions) {
        static DocumentPage of(Document d, List<Sentence> sentences, List<AssertionItem> assertions) {
            return new DocumentPage(
                    d.id(),
                    d.source(),
                    d.metadata().title().orElse(null),
                    d.metadata().authors(),
                    d.metadata().venue().orElse(null),
                    d.metadata().date().map(Object::toString).orElse(null),
                    d.blocks().stream().map(BlockView::of).toList(),
                    d.footnotes().stream().map(FootnoteView::of).toList(),
                    sentences.stream().map(SentenceView::of).toList(),
                    assertions);
        }
    }

    /**
     * An upload's job: {@code state} is queued, reading, extracting, storing, done or failed; when
     * done, the document's id, whether the same content was already stored, and its counts; when
     * failed, the error. Times are ISO instants.
     */
    record UploadView(
            String id,
            String name,
            int bytes,
            String state,
            String document,
            Boolean alreadyStored,
            String source,
            Integer sentences,
            Integer assertions,
            String error,
            String submitted,
            String finished) {}

    record CorrectionView(List<String> sources, List<String> targets, String kind, Integer sign, Json.TimeView time) {
        static CorrectionView of(Correction c) {
            return new CorrectionView(
                    c.sources().orElse(null),
                    c.targets().orElse(null),
                    c.kind().map(k -> k.label()).orElse(null),
                    c.sign().map(s -> s.value()).orElse(null),
                    c.time().map(Json.TimeView::of).orElse(null));
        }
    }

    /**
     * One review: {@code action} is accept, reject, correct, merge, alias or undo; {@code subject}
     * the assertion or actor it judges (for an undo, the review it takes back); {@code undoneBy}
     * the undo that took it back, null while it stands.
     */
    record ReviewView(
            String id,
            String action,
            String subject,
            String note,
            String at,
            CorrectionView correction,
            String into,
            Json.AliasView alias,
            String undoneBy) {
        /** Every review in order, each with the undo that took it back, if any. */
        static List<ReviewView> all(List<Review> reviews) {
            Map<String, String> undoneBy = new java.util.HashMap<>();
            for (Review r : reviews) {
                if (r instanceof Review.Undo u) {
                    undoneBy.put(u.review(), u.id());
                }
            }
            return reviews.stream()
                    .map(r -> of(r).undone(Optional.ofNullable(undoneBy.get(r.id()))))
                    .toList();
        }

        private ReviewView undone(Optional<String> by) {
            return new ReviewView(id, action, subject, note, at, correction, into, alias, by.orElse(null));
        }

        static ReviewView of(Review review) {
            if (review instanceof Review.OfAssertion r) {
                return new ReviewView(
                        r.id(),
                        action(r),
                        r.assertion(),
                        r.note(),
                        r.at().toString(),
                        r.correction().map(CorrectionView::of).orElse(null),
                        null,
                        null,
                        null);
            }
            if (review instanceof Review.Merge m) {
                return new ReviewView(
                        m.id(), "merge", m.from(), m.note(), m.at().toString(), null, m.into(), null, null);
            }
            if (review instanceof Review.Undo u) {
                return new ReviewView(u.id(), "undo", u.review(), u.note(), u.at().toString(), null, null, null, null);
            }
            Review.AddAlias a = (Review.AddAlias) review;
            return new ReviewView(
                    a.id(),
                    "alias",
                    a.actor(),
                    a.note(),
                    a.at().toString(),
                    null,
                    null,
                    new Json.AliasView(a.alias().text(), a.alias().kind().label()),
                    null);
        }

        private static String action(Review.OfAssertion r) {
            return switch (r.verdict()) {
                case ACCEPTED -> "accept";
                case REJECTED -> "reject";
                case CORRECTED -> "correct";
            };
        }
    }
}
