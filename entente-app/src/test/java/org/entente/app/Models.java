package org.entente.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entente.core.Extractor;
import org.entente.nlp.ActorKnowledgeBase;

/**
 * The real CoreNLP extractor, built once for all model tests of this JVM (loading takes seconds),
 * and a way to run the command line with it.
 */
final class Models {
    private static final ActorKnowledgeBase BUILT_IN = ActorKnowledgeBase.builtIn();
    private static Extractor extractor;

    private Models() {}

    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Context.coreNlpExtractor();
        }
        return extractor;
    }

    /**
     * The shared extractor for the built-in knowledge base, a new one (cheap once the models are
     * loaded: CoreNLP keeps them) for a base that a user's file extends.
     */
    static Extractor extractor(ActorKnowledgeBase knowledgeBase) {
        return knowledgeBase.actors().equals(BUILT_IN.actors()) ? extractor() : Context.coreNlpExtractor(knowledgeBase);
    }

    record Run(int code, String out, String err) {}

    static Run run(Map<String, String> env, String... args) {
        return run(env, (ActorKnowledgeBase kb) -> extractor(kb), args);
    }

    /** Runs the command line with an extractor that ignores the knowledge base. */
    static Run run(Map<String, String> env, Supplier<Extractor> extractors, String... args) {
        return run(env, (ActorKnowledgeBase kb) -> extractors.get(), args);
    }

    /** Runs the command line in this JVM, capturing what it prints. */
    static Run run(Map<String, String> env, Function<ActorKnowledgeBase, Extractor> extractors, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env,
                extractors);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs a command that reads the store at {@code db} and must not load the language models. */
    static Run offline(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return withoutModels(all.toArray(String[]::new));
    }

    /** Runs a command that must never load the language models: asking for them fails the test. */
    static Run withoutModels(Map<String, String> env, String... args) {
        return run(
                env,
                () -> {
                    throw new AssertionError("this command must not load the language models");
                },
                args);
    }

    static Run withoutModels(String... args) {
        return withoutModels(Map.of(), args);
    }

    /** The seed article beside the project, if ../shared is there. */
    static Optional<Path> seed() {
        Path root = Path.of("").toAbsolutePath();
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            Path seed = dir.resolve("../shared/seed/iran-quandary-nagorno-karabakh.txt")
                    .normalize();
            if (Files.isRegularFile(seed)) {
                return Optional.of(seed);
            }
        }
        return Optional.empty();
    }
}
