package org.entente.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The 51 Correlates-of-War windows of ../shared/signed/cow_doreian_mrvar (see its PROVENANCE.md),
 * read in place: the data are never copied into the project.
 */
final class CowWindows {
    static final String FOLDER = "../shared/signed/cow_doreian_mrvar";

    private CowWindows() {}

    /** The folder, if the shared material is present beside the repository. */
    static Optional<Path> folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            return Optional.empty();
        }
        Path folder = dir.resolve(FOLDER).normalize();
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** The windows' edges and the expected figures, both read from the shared folder. */
    record Data(Map<String, List<SignedEdge>> windows, List<Map<String, String>> expected) {}

    /**
     * Reads the windows and their expected figures, or skips the calling test, saying so where the
     * build log shows it (Surefire does not print assumption messages), when ../shared is absent.
     */
    static Data loadOrSkip() throws IOException {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            System.err.println("SKIPPED: " + FOLDER + " is absent; the Correlates-of-War answers are not checked");
        }
        Assumptions.assumeTrue(folder.isPresent(), FOLDER + " is absent");
        return new Data(windows(folder.get()), expected(folder.get()));
    }

    /** An integer column of an expected row. */
    static int integer(Map<String, String> row, String column) {
        return Integer.parseInt(row.get(column));
    }

    /** Edges per window, in file order. */
    static Map<String, List<SignedEdge>> windows(Path folder) throws IOException {
        Map<String, List<SignedEdge>> windows = new LinkedHashMap<>();
        for (String[] row : rows(folder.resolve("cow_signed_windows.tsv"))) {
            windows.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new SignedEdge(row[1], row[2], Integer.parseInt(row[3])));
        }
        return windows;
    }

    /** The expected figures, one map from column name to value per window. */
    static List<Map<String, String>> expected(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("expected_per_window.tsv"));
        String[] header = lines.get(0).split("\t");
        List<Map<String, String>> result = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            result.add(row);
        }
        return result;
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.subList(1, lines.size()).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t"))
                .toList();
    }
}
