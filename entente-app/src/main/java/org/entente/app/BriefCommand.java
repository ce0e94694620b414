package org.entente.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "brief",
        description = "Write a briefing to send: the network picture, quandaries, factions, stance timelines and"
                + " key ties with their sentences and numbered sources, as HTML or Markdown.")
final class BriefCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private WindowOptions window;

    @Option(
            names = "--actor",
            paramLabel = "ID",
            description = "Brief on this actor: its neighbourhood, its quandaries and factions.")
    private String actor;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "brief.html (a self-contained page, for the browser or print to PDF) or brief.md.")
    private Path out;

    @Override
    public Integer call() {
        Context context = parent.context();
        Store store = context.store();
        String name =
                out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean markdown = name.endsWith(".md");
        if (!markdown && !name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new UsageException("--out must end in .html or .md, not '" + out + "'");
        }
        Optional<String> focus = Optional.ofNullable(actor).map(a -> AssertionsCommand.actorId(a, store));
        Brief brief = new Brief(store, window.query(store), focus, window.describe());
        String text = markdown ? new BriefMarkdown(brief).render() : new BriefHtml(brief).render();
        ExportCommand.write(out, writer -> writer.write(text));
        context.out()
                .println("Wrote a briefing on " + brief.network.actors().size() + " actors and "
                        + brief.network.ties().size() + " ties, with "
                        + brief.notes().size() + " sources, to " + out);
        return Cli.OK;
    }
}
