package org.entente.app;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command: global options and the list of subcommands. */
@Command(
        name = "entente",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = "Evidence-backed, time-aware maps of who stands with whom, from analytic and news texts.",
        footer = {
            "",
            "The store is ./entente.duckdb unless --db or the ENTENTE_DB environment variable names another.",
            "Exit codes: 0 success, 1 some input failed or the command could not run, 2 usage error."
        },
        subcommands = {
            ReadCommand.class,
            IngestCommand.class,
            ImportCommand.class,
            DocumentsCommand.class,
            ActorsCommand.class,
            AssertionsCommand.class,
            ShowCommand.class,
            EvaluateCommand.class,
            DemoCommand.class,
            NetworkCommand.class,
            QuandariesCommand.class,
            FactionsCommand.class,
            TimelineCommand.class,
            ChangesCommand.class,
            ExportCommand.class,
            BriefCommand.class,
            BalanceCommand.class,
            ServeCommand.class
        })
final class EntenteCommand implements Runnable {
    private final Context context;

    EntenteCommand(Context context) {
        this.context = context;
    }

    @Option(
            names = "--db",
            paramLabel = "PATH",
            scope = ScopeType.INHERIT,
            description = "The store file (default: $ENTENTE_DB, else ./entente.duckdb).")
    void db(Path path) {
        context.chooseStore(path);
    }

    Context context() {
        return context;
    }

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        // No subcommand: show what there is.
        spec.commandLine().usage(context.out());
    }
}
