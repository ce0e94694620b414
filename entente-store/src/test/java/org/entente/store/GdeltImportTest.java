package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.entente.core.ActorType;
import org.entente.core.Assertion;
import org.entente.core.AssertionQuery;
import org.entente.core.NetworkQuery;
import org.entente.core.Precision;
import org.entente.core.RelationKind;
import org.entente.core.Sign;
import org.entente.core.Tie;
import org.entente.core.TimeBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltImportTest {
    @TempDir
    Path folder;

    private Path write(String name, String... lines) throws IOException {
        return EventFiles.write(folder, name, lines);
    }

    private Path threeEvents() throws IOException {
        return write(
                "20201001.export.CSV",
                GdeltRows.row(61, 951000001L, "20201001", "USA", "IRN", "042", "1.9"),
                GdeltRows.row(61, 951000002L, "20201001", "ARM", "AZE", "190", "-10"),
                GdeltRows.row(61, 951000003L, "20201001", "ROM", "FRA", "043", "2.8"),
                GdeltRows.row(61, 951000004L, "20201001", "USA", "", "010", "0"),
                GdeltRows.row(61, 951000005L, "20201001", "USA", "USA", "010", "0"));
    }

    @Test
    void gdelt2_eventsBecomeDatedAssertionsWithTheirGlobalEventIds() throws IOException {
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            ImportResult result = store.importEvents(threeEvents(), EventFormat.GDELT);

            assertThat(result.dataset()).isEqualTo("GDELT 2.0");
            assertThat(result.status()).isEqualTo(IngestResult.Status.ADDED);
            assertThat(result.rows()).isEqualTo(5);
            assertThat(result.imported()).isEqualTo(3);
            assertThat(result.withoutActors()).isEqualTo(2);
            assertThat(result.rejected()).isZero();
            Assertion visit = store.assertion("gdelt-951000001").orElseThrow();
            assertThat(visit.sources()).containsExactly("USA");
            assertThat(visit.targets()).containsExactly("IRN");
            assertThat(visit.kind()).isEqualTo(RelationKind.CONSULT);
            assertThat(visit.intensity()).isEqualTo(1.9);
            assertThat(visit.sign()).isEqualTo(Sign.POSITIVE);
            assertThat(visit.time().start()).contains(LocalDate.of(2020, 10, 1));
            assertThat(visit.time().precision()).isEqualTo(Precision.DAY);
            assertThat(visit.time().basis()).isEqualTo(TimeBasis.DATASET);
            assertThat(visit.evidence().text())
                    .contains("GDELT event 951000001", "USA -> IRN", "CAMEO 042", "quad class 1", "Goldstein 1.9")
                    .contains("https://news.example.org/story/951000001");
            assertThat(visit.evidence().document()).isEqualTo(result.documentId());
            Assertion fight = store.assertion("gdelt-951000002").orElseThrow();
            assertThat(fight.kind()).isEqualTo(RelationKind.FIGHT);
            assertThat(fight.sign()).isEqualTo(Sign.NEGATIVE);
            assertThat(fight.evidence().text()).contains("quad class 4");
        }
    }

    @Test
    void cameoCountryCode_differentFromIso_mapsToTheIsoState() throws IOException {
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            store.importEvents(threeEvents(), EventFormat.GDELT);

            assertThat(store.assertion("gdelt-951000003").orElseThrow().sources())
                    .containsExactly("ROU");
            assertThat(store.actor("ROU").orElseThrow().type()).isEqualTo(ActorType.STATE);
            assertThat(store.actor("ROU").orElseThrow().name()).isEqualTo("Romania");
        }
    }

    @Test
    void importedEvent_appearsAsATieInTheNetwork() throws IOException {
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            store.importEvents(threeEvents(), EventFormat.GDELT);

            List<Tie> ties = store.network(NetworkQuery.defaults());

            assertThat(ties)
                    .anySatisfy(tie -> {
                        assertThat(List.of(tie.first(), tie.second())).containsExactly("ARM", "AZE");
                        assertThat(tie.weight()).isEqualTo(-10.0);
                        assertThat(tie.evidence()).containsExactly("gdelt-951000002");
                    })
                    .anySatisfy(tie ->
                            assertThat(List.of(tie.first(), tie.second())).containsExactly("IRN", "USA"));
        }
    }

    @Test
    void reimport_sameFileOrOverlappingFile_neverDuplicates() throws IOException {
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            Path first = threeEvents();
            store.importEvents(first, EventFormat.GDELT);

            ImportResult again = store.importEvents(first, EventFormat.GDELT);
            Path overlapping = write(
                    "20201002.export.CSV",
                    GdeltRows.row(61, 951000002L, "20201001", "ARM", "AZE", "190", "-10"),
                    GdeltRows.row(61, 951000009L, "20201002", "AZE", "TUR", "057", "8"));
            ImportResult next = store.importEvents(overlapping, EventFormat.GDELT);

            assertThat(again.status()).isEqualTo(IngestResult.Status.UNCHANGED);
            assertThat(next.imported()).isEqualTo(1);
            assertThat(next.duplicates()).isEqualTo(1);
            assertThat(store.assertions(AssertionQuery.all())).hasSize(4);
            assertThat(store.documents()).hasSize(2);
        }
    }

    @Test
    void importedFile_isADocumentNamedAfterItsDatasetAndDays() throws IOException {
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            ImportResult result = store.importEvents(threeEvents(), EventFormat.GDELT);

            DocumentSummary document = store.documents().get(0);
            assertThat(document.id()).isEqualTo(result.documentId()).hasSize(64);
            assertThat(document.source()).isEqualTo("20201001.export.CSV");
            assertThat(document.title()).contains("GDELT 2.0 events, 2020-10-01");
        }
    }

    @Test
    void gdelt1_dailyFilesWith57And58Columns_areRead() throws IOException {
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            Path withUrl =
                    write("20130601.export.CSV", GdeltRows.row(58, 250000001L, "20130601", "CHN", "JPN", "111", "-2"));
            Path withoutUrl =
                    write("20120601.export.CSV", GdeltRows.row(57, 200000001L, "20120601", "IND", "PAK", "138", "-7"));

            ImportResult newer = store.importEvents(withUrl, EventFormat.GDELT);
            ImportResult older = store.importEvents(withoutUrl, EventFormat.GDELT);

            assertThat(newer.dataset()).isEqualTo("GDELT 1.0");
            assertThat(older.imported()).isEqualTo(1);
            assertThat(store.assertion("gdelt-250000001").orElseThrow().kind()).isEqualTo(RelationKind.DISAPPROVE);
            assertThat(store.assertion("gdelt-250000001")
                            .orElseThrow()
                            .evidence()
                            .text())
                    .contains("https://news.example.org/story/250000001");
            Assertion threat = store.assertion("gdelt-200000001").orElseThrow();
            assertThat(threat.kind()).isEqualTo(RelationKind.THREATEN);
            assertThat(threat.time().start()).contains(LocalDate.of(2012, 6, 1));
        }
    }

    @Test
    void badRows_areReportedByFileAndLine_andTheRestImported() throws IOException {
        String shortRow = GdeltRows.row(61, 951000011L, "20201001", "USA", "IRN", "042", "1.9");
        shortRow = shortRow.substring(0, shortRow.lastIndexOf('\t'));
        Path file = write(
                "bad.export.CSV",
                GdeltRows.row(61, 951000010L, "20201001", "USA", "IRN", "042", "1.9"),
                shortRow,
                GdeltRows.row(61, 951000012L, "20201340", "USA", "IRN", "042", "1.9"),
                GdeltRows.row(61, 951000013L, "20201001", "USA", "IRN", "042", "1.9"),
                GdeltRows.row(61, 951000014L, "20201001", "USA", "IRN", "99", "1.9"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            ImportResult result = store.importEvents(file, EventFormat.GDELT);

            assertThat(result.imported()).isEqualTo(2);
            assertThat(result.rejected()).isEqualTo(3);
            assertThat(result.problems()).hasSize(3);
            assertThat(result.problems().get(0)).startsWith(file + ":2: too few columns");
            assertThat(result.problems().get(1)).startsWith(file + ":3: SQLDATE '20201340' is not a day");
            assertThat(result.problems().get(2)).startsWith(file + ":5: EventRootCode '99' is not a CAMEO root");
            assertThat(store.assertion("gdelt-951000013")).isPresent();
        }
    }

    @Test
    void zippedFile_isReadFromItsSingleEntry() throws IOException {
        Path zip = folder.resolve("20201001.export.CSV.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream archive = new ZipOutputStream(out)) {
            archive.putNextEntry(new ZipEntry("20201001.export.CSV"));
            archive.write((GdeltRows.row(61, 951000020L, "20201001", "DEU", "POL", "061", "6.4") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            archive.closeEntry();
        }
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            ImportResult result = store.importEvents(zip, EventFormat.GDELT);

            assertThat(result.imported()).isEqualTo(1);
            assertThat(store.assertion("gdelt-951000020").orElseThrow().kind())
                    .isEqualTo(RelationKind.MATERIAL_COOPERATION);
        }
    }

    @Test
    void zipThatIsNotAZip_isRefusedWithItsName_andNothingWritten() throws IOException {
        Path fake = write("20201001.export.CSV.zip", "this is plain text, not an archive");
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            assertThatThrownBy(() -> store.importEvents(fake, EventFormat.GDELT))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(fake.toString())
                    .hasMessageContaining("zip");
            assertThat(store.documents()).isEmpty();
        }
    }

    @Test
    void fileWithTheWrongColumnCount_isRefusedAtLineOne() throws IOException {
        Path wrong = write("events.tsv", "1\t20201001\tUSA\tIRN");
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            assertThatThrownBy(() -> store.importEvents(wrong, EventFormat.GDELT))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith(wrong + ":1: 4 tab-separated columns");
            assertThat(store.documents()).isEmpty();
            assertThat(store.assertion("gdelt-1")).isEqualTo(Optional.empty());
        }
    }
}
