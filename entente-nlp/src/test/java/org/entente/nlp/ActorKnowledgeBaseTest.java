package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Alias;
import org.entente.core.AliasKind;
import org.entente.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorKnowledgeBaseTest {

    @TempDir
    Path folder;

    private Path write(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void builtIn_loadsStatesAndOrganisations_withoutWarnings() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.builtIn();

        assertThat(kb.warnings()).isEmpty();
        assertThat(kb.actor("IRN")).map(Actor::type).contains(ActorType.STATE);
        assertThat(kb.actor("nato")).map(Actor::type).contains(ActorType.IGO);
        assertThat(kb.actor("fars-news")).map(Actor::type).contains(ActorType.MEDIA_OUTLET);
        assertThat(kb.actors()).hasSizeGreaterThan(100);
    }

    @Test
    void builtIn_everyAffiliationPointsAtAKnownActor() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.builtIn();

        for (Actor actor : kb.actors()) {
            actor.affiliations().forEach(affiliation -> assertThat(kb.actor(affiliation.actor()))
                    .as("%s is affiliated with %s", actor.id(), affiliation.actor())
                    .isPresent());
        }
    }

    @Test
    void builtIn_zarifWasForeignMinister_only2013To2021() {
        Actor zarif = ActorKnowledgeBase.builtIn().actor("javad-zarif").orElseThrow();

        assertThat(zarif.affiliations()).singleElement().satisfies(affiliation -> {
            assertThat(affiliation.actor()).isEqualTo("IRN");
            assertThat(affiliation.role()).isEqualTo("foreign minister");
            assertThat(affiliation.period().contains(LocalDate.of(2020, 10, 1))).isTrue();
            assertThat(affiliation.period().contains(LocalDate.of(2022, 1, 1))).isFalse();
        });
    }

    @Test
    void with_userFile_addsActorsAndOverridesKnownIds() throws IOException {
        Path file = write(
                "mine.tsv",
                "# my actors",
                "",
                "ndu\tfaction\tNational Defence Unit\tabbreviation:NDU\tKEN:militia:2019..",
                "KEN\tstate\tKenya\tdemonym:Kenyan | metonym:Nairobi");

        ActorKnowledgeBase kb = ActorKnowledgeBase.empty().with(file);

        assertThat(kb.warnings()).isEmpty();
        assertThat(kb.actor("ndu").orElseThrow().aliases())
                .contains(new Alias("National Defence Unit", AliasKind.NAME), new Alias("NDU", AliasKind.ABBREVIATION));
        assertThat(kb.actor("ndu").orElseThrow().affiliations().get(0).period().from())
                .contains(LocalDate.of(2019, 1, 1));
        Path override = write("override.tsv", "KEN\tstate\tRepublic of Kenya\tshort-name:Kenya");
        assertThat(kb.with(override).actor("KEN").orElseThrow().name()).isEqualTo("Republic of Kenya");
    }

    @Test
    void with_badLine_isReportedWithFileAndLine_andTheRestStillLoads() throws IOException {
        Path file = write(
                "bad.tsv",
                "KEN\tstate\tKenya\tdemonym:Kenyan",
                "ETH\tcountry\tEthiopia",
                "UGA\tstate\tUganda\tdemonym Ugandan",
                "TZA\tstate\tTanzania\tmetonym:Dodoma");

        ActorKnowledgeBase kb = ActorKnowledgeBase.empty().with(file);

        assertThat(kb.actors()).extracting(Actor::id).containsExactly("KEN", "TZA");
        assertThat(kb.warnings()).hasSize(2);
        assertThat(kb.warnings().get(0)).startsWith(file + ":2: ").contains("country");
        assertThat(kb.warnings().get(1)).startsWith(file + ":3: ").contains("demonym Ugandan");
    }

    @Test
    void with_sameIdTwiceInOneFile_keepsTheFirstAndWarns() throws IOException {
        Path file = write("twice.tsv", "KEN\tstate\tKenya", "KEN\tstate\tKenia");

        ActorKnowledgeBase kb = ActorKnowledgeBase.empty().with(file);

        assertThat(kb.actor("KEN").orElseThrow().name()).isEqualTo("Kenya");
        assertThat(kb.warnings())
                .singleElement()
                .asString()
                .startsWith(file + ":2: ")
                .contains("line 1");
    }

    @Test
    void with_missingFile_throwsInputExceptionNamingIt() {
        Path missing = folder.resolve("absent.tsv");

        assertThatThrownBy(() -> ActorKnowledgeBase.empty().with(missing))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("absent.tsv");
    }

    @Test
    void with_fileInAnotherEncoding_throwsInputExceptionNamingIt() throws IOException {
        Path latin1 = folder.resolve("latin1.tsv");
        Files.write(latin1, "CIV\tstate\tC\u00f4te d'Ivoire\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ActorKnowledgeBase.empty().with(latin1))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("latin1.tsv")
                .hasMessageContaining("UTF-8");
    }
}
