package org.entente.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's verdict, stored apart from what the machine extracted so that re-running the
 * pipeline never erases it. Reviews are appended, never edited: the latest one on a subject wins,
 * and an {@link Undo} takes an earlier one back, so the one before it holds again.
 */
public sealed interface Review {
    String id();

    Instant at();

    String note();

    /** Accept, reject or correct one assertion. */
    record OfAssertion(
            String id, String assertion, Verdict verdict, Optional<Correction> correction, String note, Instant at)
            implements Review {
        public OfAssertion {
            Require.text(id, "id");
            Require.text(assertion, "assertion");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(correction, "correction");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(at, "at");
            if ((verdict == Verdict.CORRECTED) != correction.isPresent()) {
                throw new IllegalArgumentException("a correction goes with the verdict CORRECTED, and only with it");
            }
        }
    }

    /** Two actor ids name one actor: {@code from} is folded into {@code into}. */
    record Merge(String id, String from, String into, String note, Instant at) implements Review {
        public Merge {
            Require.text(id, "id");
            Require.text(from, "from");
            Require.text(into, "into");
            if (from.equals(into)) {
                throw new IllegalArgumentException("cannot merge actor " + from + " into itself");
            }
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A new alias for an actor. */
    record AddAlias(String id, String actor, Alias alias, String note, Instant at) implements Review {
        public AddAlias {
            Require.text(id, "id");
            Require.text(actor, "actor");
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Takes back an earlier review (not an undo): as if it had never been made, though it stays on record. */
    record Undo(String id, String review, String note, Instant at) implements Review {
        public Undo {
            Require.text(id, "id");
            Require.text(review, "review");
            if (id.equals(review)) {
                throw new IllegalArgumentException("review " + id + " cannot undo itself");
            }
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(at, "at");
        }
    }
}
