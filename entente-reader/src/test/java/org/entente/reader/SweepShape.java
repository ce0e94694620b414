package org.entente.reader;

import java.util.function.Consumer;

/**
 * How one family of generated documents looks: its wrapping, paragraph breaks, headings, lists,
 * byline, page furniture, notes and extras. Fields start at the most common layout (wrapped at 80
 * columns, a blank line between paragraphs, Title Case headings, footnotes at page bottoms under a
 * journal header); each shape changes a few.
 */
final class SweepShape {
    enum Headings {
        NONE,
        TITLE_CASE,
        ALL_CAPS,
        /** One or two words: "Summary", "Key points", "Background". */
        SHORT,
        /** "## The View from the Capital" */
        MARKDOWN
    }

    enum Byline {
        NONE,
        /** "By Mara Lindqvist" */
        BY,
        /** "Mara Lindqvist and Tomas Okafor" */
        NAMES,
        /** "Entente Policy Briefs, March 2024" */
        VENUE_DATE,
        /** "Policy Brief No. 7, prepared by Mara Lindqvist" */
        PREPARED_BY
    }

    enum Header {
        NONE,
        /** "ENTENTE SWEEP REVIEW     Spring 2024 Lindqvist: Short title / 3" */
        JOURNAL,
        /** A repeated line naming the series, and a page number on a line of its own. */
        REPEATED
    }

    enum Notes {
        NONE,
        PAGE_BOTTOM,
        ENDNOTES
    }

    final String name;
    /** Columns to wrap at; 0 keeps each paragraph on one line. */
    int width = 80;

    boolean blankLines = true;
    Headings headings = Headings.TITLE_CASE;
    Byline byline = Byline.BY;
    Header header = Header.JOURNAL;
    Notes notes = Notes.PAGE_BOTTOM;
    /** Lines of text per page before the page furniture; 0 for one long page. */
    int pageLines = 24;
    /** A list inside the second section, with this bullet ("-", "1.", "(a)"); empty for none. */
    String bullet = "";

    boolean shortParagraphs;
    boolean dateline;
    boolean interview;
    boolean table;
    boolean quotes;
    boolean captions;
    /** Captions that give only a date, no placement ("(above)"), as in the demo corpus. */
    boolean datedCaptions;
    /** A pull quote repeating a sentence of the paragraph before, set inside the next one. */
    boolean pullQuotes;
    /** Long words at a line's end broken with a hyphen, as a typesetter does. */
    boolean hyphenate;
    /** A rule of spaces above the footnotes at a page's foot; without it only a blank line. */
    boolean separator = true;

    String extension = ".txt";

    private SweepShape(String name) {
        this.name = name;
    }

    static SweepShape of(String name, Consumer<SweepShape> changes) {
        SweepShape shape = new SweepShape(name);
        changes.accept(shape);
        return shape;
    }

    /** One paragraph per line, as copied news and briefings are saved; short pages so that page breaks still fall. */
    void unwrapped() {
        width = 0;
        pageLines = 6;
    }

    @Override
    public String toString() {
        return name;
    }
}
