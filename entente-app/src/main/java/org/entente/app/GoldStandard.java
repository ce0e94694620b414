package org.entente.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.core.InputException;
import org.entente.core.Modality;
import org.entente.core.RelationKind;
import org.entente.core.Sign;

/**
 * An analyst's annotation of what documents say, to score the extractor against. One row a
 * sentence, tab-separated: document (file name), phrase (a distinctive run of the sentence's
 * words), sources, targets ("*" for every pair among the sources), sign (+ or -), kind, mutual
 * (y when direction does not matter), modality, date (YYYY, YYYY-MM, YYYY-MM-DD or "-"), note.
 * Lines starting with # are comments.
 */
record GoldStandard(List<Row> rows) {

    /** One annotated sentence and the actor pairs it ties. */
    record Row(
            String document,
            String phrase,
            List<List<String>> pairs,
            Sign sign,
            RelationKind kind,
            boolean mutual,
            boolean factual,
            String date) {}

    GoldStandard {
        rows = List.copyOf(rows);
    }

    /** @throws InputException naming the file and line of the first malformed row */
    static GoldStandard parse(String source, String text) {
        List<Row> rows = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                rows.add(row(line.split("\t", -1)));
            } catch (IllegalArgumentException e) {
                throw new InputException(source + ": line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new GoldStandard(rows);
    }

    private static Row row(String[] cells) {
        if (cells.length < 9) {
            throw new IllegalArgumentException("expected at least 9 tab-separated columns, found " + cells.length);
        }
        List<String> sources = List.of(cells[2].split(","));
        List<List<String>> pairs = new ArrayList<>();
        if (cells[3].equals("*")) {
            for (int a = 0; a < sources.size(); a++) {
                for (int b = a + 1; b < sources.size(); b++) {
                    pairs.add(List.of(sources.get(a), sources.get(b)));
                }
            }
        } else {
            for (String source : sources) {
                for (String target : cells[3].split(",")) {
                    pairs.add(List.of(source, target));
                }
            }
        }
        Sign sign =
                switch (cells[4]) {
                    case "+" -> Sign.POSITIVE;
                    case "-" -> Sign.NEGATIVE;
                    default -> throw new IllegalArgumentException("sign must be + or -, was '" + cells[4] + "'");
                };
        Modality modality = Modality.valueOf(cells[7].trim().toUpperCase(Locale.ROOT));
        if (!cells[8].matches("-|\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("date must be YYYY, YYYY-MM, YYYY-MM-DD or -, was '" + cells[8] + "'");
        }
        return new Row(
                cells[0].trim(),
                normalise(cells[1]),
                pairs,
                sign,
                RelationKind.ofLabel(cells[5]),
                cells[6].equals("y"),
                isFactual(modality),
                cells[8]);
    }

    /** The documents the rows annotate, in order of first mention. */
    List<String> documents() {
        return rows.stream().map(Row::document).distinct().toList();
    }

    /** Negated and hypothetical claims count apart from the rest: coding one as the other is an error. */
    static boolean isFactual(Modality modality) {
        return !Set.of(Modality.NEGATED, Modality.HYPOTHETICAL).contains(modality);
    }

    /** Lower case, runs of white space as one space. */
    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
