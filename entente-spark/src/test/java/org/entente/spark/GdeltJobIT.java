package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entente.core.AssertionQuery;
import org.entente.core.NetworkQuery;
import org.entente.core.Tie;
import org.entente.store.EventFormat;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class GdeltJobIT {
    private static SparkSession spark;

    @TempDir
    static Path folder;

    private static Path file;
    private static Path out;
    private static GdeltJob.Report report;

    /** One run of the job and one import into a store file, which every test reads. */
    @BeforeAll
    static void start() throws IOException {
        spark = LocalSpark.start();
        file = eventFile();
        out = folder.resolve("out");
        report = new GdeltJob(spark, SparkTables.ofStore())
                .run(List.of(file.toString()), out.toString(), ChronoUnit.MONTHS);
        try (Store store = Store.open(folder.resolve("entente.duckdb"))) {
            store.importEvents(file, EventFormat.GDELT);
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** A GDELT 2.0 line: 61 cells, the ones the import reads filled in. */
    static String event(String id, String day, String actor1, String actor2, String code, String goldstein) {
        String[] cells = new String[61];
        Arrays.fill(cells, "");
        cells[0] = id;
        cells[1] = day;
        cells[7] = actor1;
        cells[17] = actor2;
        cells[26] = code;
        cells[28] = code.length() >= 2 ? code.substring(0, 2) : code;
        cells[30] = goldstein;
        cells[60] = "https://news.example/" + id;
        return String.join("\t", cells);
    }

    private static Path eventFile() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                event("101", "20200105", "ARM", "AZE", "190", "-10"),
                event("102", "20200110", "AZE", "ARM", "040", "1"),
                event("103", "20200203", "ARM", "AZE", "040", "1"),
                event("104", "20200115", "IRN", "ARM", "057", "3.5"),
                event("105", "20200120", "IRN", "AZE", "051", "3.25"),
                event("106", "20200301", "RUS", "IND", "010", "0"),
                event("107", "20200302", "ROM", "MDA", "030", "4"),
                event("108", "20201340", "ARM", "AZE", "190", "-10"),
                event("109", "20200106", "ARM", "AZE", "990", "-10"),
                event("110", "20200107", "ARM", "AZE", "190", "lots"),
                event("abc", "20200108", "ARM", "AZE", "190", "-10"),
                event("112", "20200109", "", "AZE", "190", "-10"),
                event("113", "20200111", "ARM", "ARM", "190", "-10")));
        String shortLine = event("114", "20200112", "ARM", "AZE", "190", "-10");
        lines.add(shortLine.substring(0, shortLine.lastIndexOf('\t')));
        Path file = folder.resolve("20200101.export.CSV");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private record Dyad(long count, long positive, long negative, double weight) {}

    @Test
    void dyadsPerMonth_equalTheStoreNetworkOfEachMonth_afterTheStoreImportsTheSameFile() {
        assertThat(report.imported()).isEqualTo(7);
        assertThat(report.unusable()).isEqualTo(2);

        Map<String, Map<List<String>, Dyad>> dyads = new HashMap<>();
        for (Row row : spark.read().parquet(out.resolve("dyads").toString()).collectAsList()) {
            dyads.computeIfAbsent(row.getAs("period").toString(), p -> new HashMap<>())
                    .put(
                            List.of(row.getAs("first"), row.getAs("second")),
                            new Dyad(
                                    row.getAs("count"),
                                    row.getAs("positive"),
                                    row.getAs("negative"),
                                    row.getAs("weight")));
        }
        try (Store store = Store.open(folder.resolve("entente.duckdb"))) {
            for (String month : List.of("2020-01-01", "2020-02-01", "2020-03-01")) {
                LocalDate first = LocalDate.parse(month);
                NetworkQuery window = NetworkQuery.defaults()
                        .window(
                                Optional.of(first),
                                Optional.of(first.plusMonths(1).minusDays(1)));
                Map<List<String>, Dyad> expected = new HashMap<>();
                for (Tie tie : store.network(window)) {
                    expected.put(
                            List.of(tie.first(), tie.second()),
                            new Dyad(tie.count(), tie.positive(), tie.negative(), tie.weight()));
                }
                assertThat(dyads.get(month)).as(month).isEqualTo(expected);
            }
            // The armed month leaves the talks out of the weight; the quiet month counts them.
            assertThat(dyads.get("2020-01-01").get(List.of("ARM", "AZE")).weight())
                    .isEqualTo(-10.0);
            assertThat(dyads.get("2020-02-01").get(List.of("ARM", "AZE")).weight())
                    .isEqualTo(1.0);
        }
    }

    @Test
    void parquetTables_readByTheStore_giveTheNetworkAndAssertionsOfTheStoreImport() {
        try (Store store = Store.open(folder.resolve("entente.duckdb"));
                Store parquet = Store.openParquet(out)) {
            assertThat(parquet.network(NetworkQuery.defaults())).isEqualTo(store.network(NetworkQuery.defaults()));
            assertThat(parquet.assertions(AssertionQuery.all())).isEqualTo(store.assertions(AssertionQuery.all()));
            assertThat(parquet.actors()).isEqualTo(store.actors());
            assertThat(parquet.documents())
                    .extracting(d -> d.id() + " " + d.source())
                    .isEqualTo(store.documents().stream()
                            .map(d -> d.id() + " " + d.source())
                            .toList());
        }
    }

    @Test
    void zippedFileInAFolder_givesWhatTheStoreImportsFromTheSameZip() throws IOException {
        Path zip = Files.createDirectories(folder.resolve("zipped")).resolve("20200101.export.CSV.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("20200101.export.CSV"));
            out.write(Files.readAllBytes(file));
            out.closeEntry();
        }
        Path zipOut = folder.resolve("zip-out");

        GdeltJob.Report zipped = new GdeltJob(spark, SparkTables.ofStore())
                .run(List.of(zip.getParent().toString()), zipOut.toString(), ChronoUnit.MONTHS);

        assertThat(zipped).isEqualTo(report);
        try (Store store = Store.open(folder.resolve("zip.duckdb"))) {
            store.importEvents(zip, EventFormat.GDELT);
            try (Store parquet = Store.openParquet(zipOut)) {
                assertThat(parquet.assertions(AssertionQuery.all())).isEqualTo(store.assertions(AssertionQuery.all()));
                assertThat(parquet.documents())
                        .extracting(d -> d.id() + " " + d.source())
                        .containsExactly(store.documents().get(0).id() + " 20200101.export.CSV.zip");
            }
        }
    }

    @Test
    void refusedRows_areReportedWithTheirReason_andTheRestIsImported() {
        assertThat(report.refused()).isEqualTo(5);
        List<String> reasons = spark.read().parquet(out.resolve("failures").toString()).collectAsList().stream()
                .map(r -> r.getString(1))
                .sorted()
                .toList();
        assertThat(reasons)
                .anySatisfy(r -> assertThat(r).contains("SQLDATE '20201340'"))
                .anySatisfy(r -> assertThat(r).contains("EventRootCode '99'"))
                .anySatisfy(r -> assertThat(r).contains("GoldsteinScale 'lots'"))
                .anySatisfy(r -> assertThat(r).contains("GLOBALEVENTID 'abc'"))
                .anySatisfy(r -> assertThat(r).startsWith("60 tab-separated columns"));
    }
}
