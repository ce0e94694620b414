package org.entente.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateStemsTest {
    private final StemIndex index = indexOf(layoutOf(
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

    @Test
    void aLineRewrittenAfterTheLexiconsPass_isIndexedWithItsNewText() {
        Layout layout = layoutOf("Envoys met in Geneva.", "The talks resumed.");
        LineStems recorded = Lexicon.of(layout).stems();
        layout.retext(0, "Mediators gathered in Zürich.");
        StemIndex rewritten = StemIndex.of(layout, recorded);

        // "media", "gathe", "züric" come from the new text; "envoy" and "genev" of the old are gone.
        assertThat(CandidateStems.of("Mediators gathered in Zürich", rewritten).ids())
                .hasSize(3);
        assertThat(positions(rewritten, "envoy")).isEmpty();
        assertThat(positions(rewritten, "talks")).containsExactly(3);
    }

    @Test
    void stemsRecordedByTheLexicon_matchThoseOfACandidate_inEveryKindOfToken() {
        Layout layout = layoutOf(
                "Self-determination (Nagorno-Karabakh's) \u201Cceasefire\u201D\u2014talks 1994-talks",
                "Erdoğan's envoys, x2 said: \"Minsk!\" theirs the Ödön-Ödön",
                "");
        StemIndex index = indexOf(layout);

        assertThat(positions(index, "self")).containsExactly(0);
        assertThat(positions(index, "deter")).containsExactly(1);
        assertThat(positions(index, "nagor")).containsExactly(2);
        assertThat(positions(index, "karab")).containsExactly(3);
        assertThat(positions(index, "cease")).containsExactly(4);
        assertThat(positions(index, "talks")).containsExactly(5, 6);
        assertThat(positions(index, "erdo\u011F")).containsExactly(7);
        assertThat(positions(index, "envoy")).containsExactly(8);
        assertThat(positions(index, "said")).containsExactly(9);
        assertThat(positions(index, "minsk")).containsExactly(10);
        assertThat(positions(index, "their")).containsExactly(11);
        assertThat(positions(index, "\u00F6d\u00F6n")).containsExactly(12, 13);
        assertThat(index.lineStart(1)).isEqualTo(7);
        assertThat(index.lineStart(2)).isEqualTo(14);
    }

    private static List<Integer> positions(StemIndex index, String stem) {
        List<Integer> found = new ArrayList<>();
        int id = index.find(stem);
        if (id >= 0) {
            index.forEachPosition(id, 0, Integer.MAX_VALUE, found::add);
        }
        return found;
    }

    private static StemIndex indexOf(Layout layout) {
        return StemIndex.of(layout, Lexicon.of(layout).stems());
    }

    private static Layout layoutOf(String... lines) {
        List<Line> list = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            list.add(Line.of(i + 1, lines[i]));
        }
        return new Layout(list);
    }
}
