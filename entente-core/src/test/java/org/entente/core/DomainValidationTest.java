package org.entente.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DomainValidationTest {
    private static final String DOC = "0".repeat(64);
    private static final Evidence EVIDENCE = new Evidence(DOC, 0, 0, 0, 5, "Text.", List.of(), List.of());

    private static Assertion assertion(List<String> sources, List<String> targets, Sign sign, double intensity) {
        return new Assertion(
                "id",
                sources,
                targets,
                RelationKind.AID,
                sign,
                intensity,
                TimeSpan.unknown(),
                Modality.ASSERTED,
                Speaker.author(),
                0.5,
                EVIDENCE);
    }

    @Test
    void assertion_signMustAgreeWithIntensity() {
        assertThatThrownBy(() -> assertion(List.of("TUR"), List.of("AZE"), Sign.NEGATIVE, 7))
                .hasMessageContaining("disagrees");
    }

    @Test
    void assertion_actorCannotBeItsOwnTarget() {
        assertThatThrownBy(() -> assertion(List.of("TUR"), List.of("TUR"), Sign.POSITIVE, 7))
                .hasMessageContaining("TUR");
    }

    @Test
    void assertion_copiesItsLists() {
        java.util.ArrayList<String> sources = new java.util.ArrayList<>(List.of("TUR"));
        Assertion assertion = assertion(sources, List.of("AZE"), Sign.POSITIVE, 7);
        sources.add("ISR");
        assertThat(assertion.sources()).containsExactly("TUR");
    }

    @Test
    void assertionId_isStableAndSensitiveToEveryPart() {
        String id = Assertion.idOf(DOC, 3, List.of("TUR"), List.of("AZE"), RelationKind.AID);
        assertThat(id).hasSize(16).isEqualTo(Assertion.idOf(DOC, 3, List.of("TUR"), List.of("AZE"), RelationKind.AID));
        assertThat(id).isNotEqualTo(Assertion.idOf(DOC, 4, List.of("TUR"), List.of("AZE"), RelationKind.AID));
        assertThat(id).isNotEqualTo(Assertion.idOf(DOC, 3, List.of("AZE"), List.of("TUR"), RelationKind.AID));
        assertThat(id).isNotEqualTo(Assertion.idOf(DOC, 3, List.of("TUR"), List.of("AZE"), RelationKind.ALLIANCE));
    }

    @Test
    void actor_stateNeedsIsoCode_othersNeedSlugs() {
        assertThatThrownBy(() -> new Actor("iran", "Iran", ActorType.STATE, List.of(), List.of()))
                .hasMessageContaining("alpha-3");
        assertThatThrownBy(() -> new Actor("Fars News", "Fars", ActorType.MEDIA_OUTLET, List.of(), List.of()))
                .hasMessageContaining("Fars News");
        assertThat(new Actor("fars-news", "Fars News Agency", ActorType.MEDIA_OUTLET, List.of(), List.of()).id())
                .isEqualTo("fars-news");
    }

    @Test
    void timeSpan_unknownHasNoDatesAndOverlapsNothing() {
        assertThat(TimeSpan.unknown().overlaps(LocalDate.MIN, LocalDate.MAX)).isFalse();
        assertThatThrownBy(() -> new TimeSpan(
                        Optional.of(LocalDate.of(2020, 1, 1)),
                        Optional.of(LocalDate.of(2020, 1, 1)),
                        Precision.UNKNOWN,
                        TimeBasis.TEXT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeSpan_rangePrintsBothEnds() {
        TimeSpan war = TimeSpan.range(PartialDate.year(1988), PartialDate.year(1994), TimeBasis.TEXT);
        assertThat(war.toString()).isEqualTo("1988-01-01/1994-12-31");
        assertThat(war.overlaps(LocalDate.of(1992, 5, 7), LocalDate.of(1992, 5, 7)))
                .isTrue();
    }

    @Test
    void relationKind_quadClassFollowsCameoRoot() {
        assertThat(RelationKind.CONSULT.quadClass()).contains(1);
        assertThat(RelationKind.AID.quadClass()).contains(2);
        assertThat(RelationKind.THREATEN.quadClass()).contains(3);
        assertThat(RelationKind.FIGHT.quadClass()).contains(4);
        assertThat(RelationKind.AFFINITY.quadClass()).isEmpty();
        assertThat(RelationKind.ofLabel("diplomatic-cooperation")).isEqualTo(RelationKind.DIPLOMATIC_COOPERATION);
    }

    @Test
    void labels_areLocaleIndependent() {
        // The build runs tests under a Turkish locale, where "I".toLowerCase() is a dotless i.
        assertThat(RelationKind.INVESTIGATE.label()).isEqualTo("investigate");
        assertThat(ActorType.MEDIA_OUTLET.label()).isEqualTo("media-outlet");
    }
}
