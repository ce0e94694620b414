package org.entente.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.reader.PdfGlyphs.Glyph;
import org.entente.reader.PdfGlyphs.Page;

/**
 * Builds the lines of a page from its glyphs and puts them in reading order.
 *
 * <p>Glyphs sharing a baseline form a row. A row of small digits whose baseline sits a fifth to
 * three quarters of a size above a row of larger type, right beside one of its glyphs, is a
 * superscript: it joins that row as a raised run (a footnote marker, or the number of a footnote).
 * A row splits into lines at a gap wider than {@value #COLUMN_GAP} of its size (a column gutter) and
 * where the type changes {@value #INITIAL} times in size from one glyph to the next (a drop cap).
 * Words are separated where the gap between glyphs exceeds {@value #WORD_GAP} of the size.
 *
 * <p>Reading order: a page with at least {@value #MIN_COLUMN_LINES} lines wholly right of the middle
 * is read in two columns; its lines are cut into bands, lines spanning the middle each a band of their
 * own and the lines between them one band, read left column down, then right column down. Other pages
 * are read top to bottom. Sorting dominates the cost: O(n log n) in the glyphs of a page.
 */
final class PdfLines {
    private static final float ROW_TOLERANCE = 0.2f;
    private static final float COLUMN_GAP = 1.0f;
    private static final float WORD_GAP = 0.15f;
    private static final float RAISE_MIN = 0.15f;
    private static final float RAISE_MAX = 0.75f;
    private static final float SMALLER = 0.87f;
    private static final float BESIDE = 0.6f;
    private static final int MIN_COLUMN_LINES = 3;
    /** A glyph this many times the row's size is an initial (a drop cap): a line of its own. */
    static final float INITIAL = 2.5f;

    private PdfLines() {}

    /** The page's lines in reading order. */
    static List<PdfLine> read(Page page) {
        List<Row> rows = rows(page.glyphs());
        attachSuperscripts(rows);
        List<PdfLine> lines = new ArrayList<>();
        for (Row row : rows) {
            if (!row.glyphs.isEmpty()) {
                split(page.number(), row, lines);
            }
        }
        return order(lines, page.width());
    }

    /** Glyphs on one baseline; raised glyphs attached from a superscript row are flagged. */
    private static final class Row {
        final float y;
        final List<Glyph> glyphs = new ArrayList<>();
        final List<Boolean> raised = new ArrayList<>();

        Row(float y) {
            this.y = y;
        }

        void add(Glyph glyph, boolean up) {
            glyphs.add(glyph);
            raised.add(up);
        }

        float size() {
            return modeSize(glyphs);
        }
    }

