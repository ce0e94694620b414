package org.entente.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.entente.core.Extractor;
import org.entente.core.InputException;
import org.entente.nlp.ActorKnowledgeBase;
import org.entente.store.StoreException;
import picocli.CommandLine;

/**
 * Runs the command line and maps every outcome to an exit code in one place: 0 success, 1 some
 * input failed (the rest went through) or the command could not run, 2 usage errors. Users see one
 * line for an error, never a stack trace (set ENTENTE_DEBUG=1 to get one).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {}

    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, out, err, env, Context::coreNlpExtractor);
    }

    /**
     * As {@link #run(String[], PrintStream, PrintStream, Map)}, with the extractor built by {@code
     * extractors} over the run's knowledge base when a command needs one.
     */
    static int run(
            String[] args,
            PrintStream out,
            PrintStream err,
            Map<String, String> env,
            Function<ActorKnowledgeBase, Extractor> extractors) {
        PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        Context context = new Context(env, outWriter, errWriter, extractors);
        try (context) {
            CommandLine commandLine = new CommandLine(new EntenteCommand(context));
            commandLine.setOut(outWriter);
            commandLine.setErr(errWriter);
            commandLine.setCaseInsensitiveEnumValuesAllowed(true);
            commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, errWriter, env));
            return commandLine.execute(args);
        }
    }

    private static int failure(Exception e, PrintWriter err, Map<String, String> env) {
        if (e instanceof StoreException || e instanceof InputException) {
            err.println("entente: " + e.getMessage());
        } else if (e instanceof UsageException) {
            err.println("entente: " + e.getMessage());
            return USAGE;
        } else {
            err.println("entente: internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage());
            err.println("entente: please report this; set ENTENTE_DEBUG=1 to print the details");
        }
        if ("1".equals(env.get("ENTENTE_DEBUG"))) {
            e.printStackTrace(err);
        }
        return FAILED;
    }
}
