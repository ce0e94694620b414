package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.core.Assertion;
import org.entente.core.AssertionQuery;
import org.entente.core.Correction;
import org.entente.core.Modality;
import org.entente.core.NetworkQuery;
import org.entente.core.Precision;
import org.entente.core.RelationKind;
import org.entente.core.Review;
import org.entente.core.Sign;
import org.entente.core.Speaker;
import org.entente.core.TimeBasis;
import org.entente.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imported GDELT events are stored compactly (schema version 4: numbers, no evidence text) and must
 * read back as the assertions the import wrote in full before: these tests pin what a reader sees.
 */
class CompactGdeltTest {
    @TempDir
    Path folder;

    /** {@code row} with field {@code index} (from 0) replaced by {@code value}. */
    private static String with(String row, int index, String value) {
        String[] fields = row.split("\t", -1);
        fields[index] = value;
        return String.join("\t", fields);
    }

    @Test
    void importedEvent_readsBackAsTheFullAssertion() throws IOException {
        Path file = EventFiles.write(
                folder, "20201001.export.CSV", GdeltRows.row(61, 951000001L, "20201001", "USA", "IRN", "042", "1.9"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            ImportResult result = store.importEvents(file, EventFormat.GDELT);

            Assertion visit = store.assertion("gdelt-951000001").orElseThrow();
            String text = "GDELT event 951000001: USA -> IRN, CAMEO 042 (root 04, consult, quad class 1),"
                    + " Goldstein 1.9, 20201001, source https://news.example.org/story/951000001";
            assertThat(visit.evidence().text()).isEqualTo(text);
            assertThat(visit.evidence().document()).isEqualTo(result.documentId());
            assertThat(visit.evidence().sentence()).isZero();
            assertThat(visit.evidence().block()).isZero();
            assertThat(visit.evidence().start()).isZero();
            assertThat(visit.evidence().end()).isEqualTo(text.length());
            assertThat(visit.evidence().footnotes()).isEmpty();
            assertThat(visit.sources()).containsExactly("USA");
            assertThat(visit.targets()).containsExactly("IRN");
            assertThat(visit.kind()).isEqualTo(RelationKind.CONSULT);
            assertThat(visit.sign()).isEqualTo(Sign.POSITIVE);
            assertThat(visit.intensity()).isEqualTo(1.9);
            assertThat(visit.time().start()).contains(LocalDate.of(2020, 10, 1));
            assertThat(visit.time().end()).contains(LocalDate.of(2020, 10, 1));
            assertThat(visit.time().precision()).isEqualTo(Precision.DAY);
            assertThat(visit.time().basis()).isEqualTo(TimeBasis.DATASET);
            assertThat(visit.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(visit.speaker()).isEqualTo(new Speaker(Optional.empty()));
            assertThat(visit.confidence()).isEqualTo(EventCodes.GDELT_CONFIDENCE);
            assertThat(store.assertions(AssertionQuery.all())).containsExactly(visit);
        }
    }

    @Test
    void importedEvent_rejectedByAReview_leavesTheNetworkButKeepsItsEvidence() throws IOException {
        Path file = EventFiles.write(
                folder,
                "20201001.export.CSV",
                GdeltRows.row(61, 951000001L, "20201001", "USA", "IRN", "042", "1.9"),
                GdeltRows.row(61, 951000002L, "20201001", "ARM", "AZE", "190", "-10"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            store.importEvents(file, EventFormat.GDELT);
            String text =
                    store.assertion("gdelt-951000002").orElseThrow().evidence().text();

            store.addReview(new Review.OfAssertion(
                    "r1", "gdelt-951000002", Verdict.REJECTED, Optional.empty(), "not a fight", Instant.EPOCH));

            assertThat(store.network(NetworkQuery.defaults()))
                    .extracting(t -> t.first() + " " + t.second())
                    .containsExactly("IRN USA");
            assertThat(store.assertions(AssertionQuery.all()))
                    .extracting(Assertion::id)
                    .containsExactly("gdelt-951000001");
            AssertionQuery withRejected = new AssertionQuery(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    true,
                    0);
            assertThat(store.assertions(withRejected))
                    .filteredOn(a -> a.id().equals("gdelt-951000002"))
                    .singleElement()
                    .satisfies(a -> assertThat(a.evidence().text()).isEqualTo(text));
        }
    }

    @Test
    void reviews_ofImportedEvents_holdInAQueryBetweenTwoActors() throws IOException {
        Path file = EventFiles.write(
                folder,
                "20201001.export.CSV",
                GdeltRows.row(61, 951000001L, "20201001", "USA", "IRN", "042", "1.9"),
                GdeltRows.row(61, 951000002L, "20201001", "ARM", "AZE", "190", "-10"),
                GdeltRows.row(61, 951000003L, "20201001", "IRN", "USA", "111", "-2"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            store.importEvents(file, EventFormat.GDELT);
            Correction toUsaAndIran = new Correction(
                    Optional.of(List.of("USA")),
                    Optional.of(List.of("IRN")),
                    Optional.of(RelationKind.CONSULT),
                    Optional.empty(),
                    Optional.empty());

            store.addReview(new Review.OfAssertion(
                    "r1", "gdelt-951000002", Verdict.CORRECTED, Optional.of(toUsaAndIran), "", Instant.EPOCH));
            store.addReview(new Review.OfAssertion(
                    "r2", "gdelt-951000003", Verdict.REJECTED, Optional.empty(), "", Instant.EPOCH));
            store.addReview(new Review.OfAssertion(
                    "r3", "gdelt-0951000001", Verdict.REJECTED, Optional.empty(), "not an event's id", Instant.EPOCH));

            assertThat(between(store, "IRN", "USA"))
                    .extracting(Assertion::id)
                    .containsExactly("gdelt-951000001", "gdelt-951000002");
            Assertion corrected = between(store, "USA", "IRN").get(1);
            assertThat(corrected.sources()).containsExactly("USA");
            assertThat(corrected.targets()).containsExactly("IRN");
            assertThat(corrected.kind()).isEqualTo(RelationKind.CONSULT);
            assertThat(corrected.evidence().text()).startsWith("GDELT event 951000002: ARM -> AZE, CAMEO 190");
            assertThat(between(store, "ARM", "AZE")).isEmpty();

            store.addReview(new Review.Undo("r4", "r1", "", Instant.EPOCH));

            assertThat(between(store, "USA", "IRN")).extracting(Assertion::id).containsExactly("gdelt-951000001");
            assertThat(between(store, "AZE", "ARM")).extracting(Assertion::id).containsExactly("gdelt-951000002");
        }
    }

    private static List<Assertion> between(Store store, String first, String second) {
        return store.assertions(new AssertionQuery(
                Optional.empty(),
                Optional.of(new AssertionQuery.Pair(first, second)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                0));
    }

    @Test
    void evidence_quotesTheFieldsAsTheFileWroteThem() throws IOException {
        String base = GdeltRows.row(61, 951000002L, "20201001", "ROM", "ZAR", "190", "-10");
        Path file = EventFiles.write(
                folder,
                "20201001.export.CSV",
                base,
                GdeltRows.row(61, 951000003L, "20201001", "USA", "TMP", "0431", "1.90"),
                with(GdeltRows.row(61, 951000004L, "20201001", "USA", "IRN", "042", "0"), 26, ""),
                with(GdeltRows.row(61, 951000005L, "20201001", "USA", "IRN", "042", "-0.0"), 26, "04x"),
                with(GdeltRows.row(61, 951000006L, "20201001", "USA", "IRN", "042", "3"), 26, "04211"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            assertThat(store.importEvents(file, EventFormat.GDELT).imported()).isEqualTo(5);

            assertThat(text(store, 951000002L))
                    .isEqualTo("GDELT event 951000002: ROM -> ZAR, CAMEO 190 (root 19, fight, quad class 4),"
                            + " Goldstein -10, 20201001, source https://news.example.org/story/951000002");
            assertThat(store.assertion("gdelt-951000002").orElseThrow().sources())
                    .containsExactly("ROU");
            assertThat(store.assertion("gdelt-951000002").orElseThrow().targets())
                    .containsExactly("COD");
            assertThat(text(store, 951000003L)).contains(": USA -> TMP, CAMEO 0431 (root 04,", "Goldstein 1.90,");
            assertThat(text(store, 951000004L)).contains("CAMEO  (root 04,", "Goldstein 0, 20201001");
            assertThat(store.assertion("gdelt-951000004").orElseThrow().sign()).isEqualTo(Sign.NEUTRAL);
            assertThat(text(store, 951000005L)).contains("CAMEO 04x (root", "Goldstein -0.0,");
            assertThat(text(store, 951000006L)).contains("CAMEO 04211 (root", "Goldstein 3,");
        }
    }

    private static String text(Store store, long event) {
        return store.assertion("gdelt-" + event).orElseThrow().evidence().text();
    }

    @Test
    void gdelt1FileWithoutUrls_hasEvidenceWithoutASource() throws IOException {
        Path file = EventFiles.write(
                folder, "20120601.export.CSV", GdeltRows.row(57, 201000001L, "20120601", "USA", "IRN", "130", "-4.4"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            store.importEvents(file, EventFormat.GDELT);

            assertThat(text(store, 201000001L))
                    .isEqualTo("GDELT event 201000001: USA -> IRN, CAMEO 130 (root 13, threaten, quad class 3),"
                            + " Goldstein -4.4, 20120601");
        }
    }

    @Test
    void everyState_readsBackAsItsIsoCode() throws IOException {
        List<String> states = new ArrayList<>(StateCodes.names().keySet());
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            rows.add(GdeltRows.row(
                    61, 700000000L + i, "20201001", states.get(i), states.get((i + 1) % states.size()), "042", "1"));
        }
        Path file = EventFiles.write(folder, "states.export.CSV", rows.toArray(String[]::new));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            assertThat(store.importEvents(file, EventFormat.GDELT).imported()).isEqualTo(states.size());

            Map<String, String> read = new LinkedHashMap<>();
            store.assertions(AssertionQuery.all())
                    .forEach(a -> read.put(
                            a.id(), a.sources().get(0) + " " + a.targets().get(0)));
            for (int i = 0; i < states.size(); i++) {
                assertThat(read.get("gdelt-" + (700000000L + i)))
                        .isEqualTo(states.get(i) + " " + states.get((i + 1) % states.size()));
            }
        }
    }

    @Test
    void stateNumber_readsTheCodeInBase26() {
        assertThat(StateCodes.number("AAA")).isZero();
        assertThat(StateCodes.number("USA")).isEqualTo(20 * 676 + 18 * 26);
        assertThat(StateCodes.number("ZZZ")).isEqualTo(26 * 26 * 26 - 1);
    }

    @Test
    void eventIdWithLeadingZeros_isRejectedByLine() throws IOException {
        Path file = EventFiles.write(
                folder,
                "20201001.export.CSV",
                GdeltRows.row(61, 951000001L, "20201001", "USA", "IRN", "042", "1.9"),
                with(GdeltRows.row(61, 951000002L, "20201001", "USA", "IRN", "042", "1.9"), 0, "0951000002"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            ImportResult result = store.importEvents(file, EventFormat.GDELT);

            assertThat(result.imported()).isEqualTo(1);
            assertThat(result.problems())
                    .containsExactly(file + ":2: GLOBALEVENTID '0951000002' is not written as a plain number; skipped");
        }
    }

    @Test
    void cameoRootsTable_agreesWithTheRelationKinds() throws SQLException {
        Path file = folder.resolve("s.duckdb");
        Store.open(file).close();
        Map<Integer, String> stored = new LinkedHashMap<>();
        try (Connection connection = DuckDbStore.connect(file);
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT root, code, kind, label, quad FROM cameo_roots ORDER BY root")) {
            while (rows.next()) {
                stored.put(
                        rows.getInt(1),
                        String.join("|", rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
            }
        }
        Map<Integer, String> expected = new LinkedHashMap<>();
        for (int root = 1; root <= 20; root++) {
            String code = String.format("%02d", root);
            RelationKind kind = RelationKind.ofCameoRoot(code);
            expected.put(
                    root,
                    String.join(
                            "|",
                            code,
                            kind.name(),
                            kind.label(),
                            String.valueOf(kind.quadClass().orElseThrow())));
        }
        assertThat(stored).isEqualTo(expected);
    }

    @Test
    void allAssertions_hasTheColumnsAndTypesOfAssertions() throws SQLException {
        Path file = folder.resolve("s.duckdb");
        Store.open(file).close();
        try (Connection connection = DuckDbStore.connect(file)) {
            assertThat(columns(connection, "all_assertions")).isEqualTo(columns(connection, "assertions"));
            assertThat(columns(connection, "gdelt_assertions")).isEqualTo(columns(connection, "assertions"));
        }
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
                        + " WHERE table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (rows.next()) {
                columns.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return columns;
    }
}
