package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.entente.core.Assertion;
import org.entente.core.Block;
import org.entente.core.Citation;
import org.entente.core.Evidence;
import org.entente.core.Extraction;
import org.entente.core.Footnote;
import org.entente.core.FootnoteMarker;
import org.entente.core.PartialDate;
import org.entente.core.Sentence;

/**
 * Appends one document's blocks, markers, footnotes, citations, sentences and assertions. Runs
 * inside the ingest transaction; every appender is flushed before it returns.
 */
final class ContentRows {
    private final Rows.Target target;

    ContentRows(Connection connection) {
        this(table -> new Rows(connection, table));
    }

    ContentRows(Rows.Target target) {
        this.target = target;
    }

    void write(Extraction extraction) throws SQLException {
        String id = extraction.document().id();
        writeBlocks(id, extraction.document().blocks());
        writeFootnotes(id, extraction.document().footnotes());
        writeSentences(id, extraction.sentences());
        writeAssertions(id, extraction.assertions());
    }

    private void writeBlocks(String id, List<Block> blocks) throws SQLException {
        try (Rows rows = target.open("blocks");
                Rows markers = target.open("footnote_markers")) {
            for (Block block : blocks) {
                rows.begin()
                        .text(id)
                        .number(block.index())
                        .text(block.kind().name())
                        .text(block.text())
                        .end();
                List<FootnoteMarker> marks = block.markers();
                for (int i = 0; i < marks.size(); i++) {
                    markers.begin()
                            .text(id)
                            .number(block.index())
                            .number(i)
                            .number(marks.get(i).number())
                            .number(marks.get(i).offset())
                            .end();
                }
            }
        }
    }

    private void writeFootnotes(String id, List<Footnote> footnotes) throws SQLException {
        try (Rows notes = target.open("footnotes");
                Rows citations = target.open("citations");
                Rows dates = target.open("citation_dates")) {
            for (int n = 0; n < footnotes.size(); n++) {
                Footnote footnote = footnotes.get(n);
                notes.begin()
                        .text(id)
                        .number(footnote.number())
                        .number(n)
                        .text(footnote.text())
                        .end();
                for (int c = 0; c < footnote.citations().size(); c++) {
                    Citation citation = footnote.citations().get(c);
                    citations
                            .begin()
                            .text(id)
                            .number(footnote.number())
                            .number(c)
                            .text(citation.author())
                            .text(citation.title())
                            .text(citation.outlet())
                            .text(citation.place())
                            .text(citation.url())
                            .end();
                    for (int d = 0; d < citation.dates().size(); d++) {
                        PartialDate date = citation.dates().get(d);
                        dates.begin()
                                .text(id)
                                .number(footnote.number())
                                .number(c)
                                .number(d)
                                .date(Optional.of(date.first()))
                                .text(date.precision().name())
                                .end();
                    }
                }
            }
        }
    }

    private void writeSentences(String id, List<Sentence> sentences) throws SQLException {
        try (Rows rows = target.open("sentences")) {
            for (Sentence sentence : sentences) {
                rows.begin()
                        .text(id)
                        .number(sentence.index())
                        .number(sentence.block())
                        .number(sentence.start())
                        .number(sentence.end())
                        .text(sentence.text())
                        .list(sentence.footnotes())
                        .end();
            }
        }
    }

    private void writeAssertions(String id, List<Assertion> assertions) throws SQLException {
        try (Rows rows = target.open("assertions")) {
            for (Assertion assertion : assertions) {
                Evidence evidence = assertion.evidence();
                rows.begin()
                        .text(assertion.id())
                        .text(id)
                        .list(assertion.sources())
                        .list(assertion.targets())
                        .text(assertion.kind().name())
                        .text(assertion.sign().name())
                        .real(assertion.intensity())
                        .date(assertion.time().start())
                        .date(assertion.time().end())
                        .text(assertion.time().precision().name())
                        .text(assertion.time().basis().name())
                        .text(assertion.modality().name())
                        .text(assertion.speaker().actor())
                        .real(assertion.confidence())
                        .number(evidence.sentence())
                        .number(evidence.block())
                        .number(evidence.start())
                        .number(evidence.end())
                        .text(evidence.text())
                        .list(evidence.footnotes());
                rows.end();
            }
        }
    }
}
