package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateStemsTest {
    private final StemIndex index = StemIndex.of(layoutOf(
            "The envoys of Armenia met their counterparts in Geneva,",
            "and Zürich hosted the talks on the Israeli proposal."));

    @Test
    void stemsTheBodyHas_areFoundByTheirIds_whetherCutOrNot() {
        CandidateStems stems = CandidateStems.of("Envoys from Israel met in ZÜRICH", index);

        // "envoy", "israe" (from "Israeli" in the body), "zürich" cut to "züric": "met" is a stem too.
        assertThat(stems.ids()).hasSize(4);
        assertThat(stems.count()).isEqualTo(4);
    }

    @Test
    void stopWordsAndShortWords_areLeftOut_butAStopWordCutFromALongerWordCounts() {
        CandidateStems stems = CandidateStems.of("The talks were in Geneva and theirs", index);

        // "talks", "genev", and "their" cut from "theirs"; "The", "were", "and" are stop words, "in" short.
        // The index gives every stop word an id, so "their" has one though the body never cuts it.
        assertThat(stems.count()).isEqualTo(3);
        assertThat(stems.ids()).hasSize(3);
    }

    @Test
    void repeatedStems_countOnce_andStemsTheBodyLacks_countWithoutIds() {
        CandidateStems stems = CandidateStems.of("Armenian Armenia ceasefire ceasefires Ödön Ödön", index);

        // "armen" twice, "cease" twice (absent from the body), "ödön" twice (absent, not ASCII).
        assertThat(stems.count()).isEqualTo(3);
        assertThat(stems.ids()).hasSize(1);
    }

    private static Layout layoutOf(String... lines) {
        List<Line> list = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            list.add(Line.of(i + 1, lines[i]));
        }
        return new Layout(list);
    }
}
