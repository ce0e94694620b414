package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.core.ActorType;
import org.entente.core.Assertion;
import org.entente.core.NetworkQuery;
import org.entente.core.RelationKind;
import org.entente.core.Sign;
import org.entente.core.TimeBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ACLED, POLECAT and the generic CSV, each from a few rows made up for the test. */
class OtherFormatsImportTest {
    private static final String ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,iso,region,country,"
            + "admin1,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp";

    @TempDir
    Path folder;

    private Path write(String name, String... lines) throws IOException {
        return EventFiles.write(folder, name, lines);
    }

    private static String acled(String id, String date, String type, String sub, String actor1, String actor2) {
        return String.join(
                ",",
                id,
                date,
                "2023",
                "1",
                "Political violence",
                type,
                sub,
                "\"" + actor1 + "\"",
                "",
                "1",
                "\"" + actor2 + "\"",
                "",
                "2",
                "12",
                "729",
                "Northern Africa",
                "Sudan",
                "Khartoum",
                "Omdurman",
                "15.6",
                "32.5",
                "1",
                "\"Made-up Wire; Another Outlet\"",
                "National",
                "\"A line, with a comma.\"",
                "3",
                "1700000000");
    }

    private Path acledFile() throws IOException {
        return write(
                "acled.csv",
                ACLED_HEADER,
                acled(
                        "SDN90001",
                        "2023-04-15",
                        "Battles",
                        "Armed clash",
                        "Military Forces of Sudan (2019-)",
                        "Rapid Support Forces"),
                acled(
                        "SDN90002",
                        "16 April 2023",
                        "Explosions/Remote violence",
                        "Air/drone strike",
                        "Military Forces of Sudan (2019-)",
                        "Rapid Support Forces"),
                acled(
                        "SDN90003",
                        "2023-04-17",
                        "Strategic developments",
                        "Agreement",
                        "Rapid Support Forces",
                        "Military Forces of Sudan (2019-)"),
                acled("SDN90004", "2023-04-18", "Protests", "Peaceful protest", "Protesters (Sudan)", ""),
                acled(
                        "SDN90005",
                        "2023-04-31",
                        "Battles",
                        "Armed clash",
                        "Rapid Support Forces",
                        "Military Forces of Sudan (2019-)"));
    }

