package org.entente.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.DocumentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "documents", description = "List the documents in the store.")
final class DocumentsCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        Context context = parent.context();
        List<DocumentSummary> documents = context.store().documents();
        if (format.format == Format.JSON) {
            Json.print(
                    context.out(), documents.stream().map(Json.DocumentView::of).toList());
            return Cli.OK;
        }
        Table table = new Table("ID", "SOURCE:40", "TITLE:50", "SENTENCES", "ASSERTIONS", "INGESTED");
        for (DocumentSummary d : documents) {
            table.row(
                    d.id().substring(0, 12),
                    d.source(),
                    d.title().orElse(""),
                    d.sentences(),
                    d.assertions(),
                    d.ingestedAt().toString().substring(0, 19).replace('T', ' '));
        }
        Listings.print(context, table, "No documents yet: add some with `entente ingest PATH`.");
        return Cli.OK;
    }
}
