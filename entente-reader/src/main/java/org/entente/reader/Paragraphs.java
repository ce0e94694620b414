package org.entente.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.core.BlockKind;

/**
 * Joins the body lines into paragraphs and headings, and gathers captions and pull quotes into their
 * own blocks. A blank line or a removed block (footnotes, header, caption) ends a paragraph only where
 * the text before it closes a sentence and the text after it starts with a capital; so a sentence cut
 * by a page break, a footnote block or a caption is stitched back together. Without a gap, an
 * indented line or a short line closing a sentence starts a new paragraph, and so does every line
 * after a sentence's end in a text whose lines are longer than any column is wide (saved with one
 * paragraph per line, as copied news is). A heading is a short
 * title-case line (or two) without end punctuation standing after a finished paragraph, set off by
 * a blank line or followed by a line that opens a sentence. A caption or
 * pull quote found inside a paragraph is placed right after that paragraph. A block quote
 * ({@link BlockQuotes}) ends the paragraph before it and stands as a block of its own in the flow.
 * One pass: linear.
 */
final class Paragraphs {
    private static final String ENDERS = ".!?\u2026";
    private static final String CLOSERS = "\u201D\u2019\"')]";
    private static final double SHORT_LINE = 0.6;
    /** Longer than a printed column: a text with a line this long was never wrapped. */
    static final int UNWRAPPED = 150;

    private static final int MAX_HEADING_WORDS = 8;
    private static final int MAX_HEADING_CHARS = 70;
    private static final Set<String> MINOR = Set.of(
            "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs.");

    private final LineJoiner joiner;

    Paragraphs(LineJoiner joiner) {
        this.joiner = joiner;
    }

    /** True when the line ends a sentence, allowing closing quotes and a glued footnote number. */
    static boolean endsSentence(String text) {
        int end = text.length();
        int digits = 0;
        while (end > 0 && digits < 3 && Character.isDigit(text.charAt(end - 1))) {
            end--;
            digits++;
        }
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ENDERS.indexOf(text.charAt(end - 1)) >= 0;
    }

    List<Draft> build(Layout layout) {
        var state = new State();
        for (int i = 0; i < layout.size() && !state.unwrapped; i++) {
            state.unwrapped = layout.is(i, Role.BODY) && layout.text(i).length() > UNWRAPPED;
        }
        for (int i = 0; i < layout.size(); i++) {
            Role role = layout.role(i);
            if (role == Role.BODY) {
                i = body(layout, i, state);
            } else if (role == Role.CAPTION || role == Role.PULL_QUOTE) {
                i = floating(layout, i, role, state);
            } else if (role == Role.BLOCK_QUOTE) {
                i = quote(layout, i, state);
            } else {
                state.gap = true;
            }
        }
        state.flush();
        return state.drafts;
    }

    private int body(Layout layout, int i, State state) {
        String text = layout.text(i);
        if (isBullet(text)) {
            // A list item is a paragraph of its own, without its bullet: "- Peru and Bolivia quarrelled ..."
            state.flush();
            state.gap = true;
            state.last = ".";
            text = text.substring(bulletLength(text)).strip();
        }
        boolean opening = state.paragraph.length() == 0 || endsSentence(state.last);
        boolean setOff = state.gap || state.paragraph.length() == 0 || opensSentence(layout, i + 1);
        if (opening && setOff && isHeading(text)) {
            int end = i;
            StringBuilder heading = new StringBuilder(text);
            if (layout.is(i + 1, Role.BODY) && isHeading(layout.text(i + 1)) && !layout.is(i + 2, Role.BODY)) {
                end = i + 1;
                heading.append(' ').append(layout.text(end));
            }
            state.flush();
            state.drafts.add(new Draft(BlockKind.HEADING, heading.toString()));
            state.gap = true;
            state.last = ".";
            return end;
        }
        if (state.paragraph.length() > 0 && endsSentence(state.last) && startsNew(layout.line(i), state)) {
            state.flush();
        }
        joiner.append(state.paragraph, text);
        state.beforeLast = state.gap ? 0 : state.last.length();
        state.last = text;
        state.gap = false;
        return i;
    }

    private static boolean startsNew(Line line, State state) {
        boolean capital = Character.isUpperCase(line.text().codePointAt(0))
                || !Character.isLetter(line.text().codePointAt(0));
        if (state.gap) {
            return capital;
        }
        return capital && (line.indented() || state.unwrapped || state.last.length() < SHORT_LINE * state.beforeLast);
    }

