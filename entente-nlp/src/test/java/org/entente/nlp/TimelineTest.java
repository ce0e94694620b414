package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.Metadata;
import org.entente.core.PartialDate;
import org.entente.core.Sentence;
import org.entente.core.TimeBasis;
import org.entente.core.TimeSpan;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final String ID = "a".repeat(64);

    private static Sentence sentence(int index, int block, String text, Integer... footnotes) {
        return new Sentence(index, block, 0, text.length(), text, List.of(footnotes));
    }

    private static List<TimeSpan> spans(Document document, List<Sentence> sentences) {
        return Timeline.of(document, sentences).stream()
                .map(Timeline.Dated::span)
                .toList();
    }

    private static Document document(int blocks, List<Footnote> footnotes) {
        List<Block> list = java.util.stream.IntStream.range(0, blocks)
                .mapToObj(i -> Block.of(i, BlockKind.BODY, "text"))
                .toList();
        Metadata published =
                new Metadata(Optional.empty(), List.of(), Optional.empty(), Optional.of(PartialDate.year(2021)));
        return new Document(ID, "test.txt", published, list, footnotes);
    }

    @Test
    void dateInSentence_winsOverFootnote() {
        Footnote note = new Footnote(
                1,
                "Agency, Oct. 1, 2020.",
                List.of(Citation.ofOutlet("Agency", Optional.empty(), List.of(PartialDate.day(2020, 10, 1)))));
        List<TimeSpan> spans = spans(document(1, List.of(note)), List.of(sentence(0, 0, "In 2018 they met.", 1)));

        assertThat(spans).containsExactly(TimeSpan.of(PartialDate.year(2018), TimeBasis.TEXT));
    }

    @Test
    void noDateInSentence_takesTheLatestCitedDate() {
        Citation older = Citation.ofOutlet("A", Optional.empty(), List.of(PartialDate.day(2020, 9, 28)));
        Citation newer = Citation.ofOutlet("B", Optional.empty(), List.of(PartialDate.day(2020, 10, 12)));
        Document document = document(1, List.of(new Footnote(3, "A; B.", List.of(older, newer))));

        List<TimeSpan> spans = spans(document, List.of(sentence(0, 0, "Baku protested.", 3)));

        assertThat(spans).containsExactly(TimeSpan.of(PartialDate.day(2020, 10, 12), TimeBasis.FOOTNOTE));
    }

    @Test
    void monthDay_takesTheYearLastNamed_notThePublicationYear() {
        List<TimeSpan> spans = spans(
                document(2, List.of()),
                List.of(
                        sentence(0, 0, "The war broke out in 2020."),
                        sentence(1, 1, "On September 30 Baku answered.")));

        assertThat(spans.get(1)).isEqualTo(TimeSpan.of(PartialDate.day(2020, 9, 30), TimeBasis.TEXT));
    }

    @Test
    void followingYear_followsTheYearJustNamed_andMovesTheNarrativeOn() {
        List<TimeSpan> spans = spans(
                document(1, List.of()),
                List.of(
                        sentence(0, 0, "A visit took place in 2019."),
                        sentence(1, 0, "The following year trade collapsed."),
                        sentence(2, 0, "On March 3 the border closed.")));

        assertThat(spans.get(1)).isEqualTo(TimeSpan.of(PartialDate.year(2020), TimeBasis.TEXT));
        assertThat(spans.get(2)).isEqualTo(TimeSpan.of(PartialDate.day(2020, 3, 3), TimeBasis.TEXT));
    }

    @Test
    void undatedSentence_takesTheMonthOfItsParagraph_orOfThePreviousOne_butNoFurther() {
        List<TimeSpan> spans = spans(
                document(4, List.of()),
                List.of(
                        sentence(0, 0, "On 3 March 2005 the talks opened."),
                        sentence(1, 0, "Yerevan walked out."),
                        sentence(2, 1, "Baku stayed."),
                        sentence(3, 2, "Tbilisi watched."),
                        sentence(4, 3, "In 2007 the mediators tried again.")));

        assertThat(spans.subList(1, 4))
                .containsExactly(
                        TimeSpan.of(PartialDate.month(2005, 3), TimeBasis.CONTEXT),
                        TimeSpan.of(PartialDate.month(2005, 3), TimeBasis.CONTEXT),
                        TimeSpan.unknown());
        assertThat(spans.get(4)).isEqualTo(TimeSpan.of(PartialDate.year(2007), TimeBasis.TEXT));
    }

    @Test
    void aHeading_doesNotStopTheParagraphBeforeFromCarryingOver() {
        List<Block> blocks = List.of(
                Block.of(0, BlockKind.BODY, "text"),
                Block.of(1, BlockKind.HEADING, "text"),
                Block.of(2, BlockKind.BODY, "text"));
        Document document = new Document(ID, "test.txt", Metadata.none(), blocks, List.of());
        List<TimeSpan> spans = spans(
                document,
                List.of(
                        sentence(0, 0, "In 2011 the envoys met."),
                        sentence(1, 1, "Reactions"),
                        sentence(2, 2, "Cairo welcomed the meeting.")));

        assertThat(spans.get(2)).isEqualTo(TimeSpan.of(PartialDate.year(2011), TimeBasis.CONTEXT));
    }

    @Test
    void footnote_winsOverTheParagraphsTime_butNotOverTheSentencesOwnDate() {
        Citation cited = Citation.ofOutlet("A", Optional.empty(), List.of(PartialDate.day(2016, 2, 9)));
        List<TimeSpan> spans = spans(
                document(1, List.of(new Footnote(4, "A, Feb. 9, 2016.", List.of(cited)))),
                List.of(
                        sentence(0, 0, "In May 2015 the border closed."),
                        sentence(1, 0, "Lusaka protested.", 4),
                        sentence(2, 0, "On 2 June the border reopened.", 4)));

        assertThat(spans.subList(1, 3))
                .containsExactly(
                        TimeSpan.of(PartialDate.day(2016, 2, 9), TimeBasis.FOOTNOTE),
                        TimeSpan.of(PartialDate.day(2015, 6, 2), TimeBasis.TEXT));
    }

    @Test
    void nextNight_afterTheTurnOfTheYear_countsFromTheNewYearsDay() {
        List<TimeSpan> spans = spans(
                document(1, List.of()),
                List.of(
                        sentence(0, 0, "Patrols began on December 30, 2021."),
                        sentence(1, 0, "On January 3 the ships collided."),
                        sentence(2, 0, "The next night the navies withdrew.")));

        assertThat(spans.subList(1, 3))
                .containsExactly(
                        TimeSpan.of(PartialDate.day(2022, 1, 3), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.day(2022, 1, 4), TimeBasis.TEXT));
    }

    @Test
    void daysEarlier_isAFlashback_thatDoesNotMoveTheNarrative() {
        List<TimeSpan> spans = spans(
                document(1, List.of()),
                List.of(
                        sentence(0, 0, "The vote was held on 14 May 2018."),
                        sentence(1, 0, "Two days earlier the court had ruled against Quito."),
                        sentence(2, 0, "The following day Lima recognised the result.")));

        assertThat(spans.subList(1, 3))
                .containsExactly(
                        TimeSpan.of(PartialDate.day(2018, 5, 12), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.day(2018, 5, 15), TimeBasis.TEXT));
    }

    @Test
    void relativeDayAfterADateInALeadingAfterPhrase_datesTheSentence() {
        List<TimeSpan> spans = spans(
                document(1, List.of()),
                List.of(sentence(
                        0, 0, "After a rocket hit a base on 5 June 2019, the jets struck back the next day.")));

        assertThat(spans).containsExactly(TimeSpan.of(PartialDate.day(2019, 6, 6), TimeBasis.TEXT));
    }

    @Test
    void earlierYearInAClause_doesNotPullTheNarrativeBack() {
        List<TimeSpan> spans = spans(
                document(1, List.of()),
                List.of(
                        sentence(0, 0, "On 15 March 2019 Delhi revoked the status it had granted in 1996."),
                        sentence(1, 0, "On 2 April the talks ended.")));

        assertThat(spans.get(1)).isEqualTo(TimeSpan.of(PartialDate.day(2019, 4, 2), TimeBasis.TEXT));
    }

    @Test
    void dayAfterAnEvent_isNotCountedFromTheLastDayNamed() {
        List<TimeSpan> spans = spans(
                document(1, List.of()),
                List.of(
                        sentence(0, 0, "The minister arrived on June 3, 2020, and left on June 6."),
                        sentence(1, 0, "The day after his arrival, Rome hosted a summit.")));

        assertThat(spans.get(1)).isEqualTo(TimeSpan.of(PartialDate.month(2020, 6), TimeBasis.CONTEXT));
    }

    @Test
    void weekdayUnderADateline_isReadAgainstTheDocumentsDate_andNothingElseIs() {
        Metadata dateline =
                new Metadata(Optional.empty(), List.of(), Optional.empty(), Optional.of(PartialDate.day(2024, 1, 29)));
        Document document =
                new Document(ID, "wire.txt", dateline, List.of(Block.of(0, BlockKind.BODY, "text")), List.of());
        List<TimeSpan> spans = spans(
                document,
                List.of(
                        sentence(0, 0, "The three juntas said on Sunday that they would quit the bloc."),
                        sentence(1, 0, "Abuja regretted the move.")));

        assertThat(spans)
                .containsExactly(
                        TimeSpan.of(PartialDate.day(2024, 1, 28), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.month(2024, 1), TimeBasis.CONTEXT));
        assertThat(spans(document, List.of(sentence(0, 0, "Abuja regretted the move."))))
                .containsExactly(TimeSpan.unknown());
    }

    @Test
    void nextDayAndDaysLater_countFromTheLastDayTheTextNamed_andBeatAFootnote() {
        Citation later = Citation.ofOutlet("A", Optional.empty(), List.of(PartialDate.day(2019, 3, 9)));
        List<TimeSpan> spans = spans(
                document(1, List.of(new Footnote(1, "A, March 9, 2019.", List.of(later)))),
                List.of(
                        sentence(0, 0, "Talks opened on March 3, 2019."),
                        sentence(1, 0, "The next day the envoys walked out.", 1),
                        sentence(2, 0, "Three days later they came back."),
                        sentence(3, 0, "That night a deal was signed.")));

        assertThat(spans)
                .containsExactly(
                        TimeSpan.of(PartialDate.day(2019, 3, 3), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.day(2019, 3, 4), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.day(2019, 3, 7), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.day(2019, 3, 7), TimeBasis.TEXT));
    }

    @Test
    void nextDay_afterOnlyAMonth_isNotGuessed() {
        List<TimeSpan> spans = spans(
                document(1, List.of()),
                List.of(sentence(0, 0, "Talks opened in March 2019."), sentence(1, 0, "The next day they ended.")));

        assertThat(spans.get(1).precision()).isNotEqualTo(org.entente.core.Precision.DAY);
    }

    @Test
    void followingMonth_isTheMonthAfterTheLastNamed_andNeedsOne() {
        List<TimeSpan> spans = spans(
                document(1, List.of()),
                List.of(
                        sentence(0, 0, "The blockade began on December 28, 2023."),
                        sentence(1, 0, "The following month the strikes started."),
                        sentence(2, 0, "That month the convoy sailed."),
                        sentence(3, 1, "In 2019 the talks stalled."),
                        sentence(4, 1, "The following month nothing moved.")));

        assertThat(spans.subList(0, 3))
                .containsExactly(
                        TimeSpan.of(PartialDate.day(2023, 12, 28), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.month(2024, 1), TimeBasis.TEXT),
                        TimeSpan.of(PartialDate.month(2024, 1), TimeBasis.TEXT));
        assertThat(spans.get(4).precision()).isNotEqualTo(org.entente.core.Precision.MONTH);
    }

    @Test
    void laterClauseWithADateOfItsOwn_isDatedByIt_andTheRestBySentence() {
        String text = "Pyongyang tested a missile on 4 July 2017, and the council condemned it two days later.";
        String semicolon = "Tirana closed the border in March 2015; in June it reopened, and Skopje did too.";
        List<Timeline.Dated> dated = Timeline.of(
                document(1, List.of()),
                List.of(
                        sentence(0, 0, text),
                        sentence(1, 0, semicolon),
                        sentence(2, 0, "Rome met Bern on 3 May, and Oslo came.")));

        Timeline.Dated first = dated.get(0);
        assertThat(first.span()).isEqualTo(TimeSpan.of(PartialDate.day(2017, 7, 4), TimeBasis.TEXT));
        assertThat(first.at(text.indexOf("Pyongyang"))).isEqualTo(first.span());
        assertThat(first.at(text.indexOf("the council")))
                .isEqualTo(TimeSpan.of(PartialDate.day(2017, 7, 6), TimeBasis.TEXT));
        Timeline.Dated second = dated.get(1);
        assertThat(second.at(semicolon.indexOf("Tirana")))
                .isEqualTo(TimeSpan.of(PartialDate.month(2015, 3), TimeBasis.TEXT));
        assertThat(second.at(semicolon.indexOf("Skopje")))
                .isEqualTo(TimeSpan.of(PartialDate.month(2015, 6), TimeBasis.TEXT));
        assertThat(dated.get(2).clauses()).isEmpty();
    }
}