    @Test
    void acled_eventTypesMapToKinds_stateForcesToTheirState_othersToArmedGroups() throws IOException {
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            Path file = acledFile();
            ImportResult result = store.importEvents(file, EventFormat.ACLED);

            assertThat(result.imported()).isEqualTo(3);
            assertThat(result.withoutActors()).isEqualTo(1);
            assertThat(result.rejected()).isEqualTo(1);
            assertThat(result.problems())
                    .containsExactly(file + ":6: event_date '2023-04-31' is not a day" + " (YYYY-MM-DD); skipped");
            Assertion clash = store.assertion("acled-SDN90001").orElseThrow();
            assertThat(clash.sources()).containsExactly("SDN");
            assertThat(clash.targets()).containsExactly("rapid-support-forces");
            assertThat(clash.kind()).isEqualTo(RelationKind.FIGHT);
            assertThat(clash.sign()).isEqualTo(Sign.NEGATIVE);
            assertThat(clash.time().basis()).isEqualTo(TimeBasis.DATASET);
            assertThat(clash.evidence().text()).contains("Made-up Wire");
            assertThat(store.assertion("acled-SDN90002").orElseThrow().time().start())
                    .contains(LocalDate.of(2023, 4, 16));
            Assertion agreement = store.assertion("acled-SDN90003").orElseThrow();
            assertThat(agreement.kind()).isEqualTo(RelationKind.DIPLOMATIC_COOPERATION);
            assertThat(agreement.sign()).isEqualTo(Sign.POSITIVE);
            assertThat(store.actor("rapid-support-forces").orElseThrow().type()).isEqualTo(ActorType.ARMED_GROUP);
            assertThat(store.actor("SDN").orElseThrow().name()).isEqualTo("Sudan");
        }
    }

    @Test
    void acled_rowWithExtraColumns_isReportedByLine_andTheRestImported() throws IOException {
        Path file = write(
                "acled-extra.csv",
                ACLED_HEADER,
                acled(
                        "SDN90011",
                        "2023-05-01",
                        "Battles",
                        "Armed clash",
                        "Military Forces of Sudan (2019-)",
                        "Rapid Support Forces"),
                acled(
                                "SDN90012",
                                "2023-05-02",
                                "Battles",
                                "Armed clash",
                                "Military Forces of Sudan (2019-)",
                                "Rapid Support Forces")
                        + ",surplus,fields",
                acled(
                        "SDN90013",
                        "2023-05-03",
                        "Battles",
                        "Armed clash",
                        "Military Forces of Sudan (2019-)",
                        "Rapid Support Forces"));
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            ImportResult result = store.importEvents(file, EventFormat.ACLED);

            assertThat(result.imported()).isEqualTo(2);
            assertThat(result.rejected()).isEqualTo(1);
            assertThat(result.problems()).singleElement().asString().startsWith(file + ":3: too many columns");
        }
    }

    @Test
    void acled_headerWithoutARequiredColumn_isRefusedAtLineOne() throws IOException {
        Path file = write("acled-bad.csv", "event_id_cnty,event_date,actor1", "X1,2023-01-01,Someone");
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            assertThatThrownBy(() -> store.importEvents(file, EventFormat.ACLED))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith(file + ":1: the header lacks the columns event_type");
            assertThat(store.documents()).isEmpty();
        }
    }

    @Test
    void polecat_ploverTypesMapToKinds_countriesToStates_intensityKept() throws IOException {
        Path file = write(
                "polecat-2023-w14.tsv",
                "Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tContexts\tActor Name\tActor Country"
                        + "\tRecipient Name\tRecipient Country",
                "pe-0001\t2023-04-03\tSANCTION\teconomic\t-5.5\teconomic\tUnited States\tUSA\tIran; Syria\tIRN;SYR",
                "pe-0002\t2023-04-04\tAID\tmedical\t\thealth\tFrance\tFRA\tTurkey\tTUR",
                "pe-0003\t2023-04-05\tDANCE\t\t\t\tFrance\tFRA\tTurkey\tTUR",
                "pe-0004\t2023-04-06\tACCUSE\t\t\t\tSome Ministry\t\tAnother Agency\t");
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            ImportResult result = store.importEvents(file, EventFormat.POLECAT);

            assertThat(result.imported()).isEqualTo(3);
            assertThat(result.problems())
                    .singleElement()
                    .asString()
                    .startsWith(file + ":4: Event Type 'DANCE' is not a PLOVER event type");
            Assertion sanction = store.assertion("polecat-pe-0001").orElseThrow();
            assertThat(sanction.sources()).containsExactly("USA");
            assertThat(sanction.targets()).containsExactly("IRN", "SYR");
            assertThat(sanction.kind()).isEqualTo(RelationKind.REDUCE_RELATIONS);
            assertThat(sanction.intensity()).isEqualTo(-5.5);
            assertThat(sanction.evidence().text()).contains("economic");
            Assertion aid = store.assertion("polecat-pe-0002").orElseThrow();
            assertThat(aid.kind()).isEqualTo(RelationKind.AID);
            assertThat(aid.intensity()).isEqualTo(RelationKind.AID.defaultIntensity());
            Assertion accusation = store.assertion("polecat-pe-0004").orElseThrow();
            assertThat(accusation.sources()).containsExactly("some-ministry");
            assertThat(accusation.sign()).isEqualTo(Sign.NEGATIVE);
        }
    }

    @Test
    void genericCsv_rowsBecomeAssertions_reimportNeverDuplicates_andJoinTheNetwork() throws IOException {
        Path file = write(
                "ties.csv",
                "source,target,date,kind,sign,intensity,evidence,url",
                "QAT,TUR,2017-06-07,alliance,+,,Our note: a standing defence pact,https://example.org/pact",
                "SAU,QAT,2017-06-05,reduce-relations,-,-4,,",
                "SAU,QAT,2017-06-05,reduce-relations,+,-4,,",
                "SAU,QAT,2017-13-05,reduce-relations,-,,,");
        try (Store store = Store.open(folder.resolve("s.duckdb"))) {
            ImportResult first = store.importEvents(file, EventFormat.CSV);
            Path copy = write("ties-copy.csv", Files.readString(file) + "gcc,QAT,2017-06-05,reject,-,,,\n");
            ImportResult second = store.importEvents(copy, EventFormat.CSV);

            assertThat(first.imported()).isEqualTo(2);
            assertThat(first.problems()).hasSize(2);
            assertThat(first.problems().get(0))
                    .startsWith(file + ":4: intensity '-4' is not from -10 to 10 with the sign");
            assertThat(first.problems().get(1)).startsWith(file + ":5: date '2017-13-05' is not a day");
            assertThat(second.imported()).isEqualTo(1);
            assertThat(second.duplicates()).isEqualTo(2);
            List<Assertion> pacts = store.assertions(org.entente.core.AssertionQuery.all()).stream()
                    .filter(a -> a.kind() == RelationKind.ALLIANCE)
                    .toList();
            assertThat(pacts).singleElement().satisfies(pact -> {
                assertThat(pact.intensity()).isEqualTo(RelationKind.ALLIANCE.defaultIntensity());
                assertThat(pact.evidence().text())
                        .isEqualTo("Our note: a standing defence pact (https://example.org/pact)");
            });
            assertThat(store.actor("gcc").orElseThrow().type()).isEqualTo(ActorType.ORGANISATION);
            assertThat(store.network(NetworkQuery.defaults()))
                    .anySatisfy(tie ->
                            assertThat(List.of(tie.first(), tie.second())).containsExactly("QAT", "SAU"));
        }
    }
}
