package org.entente.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns. Cells longer than their column's limit are cut with an
 * ellipsis; control characters from documents are shown as spaces so no text can move the cursor.
 */
final class Table {
    private final List<String> headers;
    private final int[] limits;
    private final List<List<String>> rows = new ArrayList<>();

    /** Columns as {@code "NAME"} or {@code "NAME:limit"}. */
    Table(String... columns) {
        headers = new ArrayList<>();
        limits = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String[] parts = columns[i].split(":", 2);
            headers.add(parts[0]);
            limits[i] = parts.length == 2 ? Integer.parseInt(parts[1]) : Integer.MAX_VALUE;
        }
    }

    Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            row.add(fit(String.valueOf(cells[i]), limits[i]));
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        printRow(out, headers, widths);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        out.println(line.toString().stripTrailing());
    }

    /** One line, no control characters, at most {@code limit} characters. */
    static String fit(String text, int limit) {
        String clean = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return clean.length() <= limit ? clean : clean.substring(0, Math.max(0, limit - 1)) + "…";
    }
}
