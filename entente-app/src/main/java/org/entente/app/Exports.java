package org.entente.app;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.core.Actor;
import org.entente.core.Assertion;
import org.entente.core.NetworkQuery;
import org.entente.core.Period;
import org.entente.core.Tie;
import org.entente.store.ActorSummary;
import org.entente.store.DocumentSummary;
import org.entente.store.Store;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * The network of one query written in the formats analysts take elsewhere. Every format carries the
 * same actors and ties; GEXF adds their life month by month, CSV and JSON Lines the assertions.
 */
final class Exports {
    /** A GEXF file is cut in months; a longer span than this is a mistake, not a history. */
    private static final int MAX_MONTHS = 1200;

    private final Store store;
    private final NetworkQuery query;
    private final List<Tie> ties;
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, Integer> activity = new HashMap<>();
    private String summary;

    Exports(Store store, NetworkQuery query) {
        this.store = store;
        this.query = query;
        this.ties = store.network(query);
        Map<String, ActorSummary> known = new HashMap<>();
        store.actors().forEach(a -> known.put(a.actor().id(), a));
        for (Tie tie : ties) {
            for (String id : List.of(tie.first(), tie.second())) {
                activity.merge(id, tie.count(), Integer::sum);
                actors.computeIfAbsent(id, k -> Optional.ofNullable(known.get(k))
                        .map(ActorSummary::actor)
                        .orElse(new Actor(k, k, org.entente.core.ActorType.ORGANISATION, List.of(), List.of())));
            }
        }
        summary = actors.size() + " actors and " + ties.size() + " ties";
    }

    String summary() {
        return summary;
    }

