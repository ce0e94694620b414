package org.entente.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What an analyst changed in an assertion; each absent field keeps the machine's value. */
public record Correction(
        Optional<List<String>> sources,
        Optional<List<String>> targets,
        Optional<RelationKind> kind,
        Optional<Sign> sign,
        Optional<TimeSpan> time) {
    public Correction {
        sources = Objects.requireNonNull(sources, "sources").map(s -> Require.nonEmpty(s, "sources"));
        targets = Objects.requireNonNull(targets, "targets").map(t -> Require.nonEmpty(t, "targets"));
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(time, "time");
        if (sources.isEmpty() && targets.isEmpty() && kind.isEmpty() && sign.isEmpty() && time.isEmpty()) {
            throw new IllegalArgumentException("a correction changes at least one field");
        }
    }
}
