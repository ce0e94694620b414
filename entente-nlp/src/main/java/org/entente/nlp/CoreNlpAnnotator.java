package org.entente.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The thin adapter to Stanford CoreNLP: tokenize, ssplit, pos, lemma and depparse (no NER: the
 * knowledge base names the actors, and NER would cost most of the time). Building loads the models
 * (seconds); {@link #annotate} is thread-safe, as CoreNLP's pipeline is when shared.
 */
final class CoreNlpAnnotator {

    /** A sentence at {@code [begin, end)} of the annotated text, with its parse. */
    record Annotated(int begin, int end, Parse parse) {}

    private final StanfordCoreNLP pipeline;

    CoreNlpAnnotator() {
        RedwoodConfiguration.current().clear().apply();
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /**
     * The sentences of {@code text} with offsets into it. The text is annotated in {@link Chunks}, so
     * a sentence never crosses a chunk and none is longer than {@link Chunks#MAX_SENTENCE} characters.
     */
    List<Annotated> annotate(String text) {
        List<Annotated> sentences = new ArrayList<>();
        for (Chunks.Chunk chunk : Chunks.of(text)) {
            annotateChunk(text.substring(chunk.start(), chunk.end()), chunk.start(), sentences);
        }
        return sentences;
    }

    private void annotateChunk(String text, int offset, List<Annotated> sentences) {
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        for (CoreSentence sentence : document.sentences()) {
            List<CoreLabel> labels = sentence.tokens();
            if (labels.isEmpty()) {
                continue;
            }
            List<Parse.Token> tokens = new ArrayList<>();
            for (CoreLabel label : labels) {
                tokens.add(new Parse.Token(
                        label.word(),
                        label.lemma(),
                        label.tag(),
                        offset + label.beginPosition(),
                        offset + label.endPosition()));
            }
            int first = labels.get(0).index();
            sentences.add(new Annotated(
                    offset + labels.get(0).beginPosition(),
                    offset + labels.get(labels.size() - 1).endPosition(),
                    new Parse(tokens, arcs(sentence.dependencyParse(), first))));
        }
    }

    private static List<Parse.Arc> arcs(SemanticGraph graph, int firstIndex) {
        List<Parse.Arc> arcs = new ArrayList<>();
        if (graph == null) {
            return arcs;
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            arcs.add(new Parse.Arc(
                    edge.getGovernor().index() - firstIndex,
                    edge.getRelation().toString(),
                    edge.getDependent().index() - firstIndex));
        }
        graph.getRoots().forEach(root -> arcs.add(new Parse.Arc(-1, "root", root.index() - firstIndex)));
        return arcs;
    }
}
