package org.entente.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.ActorSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "actors", description = "List the actors the store's assertions name, most active first.")
final class ActorsCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N actors (default: all).")
    private int limit;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new UsageException("--limit must be 0 or more, was " + limit);
        }
        Context context = parent.context();
        List<ActorSummary> actors = context.store().actors();
        if (limit > 0 && actors.size() > limit) {
            actors = actors.subList(0, limit);
        }
        if (format.format == Format.JSON) {
            Json.print(context.out(), actors.stream().map(Json.ActorView::of).toList());
            return Cli.OK;
        }
        Table table = new Table("ID", "NAME:40", "TYPE", "ASSERTIONS", "ALIASES:60");
        for (ActorSummary summary : actors) {
            var actor = summary.actor();
            table.row(
                    actor.id(),
                    actor.name(),
                    actor.type().label(),
                    summary.assertions(),
                    String.join(
                            ", ", actor.aliases().stream().map(a -> a.text()).toList()));
        }
        Listings.print(context, table, "No actors yet: add documents with `entente ingest PATH`.");
        return Cli.OK;
    }
}
