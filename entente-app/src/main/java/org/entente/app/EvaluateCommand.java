package org.entente.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.entente.core.ActorType;
import org.entente.core.Assertion;
import org.entente.core.Document;
import org.entente.core.InputException;
import org.entente.nlp.ActorKnowledgeBase;
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
        List<Scores.Result> results = new ArrayList<>();
        UnaryOperator<String> asState = asState(context.knowledgeBase());
        for (Input gold : golds.isEmpty()
                ? List.of(Input.resource(DEMO_GOLD))
                : golds.stream().map(Input::file).toList()) {
            GoldStandard standard = GoldStandard.parse(gold.source(), new String(gold.bytes(), StandardCharsets.UTF_8));
            Map<String, List<Assertion>> predictions = new LinkedHashMap<>();
            for (String name : standard.documents()) {
                Input input = locate(gold.source(), name);
                Document document = Readers.forFile(name).read(input.source(), input.bytes());
                predictions.put(name, context.extractor().extract(document).assertions());
            }
            results.add(Scores.score(standard, predictions, asState));
        }
        if (format.format == Format.JSON) {
            Json.print(
                    context.out(), results.stream().map(EvaluateCommand::view).toList());
        } else {
            results.forEach(result -> print(context.out(), result));
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
    private static UnaryOperator<String> asState(ActorKnowledgeBase kb) {
        return id -> kb.actor(id)
                .filter(actor -> actor.type() == ActorType.PERSON
                        && !actor.affiliations().isEmpty())
                .map(actor -> actor.affiliations().get(0).actor())
                .orElse(id);
    }

    private void print(PrintWriter out, Scores.Result result) {
        Table table = new Table("DOCUMENT:40", "PRECISION", "RECALL", "F1", "DATES RIGHT", "KINDS RIGHT");
        result.byDocument()
                .forEach((document, count) -> table.row(
                        document,
                        precision(count),
                        recall(count),
                        String.format(Locale.ROOT, "%.2f", count.f1()),
                        count.datesRight() + "/" + count.dated(),
                        count.kindsRight() + "/" + count.rowsFound()));
        Scores.Count total = result.total();
        table.row(
                "all",
                precision(total),
                recall(total),
                String.format(Locale.ROOT, "%.2f", total.f1()),
                total.datesRight() + "/" + total.dated(),
                total.kindsRight() + "/" + total.rowsFound());
        table.print(out);
        if (verbose) {
            out.println();
            out.println("Wrong (extracted, not in the gold):");
            result.wrong().forEach(m -> out.println("  " + line(m)));
            out.println("Missed (in the gold, not extracted):");
            result.missed().forEach(m -> out.println("  " + line(m)));
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
            int kindsRight) {
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
                    c.kindsRight());
        }
    }

    record ResultView(List<CountView> documents, CountView total) {}

    private static ResultView view(Scores.Result result) {
        List<CountView> documents = result.byDocument().entrySet().stream()
                .map(e -> CountView.of(e.getKey(), e.getValue()))
                .toList();
        return new ResultView(documents, CountView.of("all", result.total()));
    }
}
