package org.entente.app;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.core.StancePoint;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "timeline",
        description = "The stance of one actor toward another per month or year, with the events that moved it.")
final class TimelineCommand implements Callable<Integer> {
    /** Half the width of the text chart, in characters. */
    private static final int BAR = 20;

    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Mixin
    private WindowOptions window;

    @Parameters(index = "0", paramLabel = "A", description = "The actor whose stance is shown.")
    private String from;

    @Parameters(index = "1", paramLabel = "B", description = "The actor it is a stance toward.")
    private String to;

    @Option(
            names = "--per",
            paramLabel = "month|year",
            defaultValue = "month",
            description = "Period of the timeline (default: ${DEFAULT-VALUE}).")
    private String per = "month";

    @Option(names = "--directed", description = "Only what A does or says toward B, not B toward A.")
    private boolean directed;

    /** The period a {@code --per} option names. */
    static ChronoUnit unit(String per) {
        return switch (per.trim().toLowerCase(Locale.ROOT)) {
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> throw new UsageException("--per takes month or year, not '" + per + "'");
        };
    }

    @Override
    public Integer call() {
        Context context = parent.context();
        Store store = context.store();
        ChronoUnit unit = unit(per);
        String a = AssertionsCommand.actorId(from, store);
        String b = AssertionsCommand.actorId(to, store);
        List<StancePoint> points = store.stance(a, b, window.query(store).directed(directed), unit);
        if (format.format == Format.JSON) {
            Json.print(
                    context.out(),
                    new Json.TimelineView(
                            a,
                            b,
                            per,
                            directed,
                            points.stream().map(Json.PointView::of).toList()));
            return Cli.OK;
        }
        Names names = new Names(store);
        if (points.isEmpty()) {
            context.err()
                    .println("No dated assertions between " + names.of(a) + " and " + names.of(b) + " in "
                            + window.describe() + ".");
            return Cli.OK;
        }
        double scale =
                points.stream().mapToDouble(p -> Math.abs(p.weight())).max().orElse(1);
        context.out()
                .println("Stance of " + names.of(a) + (directed ? " toward " : " and ") + names.of(b) + ", per " + per);
        for (StancePoint p : points) {
            String period = unit == ChronoUnit.MONTHS
                    ? p.period().toString().substring(0, 7)
                    : String.valueOf(p.period().getYear());
            context.out()
                    .printf(
                            Locale.ROOT,
                            "%-7s %s %+7.1f  %d assertion%s%n",
                            period,
                            bar(p.weight(), scale),
                            p.weight(),
                            p.count(),
                            p.count() == 1 ? "" : "s");
            names.evidence(context.out(), p.evidence(), 1);
        }
        return Cli.OK;
    }

    /** A text bar centred on zero: hostility grows left, cooperation right. */
    static String bar(double weight, double scale) {
        int length = scale == 0 ? 0 : (int) Math.round(Math.abs(weight) / scale * BAR);
        String left = weight < 0 ? "-".repeat(length) : "";
        String right = weight > 0 ? "+".repeat(length) : "";
        return " ".repeat(BAR - left.length()) + left + "|" + right + " ".repeat(BAR - right.length());
    }
}
