package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.core.Document;
import org.entente.core.Extraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Annotating the pieces of one document on several threads changes nothing in what comes out. */
@Tag("model")
class ParallelAnnotationIT {

    private static Document longDocument() {
        List<String> paragraphs = new ArrayList<>();
        String[] sentences = {
            "In March 2019 Egypt protested to Ethiopia over the filling of the dam.",
            "Sudan sided with Egypt at first, then called for talks between the two.",
            "The African Union mediated between Ethiopia and Egypt in 2020.",
            "Washington suspended part of its aid to Ethiopia in September 2020.",
            "China and Russia both declined to back Egypt at the Security Council.",
        };
        for (int p = 0; p < 10; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < 8; s++) {
                paragraph.append(sentences[(p + s) % sentences.length]).append(' ');
            }
            paragraphs.add(paragraph.toString().strip());
        }
        // One paragraph long enough to be cut into several pieces on its own.
        paragraphs.add(String.join(" ", java.util.Collections.nCopies(90, sentences[2])));
        return Texts.body(paragraphs.toArray(String[]::new));
    }

    @Test
    void extract_onOneAndOnTwoThreads_givesTheSameSentencesActorsAndAssertionsInTheSameOrder() {
        Document document = longDocument();

        Extraction one = Extractors.coreNlp(ActorKnowledgeBase.builtIn(), 1).extract(document);
        Extraction two = Extractors.coreNlp(ActorKnowledgeBase.builtIn(), 2).extract(document);

        assertThat(one.sentences()).hasSizeGreaterThan(150);
        assertThat(one.assertions()).isNotEmpty();
        assertThat(two.sentences()).isEqualTo(one.sentences());
        assertThat(two.actors()).isEqualTo(one.actors());
        assertThat(two.assertions()).isEqualTo(one.assertions());
    }
}
