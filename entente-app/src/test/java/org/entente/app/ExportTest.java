package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.entente.core.NetworkQuery;
import org.entente.core.Tie;
import org.entente.store.Store;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Export, parse back, compare with the store's network; the XML checked against the published schemas. */
class ExportTest {
    @TempDir
    Path dir;

    private Path db;
    private List<Tie> ties;

    @BeforeEach
    void fillStore() {
        db = Fixtures.store(dir.resolve("test.duckdb"), Fixtures.caucasus(), Fixtures.tehran());
        try (Store store = Store.open(db)) {
            ties = store.network(NetworkQuery.defaults().withEvidence(3));
        }
    }

    private Models.Run export(String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        return Models.offline(db, all.toArray(String[]::new));
    }

    @Test
    void graphml_isValidAgainstTheSchema_andReadsBackAsTheSameNetwork() throws Exception {
        Path file = dir.resolve("network.graphml");
        assertThat(export("--format", "graphml", "--out", file.toString()).code())
                .isZero();

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/graphml.xsd"))
                .newValidator()
                .validate(new StreamSource(file.toFile()));
        Graph<String, DefaultWeightedEdge> graph = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                .weighted(true)
                .edgeClass(DefaultWeightedEdge.class)
                .buildGraph();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(graph, new StringReader(Files.readString(file)));

        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("ARM", "AZE", "IRN", "TUR", "guards-daily");
        assertThat(graph.edgeSet()).hasSize(ties.size());
        for (Tie tie : ties) {
            DefaultWeightedEdge edge = graph.getEdge(tie.first(), tie.second());
            assertThat(graph.getEdgeWeight(edge)).isEqualTo(Math.abs(tie.weight()));
        }
        assertThat(Files.readString(file))
                .contains("attr.name=\"signedWeight\"")
                .contains("-10.0");
    }

    @Test
    void gexf_isDynamic_withAMonthlySpellPerTie_andFollowsTheGexfSchema() throws Exception {
        Path file = dir.resolve("network.gexf");
        assertThat(export("--format", "gexf", "--out", file.toString()).code()).isZero();

        Document xml =
                DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(file.toFile());
        Element graph = (Element) xml.getElementsByTagName("graph").item(0);
        assertThat(xml.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        NodeList edges = xml.getElementsByTagName("edge");
        assertThat(edges.getLength()).isEqualTo(ties.size());
        Element war = edge(edges, "ARM", "AZE");
        assertThat(war.getAttribute("weight")).isEqualTo("10.0");
        assertThat(war.getElementsByTagName("spell").getLength()).isEqualTo(1);
        Element spell = (Element) war.getElementsByTagName("spell").item(0);
        assertThat(spell.getAttribute("start") + ".." + spell.getAttribute("end"))
                .isEqualTo("2020-01-01..2020-12-31");

        // The 1.3 schema is not published where this build can fetch it; 1.3 keeps 1.2's elements
        // for what is written here, so the file is checked against the 1.2 schema JGraphT ships.
        String asDraft = Files.readString(file)
                .replace(Gexf.NAMESPACE, "http://www.gexf.net/1.2draft")
                .replace("version=\"1.3\"", "version=\"1.2\"")
                .replace(" timerepresentation=\"interval\"", "");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/gexf.xsd"))
                .newValidator()
                .validate(new StreamSource(new StringReader(asDraft)));
    }

    private static Element edge(NodeList edges, String source, String target) {
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            if (edge.getAttribute("source").equals(source)
                    && edge.getAttribute("target").equals(target)) {
                return edge;
            }
        }
        throw new AssertionError("no edge " + source + "--" + target);
    }

