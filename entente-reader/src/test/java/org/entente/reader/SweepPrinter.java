package org.entente.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the content of a {@link SweepDocument} the way a PDF extractor gives it: wrapped (or not),
 * with or without blank lines, captions set in the middle of a paragraph, and at every page break
 * the page's footnotes under a separator, a page number and the next page's running header.
 */
final class SweepPrinter {
    enum Kind {
        PARAGRAPH,
        HEADING,
        ITEM,
        QUOTE,
        CAPTION,
        PULL_QUOTE,
        TABLE
    }

    /** One piece of content: how it is printed and what the body should keep of it. */
    record Piece(Kind kind, String printed, String plain) {}

    /** The generated file, its expected body pieces, and the texts that must stay out of the body. */
    record Generated(String name, String text, List<String> body, List<String> foreign, List<String> notes) {}

    /** A printed line, the footnote markers in it, and whether a page may end after it (not inside a caption). */
    private record FlowLine(String text, List<Integer> notes, boolean breakable) {}

    private static final String SERIES = "Entente Sweep Review - Regional Briefs";
    private static final String JOURNAL = "ENTENTE SWEEP REVIEW     Spring 2024 Lindqvist: Rivers and Envoys / ";
    private static final Pattern MARKER = Pattern.compile("(?<=[.!?][\u201D\"\u2019]?)\\d{1,3}(?= |$)");
    private static final int CAPTION_WIDTH = 40;
    private static final int QUOTE_INDENT = 4;
    private static final int SEPARATOR_WIDTH = 50;
    private static final int MIN_BROKEN = 8;

    private final SweepShape shape;
    private final List<FlowLine> flow = new ArrayList<>();
    private final List<String> out = new ArrayList<>();
    private final List<String> foreign = new ArrayList<>();
    private int page = 1;

    SweepPrinter(SweepShape shape) {
        this.shape = shape;
    }

