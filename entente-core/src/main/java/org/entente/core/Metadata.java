package org.entente.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a document says about itself, where it says it. */
public record Metadata(
        Optional<String> title, List<String> authors, Optional<String> venue, Optional<PartialDate> date) {
    private static final Metadata NONE = new Metadata(Optional.empty(), List.of(), Optional.empty(), Optional.empty());

    public Metadata {
        Objects.requireNonNull(title, "title");
        authors = Require.list(authors, "authors");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(date, "date");
    }

    public static Metadata none() {
        return NONE;
    }
}
