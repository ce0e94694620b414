package org.entente.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Assertion;
import org.entente.core.Document;
import org.entente.core.Extraction;
import org.entente.core.InputException;
import org.entente.reader.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "evaluate",
        description = {
            "Score the extractor against gold annotations: precision, recall and F1 of (source, target, sign)"
                    + " dyads with matching evidence, and how many found ties have the right date and kind.",
            "Without GOLD it scores the bundled demo corpus against its bundled annotation. Touches no store."
        })
final class EvaluateCommand implements Callable<Integer> {
    private static final String DEMO_GOLD = "demo/gold.tsv";

    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Mixin
    private ActorsOption actors;

    @Parameters(
            paramLabel = "GOLD",
            arity = "0..*",
            description = "Gold annotation files (format: docs/evaluation.md).")
    private List<Path> golds = List.of();

    @Option(
            names = "--documents",
            paramLabel = "DIR",
            description = "Where the annotated documents are (default: beside each gold file, else the demo corpus).")
    private Path documents;

    @Option(names = "--verbose", description = "Also list every wrong and every missed dyad.")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        Context context = parent.context();
        actors.applyTo(context);
        List<String> sources = new ArrayList<>();
        List<Scores.Result> results = new ArrayList<>();
        Map<String, Actor> actors = new HashMap<>();
        context.knowledgeBase().actors().forEach(actor -> actors.put(actor.id(), actor));
        UnaryOperator<String> asState = asState(actors);
        for (Input gold : golds.isEmpty()
                ? List.of(Input.resource(DEMO_GOLD))
                : golds.stream().map(Input::file).toList()) {
            GoldStandard standard = GoldStandard.parse(gold.source(), new String(gold.bytes(), StandardCharsets.UTF_8));
            Map<String, List<Assertion>> predictions = new LinkedHashMap<>();
            for (String name : standard.documents()) {
                Input input = locate(gold.source(), name);
                Document document = Readers.forFile(name).read(input.source(), input.bytes());
                Extraction extraction = context.extractor().extract(document);
                extraction.actors().forEach(actor -> actors.putIfAbsent(actor.id(), actor)); // discovered ones too
                predictions.put(name, extraction.assertions());
            }
            sources.add(gold.source());
            results.add(Scores.score(standard, predictions, asState));
        }
        Scores.Count overall = results.stream().map(Scores.Result::total).reduce(Scores.Count.ZERO, Scores.Count::plus);
        if (format.format == Format.JSON) {
            List<ResultView> views = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                views.add(view(sources.get(i), results.get(i)));
            }
            if (results.size() > 1) {
                views.add(new ResultView("all", List.of(), CountView.of("all", overall)));
            }
            Json.print(context.out(), views);
        } else {
            for (int i = 0; i < results.size(); i++) {
                if (results.size() > 1) {
                    context.out().println(sources.get(i));
                }
                print(context.out(), results.get(i));
                context.out().println();
            }
            if (results.size() > 1) {
                context.out().println("All " + results.size() + " gold files");
                Table table = table();
                row(table, "all", overall);
                table.print(context.out());
            }
        }
        return Cli.OK;
    }

    private Input locate(String goldSource, String name) {
        if (documents != null) {
            return Input.file(documents.resolve(name));
        }
        if (!goldSource.equals(DEMO_GOLD)) {
            Path beside = Path.of(goldSource).toAbsolutePath().resolveSibling(name);
            if (Files.exists(beside)) {
                return Input.file(beside);
            }
        }
        if (EvaluateCommand.class.getResource("/demo/" + name) != null) {
            return Input.resource("demo/" + name);
        }
        throw new InputException(goldSource + ": document " + name + " not found; name its folder with --documents");
    }

    /** Persons are scored as the state they serve: a tie of Pompeo's is a tie of the United States. */
    private static UnaryOperator<String> asState(Map<String, Actor> actors) {
        return id -> Optional.ofNullable(actors.get(id))
                .filter(actor -> actor.type() == ActorType.PERSON
                        && !actor.affiliations().isEmpty())
                .map(actor -> actor.affiliations().get(0).actor())
                .orElse(id);
    }

    private static Table table() {
        return new Table("DOCUMENT:40", "PRECISION", "RECALL", "F1", "ACTORS RIGHT", "DATES RIGHT", "KINDS RIGHT");
    }

    private static void row(Table table, String document, Scores.Count count) {
        table.row(
                document,
                precision(count),
                recall(count),
                String.format(Locale.ROOT, "%.2f", count.f1()),
                String.format(Locale.ROOT, "%.2f (%d/%d)", count.actorAccuracy(), count.actorsRight(), count.actors()),
                String.format(Locale.ROOT, "%.2f (%d/%d)", count.dateAccuracy(), count.datesRight(), count.dated()),
                count.kindsRight() + "/" + count.rowsFound());
    }

    private void print(PrintWriter out, Scores.Result result) {
        Table table = table();
        result.byDocument().forEach((document, count) -> row(table, document, count));
        row(table, "all", result.total());
        table.print(out);
        if (verbose) {
            out.println();
            out.println("Wrong (extracted, not in the gold):");
            result.wrong().forEach(m -> out.println("  " + line(m)));
            out.println("Missed (in the gold, not extracted):");
            result.missed().forEach(m -> out.println("  " + line(m)));
            out.println("Dates wrong (gold date, date found):");
            result.wrongDates()
                    .forEach(d -> out.println("  " + d.document() + "  " + d.gold() + "  " + d.found() + " ("
                            + d.found().basis().name().toLowerCase(Locale.ROOT) + ")  "
                            + Table.fit(d.phrase(), 80)));
        }
    }

    private static String precision(Scores.Count c) {
        return String.format(Locale.ROOT, "%.2f (%d/%d)", c.precision(), c.correct(), c.predicted());
    }

    private static String recall(Scores.Count c) {
        return String.format(Locale.ROOT, "%.2f (%d/%d)", c.recall(), c.found(), c.gold());
    }

    private static String line(Scores.Miss m) {
        return m.document() + "  " + m.source() + " -> " + m.target() + " " + m.sign() + "  "
                + Table.fit(m.sentence(), 100);
    }

    record CountView(
            String document,
            int predicted,
            int correct,
            int gold,
            int found,
            double precision,
            double recall,
            double f1,
            int dated,
            int datesRight,
            int rowsFound,
            int kindsRight,
            int actors,
            int actorsRight,
            double actorAccuracy,
            double dateAccuracy) {
        static CountView of(String document, Scores.Count c) {
            return new CountView(
                    document,
                    c.predicted(),
                    c.correct(),
                    c.gold(),
                    c.found(),
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.dated(),
                    c.datesRight(),
                    c.rowsFound(),
                    c.kindsRight(),
                    c.actors(),
                    c.actorsRight(),
                    c.actorAccuracy(),
                    c.dateAccuracy());
        }
    }

    /** One gold file's scores; {@code gold} is "all" for the sum over several files. */
    record ResultView(String gold, List<CountView> documents, CountView total) {}

    private static ResultView view(String gold, Scores.Result result) {
        List<CountView> documents = result.byDocument().entrySet().stream()
                .map(e -> CountView.of(e.getKey(), e.getValue()))
                .toList();
        return new ResultView(gold, documents, CountView.of("all", result.total()));
    }
}
