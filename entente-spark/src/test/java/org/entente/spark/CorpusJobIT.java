package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entente.core.AssertionQuery;
import org.entente.core.Extractor;
import org.entente.core.NetworkQuery;
import org.entente.reader.Readers;
import org.entente.store.DocumentSummary;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("model")
@Tag("slow")
class CorpusJobIT {
    /** Short briefs of our own, a copy of one under another name, a broken PDF, and a file no reader takes. */
    static final String CAUCASUS = "# Autumn in the Caucasus\n\n"
            + "In October 2020 Azerbaijan attacked Armenian positions in Nagorno-Karabakh. Armenia accused"
            + " Azerbaijan of shelling Stepanakert. Russia brokered a ceasefire between Armenia and Azerbaijan on"
            + " 10 October 2020.\n\nTurkey supported Azerbaijan throughout the war. Iran called on Armenia and"
            + " Azerbaijan to end the fighting.\n";

    static final String GULF = "The Gulf rift\n\n"
            + "In June 2017 Saudi Arabia cut diplomatic ties with Qatar. Turkey sent troops to Qatar that summer."
            + " Kuwait mediated between Saudi Arabia and Qatar.\n\nIn January 2021 Saudi Arabia reopened its"
            + " border with Qatar.\n";

    private static SparkSession spark;

    @TempDir
    static Path folder;

    private static Path corpus;
    private static Path out;
    private static CorpusJob.Report report;

    @BeforeAll
    static void run() throws IOException {
        corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.writeString(corpus.resolve("caucasus.md"), CAUCASUS);
        Files.createDirectories(corpus.resolve("more"));
        Files.writeString(corpus.resolve("more").resolve("gulf.txt"), GULF);
        Files.writeString(corpus.resolve("more").resolve("gulf-copy.txt"), GULF);
        Files.writeString(corpus.resolve("broken.pdf"), "this is not a PDF at all");
        Files.writeString(corpus.resolve("notes.csv"), "a,b\n1,2\n");
        spark = LocalSpark.start();
        out = folder.resolve("tables");
        report = new CorpusJob(spark, SparkTables.ofStore()).run(corpus.toString(), out.toString());
        // The ingest command's path: each supported file in path order, read, extracted, stored.
        Extractor extractor = PerJvmExtractor.get(2);
        try (Store store = Store.open(folder.resolve("entente.duckdb"));
                Stream<Path> walk = Files.walk(corpus)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String source = file.toString();
                if (Readers.isSupported(source) && !source.endsWith(".pdf")) {
                    store.ingest(
                            extractor.extract(Readers.read(source, Files.readAllBytes(file))
                                    .document()),
                            false);
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void parquetTables_readByTheStore_equalAnIngestOfTheSameFiles() {
        try (Store store = Store.open(folder.resolve("entente.duckdb"));
                Store parquet = Store.openParquet(out)) {
            assertThat(store.assertions(AssertionQuery.all())).isNotEmpty();
            assertThat(parquet.assertions(AssertionQuery.all())).isEqualTo(store.assertions(AssertionQuery.all()));
            assertThat(parquet.network(NetworkQuery.defaults())).isEqualTo(store.network(NetworkQuery.defaults()));
            assertThat(parquet.actors()).isEqualTo(store.actors());
            assertThat(parquet.documents())
                    .extracting(DocumentSummary::id)
                    .containsExactlyElementsOf(
                            store.documents().stream().map(DocumentSummary::id).toList());
            for (DocumentSummary document : store.documents()) {
                assertThat(parquet.document(document.id())).isEqualTo(store.document(document.id()));
                assertThat(parquet.sentences(document.id())).isEqualTo(store.sentences(document.id()));
            }
        }
    }

    @Test
    void copyUnderAnotherName_isStoredOnce() {
        assertThat(report.documents()).isEqualTo(2);
    }

    @Test
    void fileThatCannotBeRead_isReportedWithItsReason_andTheRestGoOn() {
        List<Row> failures =
                spark.read().parquet(out.resolve("failures").toString()).collectAsList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getString(0)).endsWith("broken.pdf");
        assertThat(failures.get(0).getString(1)).contains("broken.pdf");
        assertThat(report.failures()).isEqualTo(1);
        assertThat(report.assertions()).isPositive();
    }
}
