package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.Ties.tie;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Affiliation;
import org.entente.core.Period;
import org.junit.jupiter.api.Test;

class FactionTest {
    private static final List<Actor> ACTORS = List.of(
            state("IRN"),
            state("AZE"),
            state("ARM"),
            new Actor("irgc", "Guards", ActorType.FACTION, List.of(), List.of(member("IRN", Period.always()))),
            new Actor(
                    "guards-news",
                    "Guards News",
                    ActorType.MEDIA_OUTLET,
                    List.of(),
                    List.of(member("irgc", Period.always()))),
            new Actor(
                    "cleric",
                    "A provincial cleric",
                    ActorType.PERSON,
                    List.of(),
                    List.of(member("IRN", Period.between(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31))))));

    private static Actor state(String id) {
        return new Actor(id, id, ActorType.STATE, List.of(), List.of());
    }

    private static Affiliation member(String of, Period period) {
        return new Affiliation(of, "member", period);
    }

    @Test
    void affiliatesOfOneState_disagreeingTowardATarget_formAFaction() {
        SignedNetwork stances = SignedNetwork.of(List.of(
                tie("guards-news", "AZE", -6), tie("cleric", "AZE", 4), tie("IRN", "AZE", 3), tie("IRN", "ARM", 5)));

        List<Faction> factions = Faction.of(stances, ACTORS, Optional.empty(), Optional.empty());

        assertThat(factions).singleElement().satisfies(f -> {
            assertThat(f.state()).isEqualTo("IRN");
            assertThat(f.target()).isEqualTo("AZE");
            assertThat(f.sharpness()).isEqualTo(4);
            assertThat(f.stances()).extracting(Faction.Stance::actor).containsExactly("cleric", "IRN", "guards-news");
            assertThat(f.stances().get(2).path()).containsExactly("guards-news", "irgc", "IRN");
        });
    }

    @Test
    void affiliationOutsideTheWindow_doesNotCount() {
        SignedNetwork stances = SignedNetwork.of(List.of(tie("guards-news", "AZE", -6), tie("cleric", "AZE", 4)));

        assertThat(Faction.of(stances, ACTORS, Optional.of(LocalDate.of(2023, 1, 1)), Optional.empty()))
                .isEmpty();
        assertThat(Faction.of(
                        stances,
                        ACTORS,
                        Optional.of(LocalDate.of(2020, 1, 1)),
                        Optional.of(LocalDate.of(2020, 12, 31))))
                .hasSize(1);
    }

    @Test
    void agreement_isNoFaction_andAStanceTowardOnesOwnStateIsKept() {
        SignedNetwork agree = SignedNetwork.of(List.of(tie("guards-news", "AZE", -6), tie("IRN", "AZE", -3)));
        SignedNetwork breaksRanks = SignedNetwork.of(List.of(tie("guards-news", "ARM", -6), tie("cleric", "ARM", 2)));

        assertThat(Faction.of(agree, ACTORS, Optional.empty(), Optional.empty()))
                .isEmpty();
        assertThat(Faction.of(breaksRanks, ACTORS, Optional.empty(), Optional.empty()))
                .singleElement()
                .extracting(Faction::target)
                .isEqualTo("ARM");
    }
}
