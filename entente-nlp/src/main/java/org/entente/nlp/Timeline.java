package org.entente.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.PartialDate;
import org.entente.core.Sentence;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;

/**
 * Dates each sentence of a document, reading them in order so that a month and day without a year
 * take the narrative's year (the last year the text itself named, never the publication date).
 *
 * <p>The basis, by preference: a date written in the sentence (TEXT, the first one); else the latest
 * date cited by the sentence's footnotes (FOOTNOTE); else the last date named earlier in the same
 * block, widened to its year (CONTEXT); else unknown. Pure; linear in the text's length.
 */
final class Timeline {

    private Timeline() {}

    /** One span per sentence, in the order given; sentences must be in document order. */
    static List<TimeSpan> of(Document document, List<Sentence> sentences) {
        List<TimeSpan> spans = new ArrayList<>();
        OptionalInt narrativeYear = OptionalInt.empty();
        Optional<DateFinder.Found> blockContext = Optional.empty();
        int block = -1;
        for (Sentence sentence : sentences) {
            if (sentence.block() != block) {
                block = sentence.block();
                blockContext = Optional.empty();
            }
            List<DateFinder.Found> found = DateFinder.find(sentence.text(), narrativeYear);
            spans.add(spanOf(document, sentence, found, blockContext));
            if (!found.isEmpty()) {
                DateFinder.Found last = found.get(found.size() - 1);
                narrativeYear = OptionalInt.of(last.lastYear());
                blockContext = Optional.of(last);
            }
        }
        return spans;
    }

    private static TimeSpan spanOf(
            Document document, Sentence sentence, List<DateFinder.Found> found, Optional<DateFinder.Found> context) {
        if (!found.isEmpty()) {
            return found.get(0).span(TimeBasis.TEXT);
        }
        Optional<PartialDate> cited = citedDate(document, sentence);
        if (cited.isPresent()) {
            return TimeSpan.of(cited.get(), TimeBasis.FOOTNOTE);
        }
        return context.map(Timeline::widened).orElse(TimeSpan.unknown());
    }

    private static TimeSpan widened(DateFinder.Found context) {
        if (context.to().isPresent()) {
            return context.span(TimeBasis.CONTEXT);
        }
        return TimeSpan.of(PartialDate.year(context.from().first().getYear()), TimeBasis.CONTEXT);
    }

    /** The latest date of any citation in the sentence's footnotes. */
    static Optional<PartialDate> citedDate(Document document, Sentence sentence) {
        return sentence.footnotes().stream()
                .map(document::footnote)
                .flatMap(Optional::stream)
                .map(Footnote::citations)
                .flatMap(List::stream)
                .map(Citation::latestDate)
                .flatMap(Optional::stream)
                .max(PartialDate::compareTo);
    }
}
