package org.entente.spark;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The command line of the Spark jobs. Exit codes as {@code bin/entente}'s: 0 success, 1 some
 * input failed (the rest went through) or the job could not run, 2 usage error.
 */
@Command(
        name = "entente-spark",
        mixinStandardHelpOptions = true,
        subcommands = {SparkCli.Corpus.class, SparkCli.Gdelt.class},
        description = "Runs Entente's corpus and GDELT jobs on Apache Spark, writing the store's tables as Parquet;"
                + " bin/entente --db OUT reads them.")
final class SparkCli {
    static final int OK = 0;
    static final int FAILED = 1;

    @Option(
            names = "--master",
            defaultValue = "local[2]",
            description = "Spark master when the job is not launched by spark-submit (default: ${DEFAULT-VALUE}).")
    String master;

    private PrintWriter out;

    static int run(String[] args, PrintStream out, PrintStream err) {
        SparkCli cli = new SparkCli();
        cli.out = new PrintWriter(out, true, StandardCharsets.UTF_8);
        CommandLine line = new CommandLine(cli)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    commandLine.getErr().println("entente-spark: " + e.getMessage());
                    return FAILED;
                });
        return line.execute(args);
    }

    /** A session on --master, unless spark-submit already chose one. */
    SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder().appName("entente");
        if (System.getProperty("spark.master") == null) {
            builder.master(master);
        }
        return builder.config("spark.ui.enabled", "false").getOrCreate();
    }

    @Command(
            name = "corpus",
            description = "Reads, extracts and codes every document under IN; writes the tables to OUT.")
    static final class Corpus implements Callable<Integer> {
        @ParentCommand
        SparkCli parent;

        @Parameters(index = "0", paramLabel = "IN", description = "A folder (or any Hadoop path) of documents.")
        String in;

        @Parameters(index = "1", paramLabel = "OUT", description = "The folder of Parquet tables to write.")
        String out;

        @Override
        public Integer call() {
            SparkSession spark = parent.session();
            try {
                CorpusJob.Report report = new CorpusJob(spark, SparkTables.ofStore()).run(in, out);
                parent.out.println(String.format(
                        Locale.ROOT,
                        "%d documents, %d sentences, %d assertions, %d failed; tables in %s",
                        report.documents(),
                        report.sentences(),
                        report.assertions(),
                        report.failures(),
                        out));
                return report.failures() > 0 ? FAILED : OK;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "gdelt", description = "Imports GDELT event files and writes the dyads per period.")
    static final class Gdelt implements Callable<Integer> {
        @ParentCommand
        SparkCli parent;

        @Parameters(
                arity = "2..*",
                paramLabel = "IN... OUT",
                description = "GDELT files or folders, then the output folder.")
        List<String> paths;

        /** The periods of the dyads; parsed by picocli, so that another value is a usage error. */
        enum Per {
            MONTH(ChronoUnit.MONTHS),
            YEAR(ChronoUnit.YEARS);

            final ChronoUnit unit;

            Per(ChronoUnit unit) {
                this.unit = unit;
            }
        }

        @Option(names = "--per", defaultValue = "month", description = "month or year (default: ${DEFAULT-VALUE}).")
        Per per;

        @Override
        public Integer call() {
            ChronoUnit unit = per.unit;
            String out = paths.get(paths.size() - 1);
            SparkSession spark = parent.session();
            try {
                GdeltJob.Report report =
                        new GdeltJob(spark, SparkTables.ofStore()).run(paths.subList(0, paths.size() - 1), out, unit);
                parent.out.println(String.format(
                        Locale.ROOT,
                        "%d lines: %d imported, %d duplicates, %d without two distinct states, %d refused;"
                                + " %d dyads; tables in %s",
                        report.lines(),
                        report.imported(),
                        report.duplicates(),
                        report.unusable(),
                        report.refused(),
                        report.dyads(),
                        out));
                return report.refused() > 0 ? FAILED : OK;
            } finally {
                spark.stop();
            }
        }
    }
}
