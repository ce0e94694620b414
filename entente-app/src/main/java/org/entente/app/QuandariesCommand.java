package org.entente.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.analysis.Quandary;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "quandaries",
        description = "Actors with positive ties to two actors hostile to each other, sharpest and most recent first,"
                + " with the evidence of each tie.")
final class QuandariesCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Mixin
    private WindowOptions window;

    @Option(names = "--actor", paramLabel = "ID", description = "Only quandaries this actor is in, pulled or pulling.")
    private String actor;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "10",
            description = "Show at most N (default: ${DEFAULT-VALUE}; 0 for all).")
    private int limit = 10;

    @Override
    public Integer call() {
        Context context = parent.context();
        Store store = context.store();
        List<Quandary> quandaries = window.select(filter -> filter.quandaries(store));
        if (actor != null) {
            quandaries = Quandary.involving(quandaries, AssertionsCommand.actorId(actor, store));
        }
        if (limit > 0 && quandaries.size() > limit) {
            quandaries = quandaries.subList(0, limit);
        }
        if (format.format == Format.JSON) {
            Json.print(
                    context.out(),
                    quandaries.stream().map(Json.QuandaryView::of).toList());
            return Cli.OK;
        }
        if (quandaries.isEmpty()) {
            context.err()
                    .println("No quandaries in " + window.describe() + ": no actor has positive ties to two"
                            + " actors hostile to each other.");
            return Cli.OK;
        }
        print(context.out(), new Names(store), quandaries);
        return Cli.OK;
    }

    private static void print(PrintWriter out, Names names, List<Quandary> quandaries) {
        for (Quandary q : quandaries) {
            out.printf(
                    java.util.Locale.ROOT,
                    "%s is tied to both %s and %s, which are hostile (strength %.1f%s)%n",
                    names.of(q.actor()),
                    names.of(q.first()),
                    names.of(q.second()),
                    q.strength(),
                    q.since()
                            .map(d -> ", all three ties active until at least " + d)
                            .orElse(""));
            out.println(
                    "  + " + names.of(q.actor()) + " and " + names.of(q.first()) + ": " + Names.weight(q.toFirst()));
            names.evidence(out, q.toFirst().evidence(), 2);
            out.println(
                    "  + " + names.of(q.actor()) + " and " + names.of(q.second()) + ": " + Names.weight(q.toSecond()));
            names.evidence(out, q.toSecond().evidence(), 2);
            out.println(
                    "  - " + names.of(q.first()) + " and " + names.of(q.second()) + ": " + Names.weight(q.between()));
            names.evidence(out, q.between().evidence(), 2);
            out.println();
        }
    }
}
