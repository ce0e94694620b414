package org.entente.core;

import java.util.List;

/** A numbered footnote or endnote with the citations parsed from it. */
public record Footnote(int number, String text, List<Citation> citations) {
    public Footnote {
        if (number < 1) {
            throw new IllegalArgumentException("footnote numbers start at 1, was " + number);
        }
        Require.text(text, "text");
        citations = Require.list(citations, "citations");
    }
}
