package org.entente.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.analysis.Faction;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "factions",
        description = "States divided toward a target: their officials, outlets and branches whose stances disagree,"
                + " with the evidence of each stance.")
final class FactionsCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Mixin
    private WindowOptions window;

    @Option(names = "--state", paramLabel = "ID", description = "Only the factions of this state.")
    private String state;

    @Option(names = "--target", paramLabel = "ID", description = "Only stances toward this actor.")
    private String target;

    @Override
    public Integer call() {
        Context context = parent.context();
        Store store = context.store();
        List<Faction> factions = window.select(filter -> filter.factions(store));
        String stateId = state == null ? null : AssertionsCommand.actorId(state, store);
        String targetId = target == null ? null : AssertionsCommand.actorId(target, store);
        factions = factions.stream()
                .filter(f -> stateId == null || f.state().equals(stateId))
                .filter(f -> targetId == null || f.target().equals(targetId))
                .toList();
        if (format.format == Format.JSON) {
            Json.print(
                    context.out(), factions.stream().map(Json.FactionView::of).toList());
            return Cli.OK;
        }
        if (factions.isEmpty()) {
            context.err()
                    .println(
                            "No factions in " + window.describe() + ": no two actors of one state disagree"
                                    + " toward the same target. Affiliations come from the actor knowledge base (docs/actors.md).");
            return Cli.OK;
        }
        Names names = new Names(store);
        for (Faction f : factions) {
            context.out().printf(Locale.ROOT, "%s is divided toward %s%n", names.of(f.state()), names.of(f.target()));
            for (Faction.Stance s : f.stances()) {
                String via = s.path().size() > 2
                        ? " via "
                                + String.join(
                                        " > ", s.path().subList(1, s.path().size() - 1))
                        : "";
                context.out()
                        .println("  " + (s.tie().weight() > 0 ? "+ " : "- ") + names.of(s.actor()) + via + ": "
                                + Names.weight(s.tie()));
                names.evidence(context.out(), s.tie().evidence(), 2);
            }
            context.out().println();
        }
        return Cli.OK;
    }
}