    Generated print(String name, List<String> top, List<Piece> pieces, List<String> notes) {
        for (String line : top) {
            add(line);
            blank();
        }
        foreign.addAll(top);
        flow(pieces);
        paginate(notes);
        List<String> body = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.kind() == Kind.CAPTION) {
                foreign.add(piece.plain());
            } else if (piece.kind() != Kind.PULL_QUOTE) {
                body.add(piece.plain());
            }
        }
        if (shape.notes == SweepShape.Notes.ENDNOTES) {
            body.add("Notes");
        }
        foreign.addAll(notes);
        return new Generated(name, String.join("\n", out) + "\n", body, foreign, notes);
    }

    private void flow(List<Piece> pieces) {
        Piece caption = null;
        Kind previous = Kind.HEADING;
        for (Piece piece : pieces) {
            Kind kind = piece.kind();
            if (kind == Kind.CAPTION || kind == Kind.PULL_QUOTE) {
                caption = piece;
                continue;
            }
            boolean setOff = kind == Kind.QUOTE
                    || kind == Kind.TABLE && previous != Kind.TABLE
                    || previous == Kind.QUOTE
                    || previous == Kind.TABLE && kind != Kind.TABLE;
            if (setOff || shape.blankLines && previous != Kind.HEADING && !(kind == Kind.TABLE)) {
                blank();
            }
            switch (kind) {
                case HEADING, TABLE -> add(piece.printed());
                case QUOTE -> wrap(piece.printed(), shape.width - 2 * QUOTE_INDENT, QUOTE_INDENT, QUOTE_INDENT)
                        .forEach(this::add);
                case ITEM -> wrap(
                                piece.printed(), shape.width, 0, piece.printed().indexOf(' ') + 1)
                        .forEach(this::add);
                case PARAGRAPH -> {
                    paragraph(piece, caption);
                    caption = null;
                }
            }
            previous = kind;
        }
    }

    /**
     * A paragraph, with a pending caption or pull quote set after its second line (or before it, if
     * it is short). A pull quote repeats body text, so only the body's word counts show it left in.
     */
    private void paragraph(Piece piece, Piece caption) {
        List<String> lines = shape.hyphenate ? hyphenated(piece.printed()) : wrap(piece.printed(), shape.width, 0, 0);
        int split = caption == null ? lines.size() : lines.size() >= 3 ? 2 : 0;
        lines.subList(0, split).forEach(this::add);
        if (caption != null) {
            blank();
            List<String> captionLines = wrap(caption.printed(), CAPTION_WIDTH, 0, 0);
            captionLines.forEach(line -> flow.add(new FlowLine(line, List.of(), false)));
            flow.set(flow.size() - 1, new FlowLine(captionLines.get(captionLines.size() - 1), List.of(), true));
            blank();
        }
        lines.subList(split, lines.size()).forEach(this::add);
    }

    private void add(String line) {
        List<Integer> notes = new ArrayList<>();
        Matcher matcher = MARKER.matcher(line);
        while (matcher.find()) {
            notes.add(Integer.parseInt(matcher.group()));
        }
        flow.add(new FlowLine(line, notes, true));
    }

    private void blank() {
        if (!flow.isEmpty() && !flow.get(flow.size() - 1).text().isEmpty()) {
            flow.add(new FlowLine("", List.of(), true));
        }
    }

    private void paginate(List<String> notes) {
        if (shape.header == SweepShape.Header.REPEATED) {
            furniture(SERIES);
        }
        List<Integer> pageNotes = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < flow.size(); i++) {
            out.add(flow.get(i).text());
            pageNotes.addAll(flow.get(i).notes());
            count++;
            if (shape.pageLines > 0 && count >= shape.pageLines && flow.get(i).breakable() && i + 1 < flow.size()) {
                pageEnd(pageNotes, notes);
                page++;
                if (shape.header == SweepShape.Header.JOURNAL) {
                    furniture(JOURNAL + page);
                } else if (shape.header == SweepShape.Header.REPEATED) {
                    furniture(SERIES);
                }
                count = 0;
            }
        }
        pageEnd(pageNotes, notes);
        if (shape.notes == SweepShape.Notes.ENDNOTES) {
            out.add("");
            out.add("Notes");
            out.add("");
            for (int n = 1; n <= notes.size(); n++) {
                note(n, notes);
            }
        }
    }

    private void furniture(String line) {
        out.add(line);
        out.add("");
        foreign.add(line);
    }

    /** The page's footnotes under a separator, then its number (a journal header carries it instead). */
    private void pageEnd(List<Integer> pageNotes, List<String> notes) {
        if (shape.notes == SweepShape.Notes.PAGE_BOTTOM && !pageNotes.isEmpty()) {
            out.add("");
            if (shape.separator) {
                out.add(" ".repeat(SEPARATOR_WIDTH));
            }
            pageNotes.forEach(n -> note(n, notes));
        }
        pageNotes.clear();
        out.add("");
        if (shape.header == SweepShape.Header.REPEATED) {
            out.add(String.valueOf(page));
            out.add("");
        } else if (shape.header == SweepShape.Header.NONE && shape.pageLines > 0) {
            out.add("- " + page + " -");
            out.add("");
        }
    }

    private void note(int number, List<String> notes) {
        out.addAll(wrap(number + " " + notes.get(number - 1), shape.width, 0, 0));
        out.add("");
    }

    /**
     * Greedy wrapping where a word of {@value #MIN_BROKEN} or more lower-case letters that does not fit
     * is broken with a hyphen, at least three letters on each side.
     */
    private List<String> hyphenated(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            int room = shape.width - line.length() - (line.length() > 0 ? 1 : 0);
            if (line.length() > 0 && word.length() > room) {
                int cut = room - 1;
                if (word.length() >= MIN_BROKEN
                        && word.chars().allMatch(Character::isLowerCase)
                        && cut >= 3
                        && word.length() - cut >= 3) {
                    lines.add(line + " " + word.substring(0, cut) + "-");
                    word = word.substring(cut);
                } else {
                    lines.add(line.toString());
                }
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Greedy wrapping at {@code width} columns (0: one line), with first-line and continuation indents. */
    static List<String> wrap(String text, int width, int indent, int hang) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(" ".repeat(indent));
        for (String word : text.split(" ")) {
            boolean fresh = line.toString().isBlank();
            if (width > 0 && !fresh && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(" ".repeat(hang));
                fresh = true;
            }
            line.append(fresh ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
