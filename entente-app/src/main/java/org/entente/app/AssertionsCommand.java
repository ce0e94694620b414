package org.entente.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.entente.core.Assertion;
import org.entente.core.AssertionQuery;
import org.entente.core.PartialDate;
import org.entente.core.RelationKind;
import org.entente.store.DocumentSummary;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "assertions",
        description = "List assertions with their evidence, filtered by actor, pair, time and kind.")
final class AssertionsCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private FormatOption format;

    @Option(names = "--actor", paramLabel = "ID", description = "Assertions naming this actor as source or target.")
    private String actor;

    @Option(
            names = "--between",
            arity = "2",
            paramLabel = "ID",
            description = "Assertions between two actors, in either direction.")
    private List<String> between;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            converter = DateOption.class,
            description =
                    "Assertions in effect on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated ones are left out.")
    private PartialDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            converter = DateOption.class,
            description = "Assertions in effect on or before DATE; undated ones are left out.")
    private PartialDate to;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind, e.g. aid, fight, mediate, alliance.")
    private String kind;

    @Option(names = "--document", paramLabel = "ID", description = "Only assertions from this document (id or prefix).")
    private String document;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N (default: all).")
    private int limit;

    @Option(
            names = "--include-rejected",
            description = "Also list the assertions an analyst rejected (left out by default).")
    private boolean includeRejected;

    @Override
    public Integer call() {
        Context context = parent.context();
        Store store = context.store();
        Map<String, String> sources =
                store.documents().stream().collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::source));
        List<Assertion> assertions = store.assertions(query(store, sources));
        if (format.format == Format.JSON) {
            Json.print(
                    context.out(),
                    assertions.stream()
                            .map(a -> Json.AssertionView.of(a, sources))
                            .toList());
            return Cli.OK;
        }
        Table table = new Table(
                "ID", "WHEN", "SOURCE:24", "KIND", "TARGET:24", "SIGN", "MODALITY", "SPEAKER:16", "SENTENCE:70");
        for (Assertion a : assertions) {
            table.row(
                    a.id(),
                    a.time(),
                    String.join(",", a.sources()),
                    a.kind().label(),
                    String.join(",", a.targets()),
                    signSymbol(a.sign().value()),
                    Json.lower(a.modality().name()),
                    a.speaker(),
                    a.evidence().text());
        }
        Listings.print(context, table, "No assertions match.");
        return Cli.OK;
    }

    private AssertionQuery query(Store store, Map<String, String> documentSources) {
        if (limit < 0) {
            throw new UsageException("--limit must be 0 or more, was " + limit);
        }
        Optional<String> documentId =
                Optional.ofNullable(document).map(prefix -> resolveDocument(prefix, documentSources));
        try {
            return new AssertionQuery(
                    Optional.ofNullable(actor).map(id -> actorId(id, store)),
                    Optional.ofNullable(between)
                            .map(pair ->
                                    new AssertionQuery.Pair(actorId(pair.get(0), store), actorId(pair.get(1), store))),
                    Optional.ofNullable(from).map(PartialDate::first),
                    Optional.ofNullable(to).map(PartialDate::last),
                    Optional.ofNullable(kind).map(RelationKind::ofLabel),
                    documentId,
                    includeRejected,
                    limit);
        } catch (IllegalArgumentException e) {
            // An unknown kind, a window that ends before it starts: the caller's mistake, said as such.
            throw new UsageException(e.getMessage());
        }
    }

    /** The id of an actor as typed, forgiving the case of state codes ("irn" finds IRN). */
    static String actorId(String typed, Store store) {
        try {
            return NetworkFilter.actorId(typed, store);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String resolveDocument(String prefix, Map<String, String> documentSources) {
        List<String> matches = documentSources.keySet().stream()
                .filter(id -> id.startsWith(prefix))
                .toList();
        if (matches.size() != 1) {
            throw new UsageException(
                    (matches.isEmpty() ? "no document id starts with '" : "several document ids start with '") + prefix
                            + "'");
        }
        return matches.get(0);
    }

    static String signSymbol(int sign) {
        return sign > 0 ? "+" : sign < 0 ? "-" : "0";
    }
}
