package org.entente.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.analysis.Change;
import org.entente.analysis.SignedNetwork;
import org.entente.core.NetworkQuery;
import org.entente.core.PartialDate;
import org.entente.core.Tie;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "changes", description = "Ties that appeared, vanished or flipped sign between two windows.")
final class ChangesCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Mixin
    private WindowOptions filters;

    @Option(
            names = "--from-window",
            required = true,
            paramLabel = "FROM..TO",
            description = "The earlier window, e.g. 2019..2019 or 2020-01..2020-08.")
    private String before;

    @Option(
            names = "--to-window",
            required = true,
            paramLabel = "FROM..TO",
            description = "The later window, e.g. 2020-09..2020-11.")
    private String after;

    record ChangeView(
            String change, String first, String second, double shift, Json.TieView before, Json.TieView after) {
        static ChangeView of(Change c) {
            return new ChangeView(
                    c.kind().label(),
                    c.first(),
                    c.second(),
                    Json.round(c.shift()),
                    c.before().map(Json.TieView::of).orElse(null),
                    c.after().map(Json.TieView::of).orElse(null));
        }
    }

    @Override
    public Integer call() {
        Context context = parent.context();
        Store store = context.store();
        if (filters.from != null || filters.to != null) {
            throw new UsageException("changes takes its windows from --from-window and --to-window, not --from/--to");
        }
        NetworkQuery query = filters.query(store);
        SignedNetwork earlier = SignedNetwork.of(store.network(window(query, before, "--from-window")));
        SignedNetwork later = SignedNetwork.of(store.network(window(query, after, "--to-window")));
        List<Change> changes = Change.between(earlier, later);
        if (format.format == Format.JSON) {
            Json.print(context.out(), changes.stream().map(ChangeView::of).toList());
            return Cli.OK;
        }
        Table table = new Table("CHANGE", "FIRST", "SECOND", "BEFORE", "AFTER", "EVIDENCE");
        for (Change c : changes) {
            Tie shown = c.after().or(c::before).orElseThrow();
            table.row(
                    c.kind().label(),
                    c.first(),
                    c.second(),
                    weight(c.before()),
                    weight(c.after()),
                    shown.evidence().get(0));
        }
        Listings.print(
                context, table, "No tie appeared, vanished or flipped between " + before + " and " + after + ".");
        return Cli.OK;
    }

    private static String weight(Optional<Tie> tie) {
        return tie.map(t -> String.format(Locale.ROOT, "%+.1f (%d)", t.weight(), t.count()))
                .orElse("none");
    }

    /** A window "FROM..TO" of partial dates; either end may be left open. */
    static NetworkQuery window(NetworkQuery query, String text, String option) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new UsageException(option + " takes FROM..TO, such as 2020-01..2020-08, not '" + text + "'");
        }
        try {
            Optional<LocalDate> from = date(text.substring(0, dots)).map(PartialDate::first);
            Optional<LocalDate> to = date(text.substring(dots + 2)).map(PartialDate::last);
            return query.window(from, to);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " '" + text + "': " + e.getMessage());
        }
    }

    private static Optional<PartialDate> date(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(PartialDate.parse(text.trim()));
    }
}
