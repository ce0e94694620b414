package org.entente.nlp;

import java.util.Objects;
import org.entente.core.Extractor;

/** Builds the extractors of this module. */
public final class Extractors {

    private Extractors() {}

    /**
     * The CoreNLP-based extractor over {@code knowledgeBase}: sentences, actors from the knowledge
     * base, assertions coded from the built-in lexicon, dated and with their evidence. Builds the
     * CoreNLP pipeline (tokenize, ssplit, pos, lemma, depparse) once, which takes a few seconds
     * (CoreNLP keeps loaded models for the life of the process), and silences CoreNLP's own logging
     * for the whole process. NER runs only on sentences where a lexicon predicate meets a proper
     * noun the knowledge base lacks, to discover persons and outlets with an affiliation; its models
     * load on the first such sentence. The returned extractor is thread-safe and should be shared.
     */
    public static Extractor coreNlp(ActorKnowledgeBase knowledgeBase) {
        return coreNlp(
                knowledgeBase, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    /**
     * As {@link #coreNlp(ActorKnowledgeBase)}, annotating up to {@code threads} pieces of text at once
     * (within one document too, on daemon threads the extractor owns); the output does not depend on
     * {@code threads}.
     *
     * @throws IllegalArgumentException when {@code threads} is less than 1
     */
    public static Extractor coreNlp(ActorKnowledgeBase knowledgeBase, int threads) {
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        return new CoreNlpExtractor(new CoreNlpAnnotator(threads), knowledgeBase, Lexicon.builtIn());
    }
}