    private static List<Row> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Row> rows = new ArrayList<>();
        Row row = null;
        for (Glyph glyph : sorted) {
            if (row == null || glyph.y() - row.y > ROW_TOLERANCE * glyph.size()) {
                row = new Row(glyph.y());
                rows.add(row);
            }
            row.add(glyph, false);
        }
        return rows;
    }

    private static void attachSuperscripts(List<Row> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row small = rows.get(r);
            boolean moved = false;
            for (List<Glyph> run : runs(small.glyphs)) {
                if (!run.stream().allMatch(g -> isMarkerChar(g.text()))) {
                    continue;
                }
                Row base = baseFor(rows, r, run);
                if (base != null) {
                    run.forEach(g -> base.add(g, true));
                    small.glyphs.removeAll(run);
                    moved = true;
                }
            }
            if (moved) {
                small.raised.clear();
                small.glyphs.forEach(g -> small.raised.add(false));
            }
        }
    }

    private static boolean isMarkerChar(String text) {
        return text.length() == 1 && (Character.isDigit(text.charAt(0)) || text.charAt(0) == ',');
    }

    /** The row below that the run of small digits is raised above, or null. */
    private static Row baseFor(List<Row> rows, int r, List<Glyph> run) {
        Glyph first = run.get(0);
        Glyph last = run.get(run.size() - 1);
        for (int b = r + 1; b < rows.size(); b++) {
            Row base = rows.get(b);
            float size = base.size();
            float rise = base.y - rows.get(r).y;
            if (rise > RAISE_MAX * size) {
                if (rise > 2 * size) {
                    return null;
                }
                continue;
            }
            if (rise < RAISE_MIN * size || first.size() > SMALLER * size) {
                continue;
            }
            for (Glyph glyph : base.glyphs) {
                if (Math.abs(glyph.end() - first.x()) <= BESIDE * size
                        || Math.abs(glyph.x() - last.end()) <= BESIDE * size) {
                    return base;
                }
            }
        }
        return null;
    }

    /** Runs of glyphs in x order, split where they stand apart. */
    private static List<List<Glyph>> runs(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!run.isEmpty() && glyph.x() - run.get(run.size() - 1).end() > BESIDE * glyph.size()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(glyph);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static void split(int page, Row row, List<PdfLine> out) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < row.glyphs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> row.glyphs.get(i).x()));
        float size = row.size();
        var line = new LineText(page, row.y, size);
        float previousEnd = Float.NaN;
        float previousSize = 0;
        for (int i : order) {
            Glyph glyph = row.glyphs.get(i);
            float gap = glyph.x() - previousEnd;
            boolean initial = !Float.isNaN(previousEnd)
                    && (glyph.size() >= INITIAL * previousSize || previousSize >= INITIAL * glyph.size());
            previousSize = glyph.size();
            if (!Float.isNaN(previousEnd) && (gap > COLUMN_GAP * size || initial)) {
                out.add(line.build());
                line = new LineText(page, row.y, size);
            } else if (!Float.isNaN(previousEnd) && gap > WORD_GAP * size) {
                line.space();
            }
            line.add(glyph, row.raised.get(i));
            previousEnd = glyph.end();
        }
        out.add(line.build());
    }

    /** Builds one line's text, with raised runs kept apart. */
    private static final class LineText {
        final int page;
        final float y;
        final float rowSize;
        final StringBuilder text = new StringBuilder();
        final List<PdfLine.Raised> raised = new ArrayList<>();
        final List<Glyph> glyphs = new ArrayList<>();
        final StringBuilder digits = new StringBuilder();
        int digitsAt = -1;
        boolean pendingSpace;

        LineText(int page, float y, float rowSize) {
            this.page = page;
            this.y = y;
            this.rowSize = rowSize;
        }

        void space() {
            pendingSpace = true;
        }

        void add(Glyph glyph, boolean up) {
            if (up) {
                if (digitsAt < 0) {
                    digitsAt = text.length();
                }
                digits.append(glyph.text());
                pendingSpace = false;
                return;
            }
            closeRaised();
            if (pendingSpace && text.length() > 0) {
                text.append(' ');
            }
            pendingSpace = false;
            text.append(glyph.text());
            glyphs.add(glyph);
        }

        private void closeRaised() {
            if (digitsAt >= 0) {
                raised.add(new PdfLine.Raised(digitsAt, digits.toString()));
                digits.setLength(0);
                digitsAt = -1;
            }
        }

        PdfLine build() {
            closeRaised();
            float x0 = glyphs.isEmpty() ? 0 : glyphs.get(0).x();
            float x1 = glyphs.isEmpty() ? 0 : glyphs.get(glyphs.size() - 1).end();
            long bold = glyphs.stream().filter(Glyph::bold).count();
            long italic = glyphs.stream().filter(Glyph::italic).count();
            float size = glyphs.isEmpty() ? rowSize : modeSize(glyphs);
            return new PdfLine(
                    page,
                    x0,
                    x1,
                    y,
                    size,
                    text.toString(),
                    raised,
                    2 * bold > glyphs.size(),
                    2 * italic > glyphs.size());
        }
    }

    /** The size most glyphs have, rounded to a quarter point. */
    static float modeSize(List<Glyph> glyphs) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Glyph glyph : glyphs) {
            counts.merge(Math.round(glyph.size() * 4) / 4f, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(0f);
    }

    private static List<PdfLine> order(List<PdfLine> lines, float width) {
        float middle = width / 2;
        List<PdfLine> withText = lines.stream().filter(l -> !l.text().isEmpty()).toList();
        long right = withText.stream().filter(l -> l.x0() >= middle).count();
        List<PdfLine> sorted = new ArrayList<>(withText);
        sorted.sort(Comparator.comparingDouble(PdfLine::y).thenComparingDouble(PdfLine::x0));
        if (right < MIN_COLUMN_LINES) {
            return sorted;
        }
        List<PdfLine> ordered = new ArrayList<>();
        List<PdfLine> left = new ArrayList<>();
        List<PdfLine> rightColumn = new ArrayList<>();
        for (PdfLine line : sorted) {
            boolean spans = line.x0() < middle && line.x1() > middle;
            if (spans) {
                ordered.addAll(left);
                ordered.addAll(rightColumn);
                left.clear();
                rightColumn.clear();
                ordered.add(line);
            } else if (line.x0() >= middle) {
                rightColumn.add(line);
            } else {
                left.add(line);
            }
        }
        ordered.addAll(left);
        ordered.addAll(rightColumn);
        return ordered;
    }
}
