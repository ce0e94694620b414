package org.entente.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.PartialDate;
import org.entente.core.Precision;
import org.entente.core.Sentence;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;

/**
 * Dates each sentence of a document, reading them in order so that a month and day without a year
 * take the narrative's year (the last year the text itself named, never the publication date).
 *
 * <p>The basis, by preference: a date written in the sentence (TEXT, the first one); else a day
 * relative to the last day the text named ("the next day", "two days later", "that night": TEXT), or a
 * month relative to the last month it named ("the following month": TEXT); else the latest
 * date cited by the sentence's footnotes (FOOTNOTE); else the last date named earlier in the same
 * block, widened to its year (CONTEXT); else unknown. Pure; linear in the text's length.
 */
final class Timeline {

    private static final Pattern SAME_DAY = Pattern.compile(
            "\\b(?:[Tt]hat (?:day|night|evening|morning|afternoon)|[Tt]he same day|[Ll]ater that day)\\b");
    private static final Pattern NEXT_DAY =
            Pattern.compile("\\b(?:[Tt]he next day|[Tt]he following day|[Aa] day later)\\b");
    private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six");
    private static final Pattern DAYS_LATER =
            Pattern.compile("\\b([Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix) days later\\b");

    private static final Pattern NEXT_MONTH =
            Pattern.compile("\\b(?:[Tt]he following month|[Tt]he next month|[Aa] month later)\\b");
    private static final Pattern SAME_MONTH = Pattern.compile("\\b(?:[Tt]hat month|[Tt]he same month)\\b");

    private Timeline() {}

    /** One span per sentence, in the order given; sentences must be in document order. */
    static List<TimeSpan> of(Document document, List<Sentence> sentences) {
        List<TimeSpan> spans = new ArrayList<>();
        OptionalInt narrativeYear = OptionalInt.empty();
        Optional<LocalDate> narrativeDay = Optional.empty();
        Optional<YearMonth> narrativeMonth = Optional.empty();
        Optional<DateFinder.Found> blockContext = Optional.empty();
        int block = -1;
        for (Sentence sentence : sentences) {
            if (sentence.block() != block) {
                block = sentence.block();
                blockContext = Optional.empty();
            }
            List<DateFinder.Found> found = DateFinder.find(sentence.text(), narrativeYear);
            Optional<LocalDate> relative =
                    found.isEmpty() ? narrativeDay.flatMap(day -> relativeDay(sentence.text(), day)) : Optional.empty();
            Optional<YearMonth> month = found.isEmpty() && relative.isEmpty()
                    ? narrativeMonth.flatMap(m -> relativeMonth(sentence.text(), m))
                    : Optional.empty();
            if (month.isPresent()) {
                spans.add(TimeSpan.of(
                        PartialDate.month(month.get().getYear(), month.get().getMonthValue()), TimeBasis.TEXT));
                narrativeMonth = month;
                narrativeDay = Optional.empty();
            } else if (relative.isPresent()) {
                LocalDate day = relative.get();
                spans.add(TimeSpan.of(
                        PartialDate.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), TimeBasis.TEXT));
                narrativeDay = relative;
            } else {
                spans.add(spanOf(document, sentence, found, blockContext));
            }
            if (!found.isEmpty()) {
                DateFinder.Found last = found.get(found.size() - 1);
                narrativeYear = OptionalInt.of(last.lastYear());
                blockContext = Optional.of(last);
                narrativeDay = last.to().isEmpty() && last.from().precision() == Precision.DAY
                        ? Optional.of(last.from().first())
                        : Optional.empty();
                boolean monthKnown = last.to().isEmpty()
                        && (last.from().precision() == Precision.DAY
                                || last.from().precision() == Precision.MONTH);
                narrativeMonth =
                        monthKnown ? Optional.of(YearMonth.from(last.from().first())) : Optional.empty();
            }
        }
        return spans;
    }

    /**
     * The day a sentence without a date of its own points to from the last day the text named: "the
     * next day", "two days later", "that night", "the same day"; empty when it names none of these.
     */
    static Optional<LocalDate> relativeDay(String text, LocalDate narrativeDay) {
        if (SAME_DAY.matcher(text).find()) {
            return Optional.of(narrativeDay);
        }
        if (NEXT_DAY.matcher(text).find()) {
            return Optional.of(narrativeDay.plusDays(1));
        }
        Matcher later = DAYS_LATER.matcher(text);
        if (later.find()) {
            return Optional.of(
                    narrativeDay.plusDays(NUMBERS.indexOf(later.group(1).toLowerCase(Locale.ROOT)) + 2L));
        }
        return Optional.empty();
    }

    /** The month "the following month" or "that month" points to from the last month the text named. */
    static Optional<YearMonth> relativeMonth(String text, YearMonth narrativeMonth) {
        if (SAME_MONTH.matcher(text).find()) {
            return Optional.of(narrativeMonth);
        }
        if (NEXT_MONTH.matcher(text).find()) {
            return Optional.of(narrativeMonth.plusMonths(1));
        }
        return Optional.empty();
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
