package org.entente.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.FootnoteMarker;
import org.entente.core.Metadata;
import org.entente.core.PartialDate;
import org.entente.reader.Readers;
import org.entente.reader.Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "read",
        description = {
            "Rebuild one file into a structured document and print it; the store is not touched.",
            "Paragraphs with their footnote markers, footnotes with parsed citations, captions, pull quotes and the running header."
        })
final class ReadCommand implements Callable<Integer> {
    enum ReadFormat {
        TEXT,
        JSON
    }

    @ParentCommand
    private EntenteCommand parent;

    @Parameters(paramLabel = "FILE", description = "The file to read.")
    private Path file;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "text (default): the rebuilt document to read; json: its structure (docs/cli.md).")
    private ReadFormat format = ReadFormat.TEXT;

    @Override
    public Integer call() {
        Input input = Input.file(file);
        Readers.forFile(file.getFileName().toString()); // refuses an unsupported type before reading the file
        Reading reading = Readers.read(input.source(), input.bytes());
        Document document = reading.document();
        PrintWriter out = parent.context().out();
        if (format == ReadFormat.JSON) {
            Json.print(out, view(reading));
        } else {
            printText(out, document);
        }
        return Cli.OK;
    }

    record MetadataView(String title, List<String> authors, String venue, String date) {}

    record ParagraphView(int index, String kind, String text, List<Integer> footnotes) {}

    record FootnoteView(int number, String text, List<Json.CitationView> citations) {}

    record DocumentView(
            String id,
            String source,
            MetadataView metadata,
            List<ParagraphView> paragraphs,
            List<FootnoteView> footnotes,
            List<String> captions,
            List<String> pullQuotes,
            String header) {}

    static DocumentView view(Reading reading) {
        Document d = reading.document();
        Metadata m = d.metadata();
        List<ParagraphView> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<String> pullQuotes = new ArrayList<>();
        for (Block block : d.blocks()) {
            switch (block.kind()) {
                case CAPTION -> captions.add(block.text());
                case PULL_QUOTE -> pullQuotes.add(block.text());
                default -> paragraphs.add(new ParagraphView(
                        block.index(),
                        block.kind().label(),
                        block.text(),
                        block.markers().stream().map(FootnoteMarker::number).toList()));
            }
        }
        return new DocumentView(
                d.id(),
                d.source(),
                new MetadataView(
                        m.title().orElse(null),
                        m.authors(),
                        m.venue().orElse(null),
                        m.date().map(PartialDate::toString).orElse(null)),
                paragraphs,
                d.footnotes().stream()
                        .map(f -> new FootnoteView(
                                f.number(),
                                f.text(),
                                f.citations().stream()
                                        .map(Json.CitationView::of)
                                        .toList()))
                        .toList(),
                captions,
                pullQuotes,
                reading.header().orElse(null));
    }

    private static void printText(PrintWriter out, Document d) {
        Metadata m = d.metadata();
        out.println(m.title().orElse(d.source()));
        if (!m.authors().isEmpty()) {
            out.println("by " + String.join(", ", m.authors()));
        }
        m.venue()
                .ifPresent(venue ->
                        out.println(venue + m.date().map(date -> ", " + date).orElse("")));
        for (Block block : d.blocks()) {
            out.println();
            String text = withMarkers(block);
            switch (block.kind()) {
                case HEADING -> out.println("## " + text);
                case BLOCK_QUOTE -> out.println("> " + text);
                case CAPTION -> out.println("[caption] " + text);
                case PULL_QUOTE -> out.println("[pull quote] " + text);
                default -> out.println(text);
            }
        }
        if (!d.footnotes().isEmpty()) {
            out.println();
            out.println("Footnotes");
            for (Footnote f : d.footnotes()) {
                out.println("  " + f.number() + ". " + f.text());
            }
        }
    }

    /** The block's text with each footnote marker shown as [n] where it stood. */
    private static String withMarkers(Block block) {
        if (block.kind() == BlockKind.CAPTION || block.markers().isEmpty()) {
            return block.text();
        }
        StringBuilder text = new StringBuilder(block.text());
        List<FootnoteMarker> markers = new ArrayList<>(block.markers());
        // From the end backwards, so earlier offsets stay valid; "3,4" at one place reads [3][4].
        markers.sort((a, b) -> a.offset() != b.offset()
                ? Integer.compare(b.offset(), a.offset())
                : Integer.compare(b.number(), a.number()));
        for (FootnoteMarker marker : markers) {
            text.insert(marker.offset(), "[" + marker.number() + "]");
        }
        return text.toString();
    }
}