    /** True when line {@code i} is body text starting with a capital or a list item: what follows a heading. */
    static boolean opensSentence(Layout layout, int i) {
        return layout.is(i, Role.BODY)
                && (Character.isUpperCase(layout.text(i).codePointAt(0)) || isBullet(layout.text(i)));
    }

    /** A list item with a bullet, or a dash or star and a space before a capital ("- Chile offered ..."). */
    static boolean isBullet(String text) {
        return bulletLength(text) > 0;
    }

    /** A list item: one with a bullet, or numbered or lettered ("1. ", "(a) ", "b) "). */
    static boolean isListItem(String text) {
        return isBullet(text) || enumerated(text);
    }

    /** "1. ", "12) ", "(a) " or "b) " before some text; read by hand, as it is asked of many lines. */
    private static boolean enumerated(String text) {
        int i = text.startsWith("(") ? 1 : 0;
        int start = i;
        while (i < text.length() && i - start < 2 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        boolean number = i > start;
        if (!number && i < text.length() && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
            i++;
        }
        if (i == start || i >= text.length()) {
            return false;
        }
        char closer = text.charAt(i);
        boolean closed = closer == ')' || number && start == 0 && closer == '.';
        return closed && i + 2 < text.length() && text.charAt(i + 1) == ' ' && text.charAt(i + 2) != ' ';
    }

    private static int bulletLength(String text) {
        if (text.length() < 3) {
            return 0;
        }
        char first = text.charAt(0);
        boolean bullet = first == '\u2022' || first == '\u25aa' || first == '\u25e6' || first == '\u00b7';
        boolean dash = (first == '-' || first == '\u2013' || first == '*') && text.charAt(1) == ' ';
        int rest = dash ? 2 : 1;
        while (rest < text.length() && text.charAt(rest) == ' ') {
            rest++;
        }
        boolean item = bullet && rest > 1 || dash && rest < text.length() && Character.isUpperCase(text.charAt(rest));
        return item ? rest : 0;
    }

    private int floating(Layout layout, int i, Role role, State state) {
        List<String> lines = new ArrayList<>();
        int j = i;
        while (j < layout.size() && (layout.is(j, role) || layout.is(j, Role.BLANK) && layout.is(j + 1, role))) {
            lines.add(layout.text(j));
            j++;
        }
        Draft draft = new Draft(role == Role.CAPTION ? BlockKind.CAPTION : BlockKind.PULL_QUOTE, joiner.join(lines));
        if (state.paragraph.length() == 0) {
            state.drafts.add(draft);
        } else {
            state.floats.add(draft);
        }
        state.gap = true;
        return j - 1;
    }

    /** A block quote: the paragraph before it ends, the quote is a block of the flow. */
    private int quote(Layout layout, int i, State state) {
        List<String> lines = new ArrayList<>();
        int j = i;
        while (layout.is(j, Role.BLOCK_QUOTE)) {
            lines.add(layout.text(j));
            j++;
        }
        state.flush();
        state.drafts.add(new Draft(BlockKind.BLOCK_QUOTE, joiner.join(lines)));
        state.gap = true;
        state.last = ".";
        return j - 1;
    }

    static boolean isHeading(String text) {
        if (text.length() > MAX_HEADING_CHARS || text.endsWith("-") || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        if (!Character.isLetterOrDigit(text.codePointAt(text.length() - 1)) && !text.endsWith("?")) {
            return false;
        }
        int words = 0;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && text.charAt(i) != ' ') {
                i++;
            }
            int first = text.codePointAt(start);
            boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
            if (++words > MAX_HEADING_WORDS || !capital && !MINOR.contains(text.substring(start, i))) {
                return false;
            }
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        return true;
    }

    /** The paragraph being built and what has been emitted. */
    private final class State {
        final List<Draft> drafts = new ArrayList<>();
        final List<Draft> floats = new ArrayList<>();
        final StringBuilder paragraph = new StringBuilder();
        String last = ".";
        int beforeLast;
        boolean gap = true;
        /** Some body line is longer than a column: the text keeps one paragraph per line. */
        boolean unwrapped;

        void flush() {
            if (paragraph.length() > 0) {
                drafts.add(new Draft(BlockKind.BODY, paragraph.toString()));
                paragraph.setLength(0);
            }
            drafts.addAll(floats);
            floats.clear();
        }
    }
}
