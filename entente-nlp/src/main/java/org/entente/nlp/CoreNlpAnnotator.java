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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The thin adapter to Stanford CoreNLP: tokenize, ssplit, pos, lemma and depparse (no NER: the
 * knowledge base names the actors, and NER would cost most of the time). Building loads the models
 * (seconds); {@link #annotate} is thread-safe, as CoreNLP's pipeline is when shared.
 *
 * <p>The pieces of one call ({@link Chunks} of every text) are annotated in parallel on a small pool
 * of daemon threads owned by this object, so one long document uses every thread of the pool. A
 * sentence never crosses a piece, so the result is the same, in the same order, whatever the number
 * of threads. Threads calling {@link #annotate} at the same time share the pool.
 */
final class CoreNlpAnnotator {

    /** A sentence at {@code [begin, end)} of the annotated text, with its parse. */
    record Annotated(int begin, int end, Parse parse) {}

    private final StanfordCoreNLP pipeline;
    private final ExecutorService pool;

    /** @param threads how many pieces are annotated at once, at least 1 */
    CoreNlpAnnotator(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "entente-annotate");
            thread.setDaemon(true);
            return thread;
        });
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
        return annotate(List.of(text)).get(0);
    }

    /**
     * The sentences of each text, with offsets into that text, in the order of {@code texts}; the
     * pieces of all of them are annotated in parallel. Blocks the caller until all are done.
     *
     * @throws IllegalStateException when the calling thread is interrupted while it waits
     */
    List<List<Annotated>> annotate(List<String> texts) {
        List<List<Future<List<Annotated>>>> pending = new ArrayList<>();
        for (String text : texts) {
            List<Future<List<Annotated>>> pieces = new ArrayList<>();
            for (Chunks.Chunk chunk : Chunks.of(text)) {
                String piece = text.substring(chunk.start(), chunk.end());
                pieces.add(pool.submit(() -> annotateChunk(piece, chunk.start())));
            }
            pending.add(pieces);
        }
        List<List<Annotated>> results = new ArrayList<>();
        for (List<Future<List<Annotated>>> pieces : pending) {
            List<Annotated> sentences = new ArrayList<>();
            for (Future<List<Annotated>> piece : pieces) {
                sentences.addAll(join(piece));
            }
            results.add(sentences);
        }
        return results;
    }

    private static List<Annotated> join(Future<List<Annotated>> piece) {
        try {
            return piece.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the language models were annotating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("annotation failed", e.getCause());
        }
    }

    private List<Annotated> annotateChunk(String text, int offset) {
        List<Annotated> sentences = new ArrayList<>();
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
            List<Parse.Arc> arcs = arcs(sentence.dependencyParse(), first);
            sentences.add(new Annotated(
                    offset + labels.get(0).beginPosition(),
                    offset + labels.get(labels.size() - 1).endPosition(),
                    new Parse(verbsRetagged(tokens, arcs), arcs)));
        }
        return sentences;
    }

    /**
     * A present-tense verb spelled like a plural noun is sometimes tagged as one while the parser
     * still gives it a subject and an object ("Iran still arms and funds Hezbollah"): the parse
     * wins, and the token is tagged as the verb it is.
     */
    private static List<Parse.Token> verbsRetagged(List<Parse.Token> tokens, List<Parse.Arc> arcs) {
        List<Parse.Token> retagged = new ArrayList<>(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Parse.Token token = tokens.get(i);
            if (token.tag().equals("NNS") && governs(arcs, i, "nsubj") && governs(arcs, i, "obj")) {
                retagged.set(i, new Parse.Token(token.word(), token.lemma(), "VBZ", token.begin(), token.end()));
            }
        }
        return retagged;
    }

    private static boolean governs(List<Parse.Arc> arcs, int governor, String relation) {
        return arcs.stream()
                .anyMatch(arc -> arc.governor() == governor && arc.relation().equals(relation));
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