    void graphml(Writer writer) {
        Graph<String, Tie> graph = GraphTypeBuilder.<String, Tie>undirected()
                .allowingMultipleEdges(false)
                .allowingSelfLoops(false)
                .weighted(true)
                .buildGraph();
        actors.keySet().forEach(graph::addVertex);
        for (Tie tie : ties) {
            graph.addEdge(tie.first(), tie.second(), tie);
            graph.setEdgeWeight(tie, Math.abs(tie.weight()));
        }
        GraphMLExporter<String, Tie> exporter = new GraphMLExporter<>(id -> id);
        exporter.setEdgeIdProvider(t -> t.first() + "--" + t.second());
        exporter.setExportEdgeWeights(true);
        exporter.registerAttribute("label", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("type", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("assertions", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("sign", AttributeCategory.EDGE, AttributeType.INT);
        exporter.registerAttribute("signedWeight", AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.registerAttribute("count", AttributeCategory.EDGE, AttributeType.INT);
        exporter.registerAttribute("latest", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("evidence", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(id -> Map.of(
                "label", DefaultAttribute.createAttribute(actors.get(id).name()),
                "type", DefaultAttribute.createAttribute(actors.get(id).type().label()),
                "assertions", DefaultAttribute.createAttribute(activity.get(id))));
        exporter.setEdgeAttributeProvider(this::edgeAttributes);
        exporter.exportGraph(graph, writer);
    }

    private Map<String, Attribute> edgeAttributes(Tie tie) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("sign", DefaultAttribute.createAttribute(tie.sign().value()));
        attributes.put("signedWeight", DefaultAttribute.createAttribute(Json.round(tie.weight())));
        attributes.put("count", DefaultAttribute.createAttribute(tie.count()));
        attributes.put("latest", DefaultAttribute.createAttribute(Json.iso(tie.latest())));
        attributes.put("evidence", DefaultAttribute.createAttribute(String.join(" ", tie.evidence())));
        return attributes;
    }

    void gexf(Writer writer) throws IOException {
        Period range = new Period(query.from(), query.to());
        Period stored = store.timeRange();
        LocalDate start = range.from().or(stored::from).orElse(null);
        LocalDate end = range.to().or(stored::to).orElse(null);
        Map<List<String>, Map<YearMonth, Tie>> monthly = new HashMap<>();
        if (start != null && end != null) {
            YearMonth first = YearMonth.from(start);
            YearMonth last = YearMonth.from(end);
            if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
                throw new org.entente.core.InputException("the window " + start + ".." + end + " spans more than "
                        + MAX_MONTHS + " months; give a shorter one with --from and --to");
            }
            store.networks(query.window(Optional.of(start), Optional.of(end)), ChronoUnit.MONTHS, (month, ties) -> {
                for (Tie tie : ties) {
                    monthly.computeIfAbsent(List.of(tie.first(), tie.second()), k -> new LinkedHashMap<>())
                            .put(YearMonth.from(month), tie);
                }
            });
        }
        new Gexf(writer).write(actors, activity, ties, monthly);
        summary += ", " + monthly.values().stream().mapToInt(Map::size).sum() + " monthly slices of ties";
    }

    void jsonl(Writer writer) throws IOException {
        ObjectMapper mapper = JsonMapper.builder().build();
        Map<String, String> sources = documentSources();
        List<Assertion> assertions = store.assertions(query);
        for (Assertion a : assertions) {
            writer.write(mapper.writeValueAsString(Json.AssertionView.of(a, sources)));
            writer.write('\n');
        }
        summary = assertions.size() + " assertions behind " + ties.size() + " ties";
    }

    record NodeRow(String id, String name, String type, int assertions) {}

    record AssertionRow(
            String id,
            String sources,
            String targets,
            String kind,
            String cameo,
            int sign,
            double intensity,
            String modality,
            String speaker,
            String start,
            String end,
            String precision,
            String basis,
            double confidence,
            String document,
            String source,
            int sentence,
            String text,
            String citations) {}

    void nodesCsv(Writer writer) throws IOException {
        List<NodeRow> rows = actors.values().stream()
                .map(a -> new NodeRow(a.id(), a.name(), a.type().label(), activity.get(a.id())))
                .toList();
        csv(writer, NodeRow.class, rows);
    }

    void edgesCsv(Writer writer) throws IOException {
        csv(writer, Json.TieView.class, ties.stream().map(Json.TieView::of).toList());
    }

    void assertionsCsv(Writer writer) throws IOException {
        Map<String, String> sources = documentSources();
        List<AssertionRow> rows = store.assertions(query).stream()
                .map(a -> Json.AssertionView.of(a, sources))
                .map(v -> new AssertionRow(
                        v.id(),
                        String.join(" ", v.sources()),
                        String.join(" ", v.targets()),
                        v.kind(),
                        v.cameo(),
                        v.sign(),
                        v.intensity(),
                        v.modality(),
                        v.speaker(),
                        v.time().start(),
                        v.time().end(),
                        v.time().precision(),
                        v.time().basis(),
                        v.confidence(),
                        v.evidence().document(),
                        v.evidence().source(),
                        v.evidence().sentence(),
                        v.evidence().text(),
                        v.evidence().citations().stream()
                                .map(c -> String.join(
                                                ", ",
                                                List.of(
                                                        String.valueOf(c.outlet()),
                                                        String.valueOf(c.place()),
                                                        String.join(" ", c.dates())))
                                        .replace("null, ", ""))
                                .collect(Collectors.joining("; "))))
                .toList();
        csv(writer, AssertionRow.class, rows);
        summary = actors.size() + " actors, " + ties.size() + " ties and " + rows.size() + " assertions";
    }

    /** One tie of one period: its first day, as YYYY-MM for months and YYYY for years. */
    record PeriodEdgeRow(
            String period,
            String first,
            String second,
            int sign,
            double weight,
            int count,
            int positive,
            int negative,
            String latest,
            List<String> evidence) {}

    /**
     * Every period's ties, period after period, written as the store gives them: the file of a large
     * store of event data is never held in memory whole.
     */
    void periodEdgesCsv(Writer writer, ChronoUnit per) throws IOException {
        long[] rows = new long[2];
        try (SequenceWriter out = csvWriter(PeriodEdgeRow.class).writeValues(writer)) {
            store.networks(query, per, (start, slice) -> {
                String period = per == ChronoUnit.YEARS
                        ? String.valueOf(start.getYear())
                        : YearMonth.from(start).toString();
                rows[0]++;
                for (Tie tie : slice) {
                    Json.TieView t = Json.TieView.of(tie);
                    write(
                            out,
                            new PeriodEdgeRow(
                                    period,
                                    t.first(),
                                    t.second(),
                                    t.sign(),
                                    t.weight(),
                                    t.count(),
                                    t.positive(),
                                    t.negative(),
                                    t.latest(),
                                    t.evidence()));
                    rows[1]++;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        summary += ", " + rows[1] + " ties over " + rows[0] + " " + (per == ChronoUnit.YEARS ? "years" : "months");
    }

    private static void write(SequenceWriter out, Object row) {
        try {
            out.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void csv(Writer writer, Class<T> type, List<T> rows) throws IOException {
        csvWriter(type).writeValue(writer, rows);
    }

    private static ObjectWriter csvWriter(Class<?> type) {
        // Columns in the records' order, not alphabetical.
        CsvMapper mapper = CsvMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
        // A list in a cell (a tie's evidence ids) is written space-separated.
        CsvSchema schema = mapper.schemaFor(type).withHeader().withArrayElementSeparator(" ");
        return mapper.writer(schema);
    }

    private Map<String, String> documentSources() {
        return store.documents().stream().collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::source));
    }
}
