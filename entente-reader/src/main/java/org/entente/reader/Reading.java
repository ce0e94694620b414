package org.entente.reader;

import java.util.Objects;
import java.util.Optional;
import org.entente.core.Document;

/**
 * A document as read, with the running header the reader removed from its pages.
 *
 * @param header the running header's text as first printed (a journal's name and issue, a short
 *     title), empty when the pages have none or the format has no pages
 */
public record Reading(Document document, Optional<String> header) {
    public Reading {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(header, "header");
    }
}
