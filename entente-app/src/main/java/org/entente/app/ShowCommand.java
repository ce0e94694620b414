package org.entente.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.entente.core.Assertion;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Evidence;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "show",
        description = "Show one assertion with its evidence: the sentence, the document and the footnotes it cites.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Parameters(paramLabel = "ASSERTION_ID", description = "The assertion's id, as `entente assertions` lists it.")
    private String id;

    @Override
    public Integer call() {
        Context context = parent.context();
        Store store = context.store();
        Assertion assertion = store.assertion(id.trim())
                .orElseThrow(() -> new UsageException("no assertion with id '" + id + "' in " + context.storePath()));
        Optional<Document> document = store.document(assertion.evidence().document());
        if (format.format == Format.JSON) {
            Map<String, String> source =
                    document.map(d -> Map.of(d.id(), d.source())).orElse(Map.of());
            Json.print(context.out(), Json.AssertionView.of(assertion, source));
            return Cli.OK;
        }
        print(context.out(), assertion, document);
        return Cli.OK;
    }

    static void print(PrintWriter out, Assertion a, Optional<Document> document) {
        out.printf(
                Locale.ROOT,
                "%s  %s -> %s  %s%s%n",
                a.id(),
                String.join(", ", a.sources()),
                String.join(", ", a.targets()),
                a.kind().label(),
                a.kind().cameoRoot().map(code -> " (CAMEO " + code + ")").orElse(""));
        out.printf(
                Locale.ROOT,
                "  sign %s, intensity %.1f, %s, speaker %s, confidence %.2f%n",
                AssertionsCommand.signSymbol(a.sign().value()),
                a.intensity(),
                Json.lower(a.modality().name()),
                a.speaker(),
                a.confidence());
        out.printf(
                Locale.ROOT,
                "  when %s (%s, from the %s)%n",
                a.time(),
                Json.lower(a.time().precision().name()),
                Json.lower(a.time().basis().name()));
        Evidence e = a.evidence();
        out.printf(
                Locale.ROOT,
                "  in %s, sentence %d%n",
                document.map(d -> d.source()
                                + d.metadata()
                                        .title()
                                        .map(t -> " \"" + Table.fit(t, 80) + "\"")
                                        .orElse(""))
                        .orElse(e.document()),
                e.sentence() + 1);
        out.println("  \"" + Table.fit(e.text(), Integer.MAX_VALUE) + "\"");
        for (int number : e.footnotes()) {
            String text = document.flatMap(d -> d.footnote(number))
                    .map(f -> Table.fit(f.text(), 200))
                    .orElse("(footnote text not stored)");
            out.printf("  footnote %d: %s%n", number, text);
        }
        for (Citation c : e.citations()) {
            out.println("    cites " + c.outlet().or(c::title).orElse("(no outlet)")
                    + c.place().map(p -> " (" + p + ")").orElse("")
                    + (c.dates().isEmpty()
                            ? ""
                            : ", " + c.dates().stream().map(Object::toString).collect(Collectors.joining(", "))));
        }
    }
}
