package org.entente.core;

import java.util.List;
import java.util.Objects;

/**
 * What the text stages make of one document: its sentences, the actors it mentions and the
 * assertions coded from it. The store writes an extraction in one transaction.
 */
public record Extraction(Document document, List<Sentence> sentences, List<Actor> actors, List<Assertion> assertions) {
    public Extraction {
        Objects.requireNonNull(document, "document");
        sentences = Require.list(sentences, "sentences");
        actors = Require.list(actors, "actors");
        assertions = Require.list(assertions, "assertions");
        for (Assertion assertion : assertions) {
            if (!assertion.evidence().document().equals(document.id())) {
                throw new IllegalArgumentException("assertion " + assertion.id() + " cites another document");
            }
        }
    }
}
