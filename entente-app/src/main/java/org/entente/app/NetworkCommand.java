package org.entente.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.analysis.SignedNetwork;
import org.entente.core.NetworkQuery;
import org.entente.core.Tie;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "network",
        description = "The signed network of a window: one tie per pair of actors, weighed from its assertions,"
                + " with its evidence.")
final class NetworkCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Mixin
    private WindowOptions window;

    @Option(
            names = "--actor",
            paramLabel = "ID",
            description = "Only this actor's ego network: its ties and those among its neighbours.")
    private String actor;

    @Option(names = "--directed", description = "One tie per source and target (stances) instead of one per pair.")
    private boolean directed;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N ties, strongest first (default: all).")
    private int limit;

    record View(String from, String to, List<String> actors, List<Json.TieView> ties) {}

    @Override
    public Integer call() {
        Context context = parent.context();
        Store store = context.store();
        NetworkQuery query = window.query(store).directed(directed);
        SignedNetwork network = SignedNetwork.of(store.network(query));
        if (actor != null) {
            network = network.egoNetwork(AssertionsCommand.actorId(actor, store));
        }
        List<Tie> ties = limit > 0 ? network.strongest(limit) : network.ties();
        if (format.format == Format.JSON) {
            Json.print(
                    context.out(),
                    new View(
                            Json.iso(window.start()),
                            Json.iso(window.end()),
                            network.actors(),
                            ties.stream().map(Json.TieView::of).toList()));
            return Cli.OK;
        }
        Table table = new Table("FIRST", "", "SECOND", "WEIGHT", "N", "+/-", "LATEST", "EVIDENCE");
        for (Tie t : ties) {
            table.row(
                    t.first(),
                    directed ? "->" : "--",
                    t.second(),
                    String.format(java.util.Locale.ROOT, "%+.1f", t.weight()),
                    t.count(),
                    t.positive() + "/" + t.negative(),
                    t.latest().map(Object::toString).orElse("undated"),
                    String.join(" ", t.evidence()));
        }
        Listings.print(context, table, "No ties in " + window.describe() + " for these filters.");
        return Cli.OK;
    }
}
