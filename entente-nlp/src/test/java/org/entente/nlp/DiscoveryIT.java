package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Extraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Persons the knowledge base lacks, found by NER and placed by the title before their name. */
@Tag("model")
class DiscoveryIT {

    @Test
    void titledPersonUnknownToTheBase_becomesAPersonAffiliatedWithTheTitlesState() {
        Extraction extraction = Extracted.extractor()
                .extract(Texts.body("In November 2013 Egyptian foreign minister Nabil Fahmy criticised Ethiopia."));

        assertThat(extraction.actors())
                .filteredOn(a -> a.id().equals("nabil-fahmy"))
                .singleElement()
                .satisfies(fahmy -> {
                    assertThat(fahmy.type()).isEqualTo(ActorType.PERSON);
                    assertThat(fahmy.affiliations()).singleElement().satisfies(affiliation -> {
                        assertThat(affiliation.actor()).isEqualTo("EGY");
                        assertThat(affiliation.role()).isEqualTo("foreign minister");
                    });
                });
        assertThat(extraction.assertions()).anySatisfy(a -> {
            assertThat(a.sources()).containsExactly("nabil-fahmy");
            assertThat(a.targets()).containsExactly("ETH");
        });
    }

    @Test
    void nameWithNoOneBehindIt_isNotDiscovered() {
        Extraction extraction =
                Extracted.extractor().extract(Texts.body("In November 2013 Nabil Fahmy criticised Ethiopia."));

        assertThat(extraction.actors()).extracting(Actor::type).doesNotContain(ActorType.PERSON);
        assertThat(extraction.assertions()).isEmpty();
    }

    @Test
    void armedGroupUnknownToTheBase_becomesAPartyOfItsOwn_aStatesForcesStayTheState() {
        Extraction extraction = Extracted.extractor()
                .extract(Texts.body(
                        "In November 2023 the Arakan Army attacked Myanmar's military outposts in Rakhine."));

        assertThat(extraction.actors())
                .filteredOn(a -> a.id().equals("arakan-army"))
                .singleElement()
                .satisfies(group -> {
                    assertThat(group.type()).isEqualTo(ActorType.ARMED_GROUP);
                    assertThat(group.affiliations()).isEmpty();
                });
        assertThat(extraction.assertions()).anySatisfy(a -> {
            assertThat(a.sources()).containsExactly("arakan-army");
            assertThat(a.targets()).containsExactly("MMR");
        });

        Extraction state = Extracted.extractor()
                .extract(Texts.body("In 2023 the Sudanese Armed Forces attacked Chadian border posts."));
        assertThat(state.actors()).extracting(Actor::type).doesNotContain(ActorType.ARMED_GROUP);
    }
}
