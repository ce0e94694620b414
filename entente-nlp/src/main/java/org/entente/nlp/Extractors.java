package org.entente.nlp;

import java.util.Objects;
import org.entente.core.Extractor;

/** Builds the extractors of this module. */
public final class Extractors {

    private Extractors() {}

    /**
     * The CoreNLP-based extractor over {@code knowledgeBase}: sentences, actors from the knowledge
     * base, assertions coded from the built-in lexicon, dated and with their evidence. Builds the
     * CoreNLP pipeline (tokenize, ssplit, pos, lemma, depparse; no NER) once, which takes a few
     * seconds (CoreNLP keeps loaded models for the life of the process), and silences CoreNLP's own
     * logging for the whole process. The returned extractor is thread-safe and should be shared.
     */
    public static Extractor coreNlp(ActorKnowledgeBase knowledgeBase) {
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        return new CoreNlpExtractor(new CoreNlpAnnotator(), knowledgeBase, Lexicon.builtIn());
    }
}