    @Test
    void csv_writesNodesEdgesAndAssertions_thatReadBack() throws Exception {
        Path folder = dir.resolve("csv");
        assertThat(export("--format", "csv", "--out", folder.toString()).code()).isZero();

        List<Map<String, String>> edges = rows(folder.resolve("edges.csv"));
        List<Map<String, String>> assertions = rows(folder.resolve("assertions.csv"));
        assertThat(Files.readAllLines(folder.resolve("edges.csv")).get(0)).startsWith("first,second,sign,weight,count");
        assertThat(edges).hasSize(ties.size());
        assertThat(edges).anySatisfy(e -> {
            assertThat(e.get("first") + e.get("second")).isEqualTo("ARMAZE");
            assertThat(e.get("weight")).isEqualTo("-10.0");
        });
        assertThat(rows(folder.resolve("nodes.csv")))
                .extracting(n -> n.get("id"))
                .contains("guards-daily");
        assertThat(assertions).extracting(a -> a.get("text")).contains(Fixtures.FIRST, Fixtures.OUTLET);
        assertThat(assertions)
                .filteredOn(a -> a.get("text").equals(Fixtures.FIRST))
                .singleElement()
                .satisfies(a -> assertThat(a.get("citations")).isEqualTo("Anadolu Agency, Ankara, 2020-10-06"));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("nodes.csv", "edges.csv", "assertions.csv");
        }
    }

    @Test
    void csvPerMonth_addsEveryMonthsTies_asTheNetworkOfThatMonth() throws Exception {
        Path folder = dir.resolve("monthly");
        assertThat(export("--format", "csv", "--per", "month", "--out", folder.toString())
                        .code())
                .isZero();

        List<Map<String, String>> rows = rows(folder.resolve("edges-per-month.csv"));
        assertThat(rows).isNotEmpty();
        try (Store store = Store.open(db)) {
            for (String month :
                    rows.stream().map(r -> r.get("period")).distinct().toList()) {
                YearMonth m = YearMonth.parse(month);
                List<Tie> alone = store.network(
                        NetworkQuery.defaults().window(Optional.of(m.atDay(1)), Optional.of(m.atEndOfMonth())));
                assertThat(rows)
                        .as("the ties of %s", month)
                        .filteredOn(r -> r.get("period").equals(month))
                        .extracting(r -> r.get("first") + "-" + r.get("second") + " " + r.get("weight"))
                        .containsExactlyElementsOf(alone.stream()
                                .map(t -> t.first() + "-" + t.second() + " " + Json.round(t.weight()))
                                .toList());
            }
        }
        assertThat(export(
                                "--format",
                                "gexf",
                                "--per",
                                "year",
                                "--out",
                                dir.resolve("x.gexf").toString())
                        .code())
                .isEqualTo(2);
        assertThat(export("--format", "csv", "--per", "week", "--out", folder.toString())
                        .code())
                .isEqualTo(2);
    }

    private static List<Map<String, String>> rows(Path file) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            return rows.readAll();
        }
    }

    @Test
    void jsonl_hasOneAssertionPerLine_inTheWindow() throws Exception {
        Path file = dir.resolve("assertions.jsonl");
        assertThat(export("--format", "jsonl", "--from", "2020-10", "--to", "2020-10", "--out", file.toString())
                        .code())
                .isZero();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : lines) {
            parsed.add(json.readTree(line));
        }
        assertThat(parsed)
                .extracting(a -> a.get("evidence").get("text").asText())
                .containsExactlyInAnyOrder(
                        Fixtures.FIRST, Fixtures.SECOND, Fixtures.TEHRAN, Fixtures.TEHRAN, Fixtures.OUTLET);
        assertThat(Set.copyOf(
                        parsed.stream().map(a -> a.get("modality").asText()).toList()))
                .containsExactly("asserted");
    }

    @Test
    void unwritablePath_isAClearError_andLeavesNothingBehind() throws Exception {
        Path existing = dir.resolve("keep.graphml");
        Files.writeString(existing, "previous export");

        Models.Run missing = export(
                "--format",
                "gexf",
                "--out",
                dir.resolve("no/such/folder/x.gexf").toString());
        Models.Run folder = export("--format", "graphml", "--out", dir.toString());

        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err())
                .contains("cannot write")
                .contains("no such folder")
                .doesNotContain("Exception");
        assertThat(folder.err()).contains("it is a folder");
        assertThat(Files.readString(existing)).isEqualTo("previous export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
