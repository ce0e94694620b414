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
                .extract(Texts.body("In May 2021 Egyptian foreign minister Sameh Shoukry criticised Ethiopia."));

        assertThat(extraction.actors())
                .filteredOn(a -> a.id().equals("sameh-shoukry"))
                .singleElement()
                .satisfies(shoukry -> {
                    assertThat(shoukry.type()).isEqualTo(ActorType.PERSON);
                    assertThat(shoukry.affiliations()).singleElement().satisfies(affiliation -> {
                        assertThat(affiliation.actor()).isEqualTo("EGY");
                        assertThat(affiliation.role()).isEqualTo("foreign minister");
                    });
                });
        assertThat(extraction.assertions()).anySatisfy(a -> {
            assertThat(a.sources()).containsExactly("sameh-shoukry");
            assertThat(a.targets()).containsExactly("ETH");
        });
    }

    @Test
    void nameWithNoOneBehindIt_isNotDiscovered() {
        Extraction extraction =
                Extracted.extractor().extract(Texts.body("In May 2021 Sameh Shoukry criticised Ethiopia."));

        assertThat(extraction.actors()).extracting(Actor::type).doesNotContain(ActorType.PERSON);
        assertThat(extraction.assertions()).isEmpty();
    }
}
