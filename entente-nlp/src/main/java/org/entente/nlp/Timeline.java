package org.entente.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.PartialDate;
import org.entente.core.Precision;
import org.entente.core.Sentence;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;

/**
 * Dates each sentence of a document, reading them in order as a narrative: the text's own dates
 * move the narrative's time on, and dates without a year, relative days ("the next night", "two days
 * earlier") and relative months ("the following month") are read against it, never against the
 * publication date; only words that point from the document's own date ("this month", "on Sunday")
 * are read against that.
 *
 * <p>The basis, by preference: a date written in the sentence, or a relative one read from the
 * narrative (TEXT; the first that is not in a leading "After ...," phrase); else the latest date
 * cited by the sentence's footnotes (FOOTNOTE); else the narrative's time in this paragraph, or in
 * the paragraph before when this one names none yet, as a month when a month or day was named, else
 * as a year or range (CONTEXT); else unknown. After a sentence the narrative stands at its latest
 * date, flashbacks ("two days earlier") aside. Pure; linear in the text's length.
 */
final class Timeline {

    /** Where a sentence's coordinate clauses begin: ", and", ", but", ", while", ";". */
    private static final Pattern CLAUSE = Pattern.compile(",\\s+(?:and|but|while|whereas)\\s+|;\\s+");

    /**
     * A sentence's span, and the spans of its later clauses that name dates of their own: in "Baku
     * protested on 3 May, and two days later Ankara answered" the second clause is 5 May.
     */
    record Dated(TimeSpan span, List<Clause> clauses) {
        Dated {
            clauses = List.copyOf(clauses);
        }

        /** The span of the clause holding the character at {@code offset} of the sentence. */
        TimeSpan at(int offset) {
            TimeSpan at = span;
            for (Clause clause : clauses) {
                if (clause.start() <= offset) {
                    at = clause.span();
                }
            }
            return at;
        }
    }

    /** From character {@code start} of its sentence on, a clause dated {@code span}. */
    record Clause(int start, TimeSpan span) {}

    private Timeline() {}

    /** One dating per sentence, in the order given; sentences must be in document order. */
    static List<Dated> of(Document document, List<Sentence> sentences) {
        Map<Integer, BlockKind> kinds =
                document.blocks().stream().collect(Collectors.toMap(Block::index, Block::kind, (a, b) -> a));
        Narrative narrative = new Narrative(document.metadata().date());
        List<Dated> dated = new ArrayList<>();
        for (Sentence sentence : sentences) {
            narrative.enter(sentence.block(), kinds.getOrDefault(sentence.block(), BlockKind.BODY));
            List<DateFinder.Found> events = narrative.read(sentence.text());
            Optional<TimeSpan> own = first(events, 0, sentence.text().length());
            Optional<PartialDate> cited = citedDate(document, sentence);
            TimeSpan span = own.or(() -> cited.map(date -> TimeSpan.of(date, TimeBasis.FOOTNOTE)))
                    .orElseGet(narrative::context);
            dated.add(new Dated(span, clauses(sentence.text(), events)));
        }
        return dated;
    }

    /** The first date at {@code [from, to)} that is not in a leading "After ...," phrase, else the first. */
    private static Optional<TimeSpan> first(List<DateFinder.Found> events, int from, int to) {
        List<DateFinder.Found> within =
                events.stream().filter(f -> f.start() >= from && f.start() < to).toList();
        return within.stream()
                .filter(f -> !f.reference())
                .findFirst()
                .or(() -> within.stream().findFirst())
                .map(f -> f.span(TimeBasis.TEXT));
    }

    /** The clauses after the first that name a date of their own. */
    private static List<Clause> clauses(String text, List<DateFinder.Found> events) {
        List<Integer> starts = new ArrayList<>();
        Matcher matcher = CLAUSE.matcher(text);
        while (matcher.find()) {
            starts.add(matcher.start());
        }
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            first(events, start, end).ifPresent(span -> clauses.add(new Clause(start, span)));
        }
        return clauses;
    }

    /** Where the text's time stands as it is read, and the time of the paragraph being read. */
    private static final class Narrative {
        private final Optional<PartialDate> published;
        private OptionalInt year = OptionalInt.empty();
        private Optional<YearMonth> month = Optional.empty();
        private Optional<LocalDate> day = Optional.empty();
        private int block = -1;
        private Optional<TimeSpan> paragraph = Optional.empty();
        private Optional<TimeSpan> previousParagraph = Optional.empty();

        Narrative(Optional<PartialDate> published) {
            this.published = published;
        }

        /** A heading neither starts nor ends a paragraph's time: the paragraph before still carries over. */
        void enter(int block, BlockKind kind) {
            if (block == this.block || kind == BlockKind.HEADING) {
                return;
            }
            this.block = block;
            previousParagraph = paragraph;
            paragraph = Optional.empty();
        }

        /**
         * The sentence's own dates and relative dates, in text order, after which the narrative stands
         * at the latest of them.
         */
        List<DateFinder.Found> read(String text) {
            List<DateFinder.Found> found = DateFinder.find(text, new DateFinder.Anchor(year, month, published));
            List<RelativeDates.Relative> relatives = RelativeDates.resolve(text, found, day, month);
            List<DateFinder.Found> events = Stream.concat(
                            found.stream(), relatives.stream().map(RelativeDates.Relative::found))
                    .sorted(Comparator.comparingInt(DateFinder.Found::start))
                    .toList();
            Optional<DateFinder.Found> own = events.stream()
                    .filter(f -> !f.reference())
                    .findFirst()
                    .or(() -> events.stream().findFirst());
            Stream.concat(
                            found.stream(),
                            relatives.stream().filter(r -> !r.backward()).map(RelativeDates.Relative::found))
                    .reduce((a, b) -> b.point().isBefore(a.point()) ? a : b)
                    .ifPresent(this::moveTo);
            return events;
        }

        private void moveTo(DateFinder.Found date) {
            LocalDate point = date.point();
            Precision precision =
                    date.to().isPresent() ? Precision.RANGE : date.from().precision();
            year = OptionalInt.of(point.getYear());
            month = precision == Precision.DAY || precision == Precision.MONTH
                    ? Optional.of(YearMonth.from(point))
                    : Optional.empty();
            day = precision == Precision.DAY ? Optional.of(point) : Optional.empty();
            paragraph = Optional.of(widened(date));
        }

        /** The time of the paragraph, or of the one before while this one has named none. */
        TimeSpan context() {
            return paragraph.or(() -> previousParagraph).orElse(TimeSpan.unknown());
        }

        /** A day is widened to its month: the sentences after it may tell of the days that followed. */
        private static TimeSpan widened(DateFinder.Found date) {
            if (date.to().isPresent()) {
                return date.span(TimeBasis.CONTEXT);
            }
            PartialDate from = date.from();
            LocalDate first = from.first();
            PartialDate wide = from.precision() == Precision.YEAR
                    ? from
                    : PartialDate.month(first.getYear(), first.getMonthValue());
            return TimeSpan.of(wide, TimeBasis.CONTEXT);
        }
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
