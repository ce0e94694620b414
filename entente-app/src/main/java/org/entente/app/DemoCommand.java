package org.entente.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.entente.analysis.Faction;
import org.entente.analysis.Quandary;
import org.entente.analysis.SignedNetwork;
import org.entente.core.ActorType;
import org.entente.core.InputException;
import org.entente.core.NetworkQuery;
import org.entente.core.Tie;
import org.entente.store.ActorSummary;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "demo",
        description = {
            "Build a fresh store from the bundled demo corpus and show what it found.",
            "The store is ./entente-demo.duckdb (rebuilt each time) unless --db names a path that does not exist yet."
        })
final class DemoCommand implements Callable<Integer> {
    static final String DEMO_STORE = "entente-demo.duckdb";
    private static final String CORPUS_INDEX = "demo/index.txt";

    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private ActorsOption actors;

    @Override
    public Integer call() throws IOException {
        Context context = parent.context();
        actors.applyTo(context);
        context.knowledgeBase();
        PrintWriter out = context.out();
        String db = context.storeChosen() ? "" : " --db " + DEMO_STORE;
        prepareStore(context);
        List<Input> corpus = corpus();
        out.println("Entente demo: reading " + corpus.size() + " documents of the bundled corpus"
                + " (the first run loads the language models, about half a minute)...");
        out.flush();
        long started = System.nanoTime();
        Store store = context.store();
        List<Ingestion.Outcome> outcomes = new Ingestion(context.extractor(), store, IngestCommand.workers())
                .run(corpus, false, Progress.onTerminal(context.err()));
        IngestCommand.Summary summary = IngestCommand.Summary.of(outcomes, 0, System.nanoTime() - started);
        out.println(summary.line(context.storePath()));
        out.println();
        report(out, store);
        out.println();
        out.println("Try next:");
        Table next = new Table("COMMAND", "WHAT IT SHOWS");
        next.row("bin/entente" + db + " assertions --between AZE ARM", "the evidence between Azerbaijan and Armenia");
        next.row(
                "bin/entente" + db + " assertions --actor IRN --from 2020", "Iran's ties since 2020, with their dates");
        next.row("bin/entente" + db + " quandaries --actor IRN", "Iran's quandary, with the evidence of each tie");
        next.row("bin/entente" + db + " timeline IRN AZE", "Iran's stance toward Azerbaijan, month by month");
        next.row("bin/entente" + db + " network --from 2020-09 --to 2020-11", "the signed network of the war's weeks");
        next.row("bin/entente" + db + " show ASSERTION_ID", "one tie's sentence, document and footnotes");
        next.row("bin/entente" + db + " actors --format json", "the actors, for scripts");
        next.row("bin/entente ingest PATH...", "your own texts, into ./entente.duckdb");
        next.print(out);
        out.println("Open the workbench: bin/entente" + (context.storeChosen() ? " --db " + context.storePath() : db)
                + " serve, then http://127.0.0.1:7070/");
        return summary.failed() > 0 ? Cli.FAILED : Cli.OK;
    }

    private static void prepareStore(Context context) throws IOException {
        if (!context.storeChosen()) {
            context.chooseStore(Path.of(DEMO_STORE));
            Files.deleteIfExists(context.storePath());
            Files.deleteIfExists(Path.of(context.storePath() + ".wal"));
        } else if (Files.exists(context.storePath())) {
            throw new InputException("the demo builds a fresh store, and " + context.storePath()
                    + " already exists: remove it or choose another path with --db");
        }
    }

    static List<Input> corpus() throws IOException {
        try (InputStream index = DemoCommand.class.getResourceAsStream("/" + CORPUS_INDEX)) {
            if (index == null) {
                throw new IllegalStateException("the jar lacks the demo corpus (" + CORPUS_INDEX + ")");
            }
            return new String(index.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(name -> Input.resource("demo/" + name))
                    .toList();
        }
    }

    /** What a newcomer should see first: who is there, the strongest ties, and who is caught between friends. */
    static void report(PrintWriter out, Store store) {
        List<ActorSummary> actors = store.actors();
        out.println("Most active actors");
        Table table = new Table("ID", "NAME:32", "TYPE", "ASSERTIONS");
        actors.stream()
                .limit(12)
                .forEach(a -> table.row(
                        a.actor().id(), a.actor().name(), a.actor().type().label(), a.assertions()));
        table.print(out);

        SignedNetwork network = SignedNetwork.of(store.network(NetworkQuery.defaults()));
        Names names = new Names(store);
        out.println();
        out.println(
                "Strongest ties (the factual assertions' intensities summed, with the strongest piece of evidence)");
        for (Tie tie : network.strongest(10)) {
            out.printf(
                    java.util.Locale.ROOT,
                    "  %s %s %s  %s%n",
                    names.of(tie.first()),
                    tie.sign().value() < 0 ? "--x--" : "-----",
                    names.of(tie.second()),
                    Names.weight(tie));
            names.evidence(out, tie.evidence(), 1);
        }
        Set<String> states = actors.stream()
                .filter(a -> a.actor().type() == ActorType.STATE)
                .map(a -> a.actor().id())
                .collect(Collectors.toSet());
        List<Quandary> quandaries = Quandary.of(network).stream()
                .filter(q -> states.containsAll(List.of(q.actor(), q.first(), q.second())))
                .toList();
        if (!quandaries.isEmpty()) {
            out.println();
            out.println("Quandaries among states (positive ties to two states hostile to each other)");
            for (Quandary q : quandaries.subList(0, Math.min(5, quandaries.size()))) {
                out.printf(
                        java.util.Locale.ROOT,
                        "  %s is tied to both %s and %s, which are hostile%n",
                        names.of(q.actor()),
                        names.of(q.first()),
                        names.of(q.second()));
            }
        }
        List<Faction> factions = Faction.of(
                SignedNetwork.of(store.network(NetworkQuery.defaults().directed(true))),
                actors.stream().map(ActorSummary::actor).toList(),
                Optional.empty(),
                Optional.empty());
        if (!factions.isEmpty()) {
            out.println();
            out.println("Factions (actors of one state whose stances toward the same target disagree)");
            for (Faction f : factions.subList(0, Math.min(3, factions.size()))) {
                out.println("  " + names.of(f.state()) + " toward " + names.of(f.target()) + ": "
                        + f.stances().stream()
                                .map(st -> names.of(st.actor())
                                        + String.format(
                                                java.util.Locale.ROOT,
                                                " %+.1f",
                                                st.tie().weight()))
                                .collect(Collectors.joining(", ")));
            }
        }
    }
}
