package org.entente.nlp;

import java.util.List;
import org.entente.core.Assertion;
import org.entente.core.Extractor;

/**
 * The extractor with the built-in knowledge base, built once for every model test of a JVM (the
 * models are shared anyway; this shares the pipeline too), and the assertions it reads from
 * paragraphs written as {@link Texts#body} takes them.
 */
final class Extracted {
    private static Extractor extractor;

    private Extracted() {}

    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractors.coreNlp(ActorKnowledgeBase.builtIn());
        }
        return extractor;
    }

    static List<Assertion> assertions(String... paragraphs) {
        return extractor().extract(Texts.body(paragraphs)).assertions();
    }
}
