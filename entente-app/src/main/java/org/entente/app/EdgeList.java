package org.entente.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.analysis.SignedEdge;
import org.entente.core.InputException;

/**
 * A signed edge list: {@code from to sign}, with an optional {@code window} column (before or after
 * the three), and an optional header line naming the columns; columns are separated by tabs, or, in
 * a file whose first line has no tab, by commas or else by white space. A Pajek network ({@code .net}:
 * {@code *Vertices}, then {@code *Edges} or {@code *Arcs} lines {@code i j weight}) is read too, each
 * tie signed by its weight's sign, in one window. Lines that cannot be
 * used are reported as {@code file:line: what was wrong; what was done} and left out: self-loops,
 * signs other than -1 and 1, missing columns, and pairs given twice in one window (a repeated pair
 * with the same sign is kept once; with conflicting signs it is dropped).
 *
 * @param windows edges per window, in order of first appearance; the window is "" when the file has
 *     no window column
 * @param problems one message per line left out or changed
 */
record EdgeList(Map<String, List<SignedEdge>> windows, List<String> problems) {
    EdgeList {
        windows = Collections.unmodifiableMap(new LinkedHashMap<>(windows));
        problems = List.copyOf(problems);
    }

    static EdgeList read(Path file) {
        Parser parser = new Parser(file);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parser.parse(reader);
        } catch (CharacterCodingException e) {
            throw new InputException(file + ":" + (parser.number + 1) + ": not UTF-8 text; nothing analysed");
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static final class Parser {
        private final Path file;
        private final Map<String, Map<String, Pending>> byWindow = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private int[] columns; // indexes of window, from, to, sign; window is -1 when absent
        private int expected;
        private int number;
        private String separator;

        Parser(Path file) {
            this.file = file;
        }

        EdgeList parse(BufferedReader reader) throws IOException {
            String line;
            Pajek pajek = null;
            while ((line = reader.readLine()) != null) {
                if (number == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte-order mark
                }
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("%")) {
                    continue;
                }
                if (columns == null && line.strip().toLowerCase(Locale.ROOT).startsWith("*vertices")) {
                    pajek = new Pajek();
                    columns = new int[] {-1, 0, 1, 2};
                    expected = 3;
                    separator = "white-space";
                }
                if (pajek != null) {
                    pajek.line(line.strip(), number);
                    continue;
                }
                if (separator == null) {
                    separator = line.indexOf('\t') >= 0 ? "tab" : line.indexOf(',') >= 0 ? "comma" : "white-space";
                }
                String[] cells = cells(line.strip());
                if (columns == null && layout(cells)) {
                    continue; // a header line
                }
                accept(cells, number);
            }
            Map<String, List<SignedEdge>> windows = new LinkedHashMap<>();
            byWindow.forEach((window, pairs) -> {
                List<SignedEdge> edges = new ArrayList<>();
                for (Pending pending : pairs.values()) {
                    if (pending.conflict) {
                        problems.add(pending.conflictMessage());
                    } else {
                        edges.add(pending.edge);
                    }
                }
                windows.put(window, edges);
            });
            return new EdgeList(windows, problems);
        }

        /** Settles the column layout from the first line; true when that line is a header. */
        private boolean layout(String[] cells) {
            List<String> names = List.of(cells).stream()
                    .map(c -> c.strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (names.contains("from") && names.contains("to") && names.contains("sign")) {
                columns = new int[] {
                    names.indexOf("window"), names.indexOf("from"), names.indexOf("to"), names.indexOf("sign")
                };
                expected = cells.length;
                return true;
            }
            if (cells.length == 4 && !isSign(cells[2]) && isSign(cells[3])) {
                columns = new int[] {0, 1, 2, 3};
            } else {
                columns = cells.length >= 4 ? new int[] {3, 0, 1, 2} : new int[] {-1, 0, 1, 2};
            }
            expected = columns[0] < 0 ? 3 : 4;
            return false;
        }

        private void accept(String[] cells, int number) {
            String where = file + ":" + number + ": ";
            if (cells.length != expected) {
                problems.add(where + "expected " + expected + " " + separator + "-separated columns, found "
                        + cells.length + "; line skipped");
                return;
            }
            String from = cells[columns[1]].strip();
            String to = cells[columns[2]].strip();
            String window = columns[0] < 0 ? "" : cells[columns[0]].strip();
            // A window is shown even when none of its lines can be used, so that it is reported.
            byWindow.computeIfAbsent(window, w -> new LinkedHashMap<>());
            String sign = cells[columns[3]].strip();
            if (from.isEmpty() || to.isEmpty()) {
                problems.add(where + "a node name is empty; line skipped");
            } else if (!isSign(sign)) {
                problems.add(where + "the sign must be 1 or -1, not '" + sign + "'; line skipped");
            } else if (from.equals(to)) {
                problems.add(where + "self-loop on " + from + " dropped (balance concerns ties between two nodes)");
            } else {
                add(window, new SignedEdge(from, to, Integer.parseInt(sign)), number, where);
            }
        }

        private void add(String window, SignedEdge edge, int number, String where) {
            String key = edge.first().compareTo(edge.second()) < 0
                    ? edge.first() + '\t' + edge.second()
                    : edge.second() + '\t' + edge.first();
            Map<String, Pending> pairs = byWindow.computeIfAbsent(window, w -> new LinkedHashMap<>());
            Pending earlier = pairs.get(key);
            if (earlier == null) {
                pairs.put(key, new Pending(edge, number));
            } else if (earlier.edge.sign() == edge.sign()) {
                problems.add(where + "the pair " + edge.first() + "-" + edge.second() + " repeats line " + earlier.line
                        + " with the same sign; kept once");
            } else if (!earlier.conflict) {
                earlier.conflict = true;
                earlier.conflictLine = number;
            }
        }

        private String[] cells(String line) {
            return switch (separator) {
                case "tab" -> line.split("\t", -1);
                case "comma" -> line.split(",", -1);
                default -> line.split("\\s+");
            };
        }

        /** The lines of a Pajek network: vertices and their labels, then signed edges or arcs. */
        private final class Pajek {
            private final Map<String, String> labels = new LinkedHashMap<>();
            private String section = "";
            private boolean weightsRead;

            void line(String line, int number) {
                String where = file + ":" + number + ": ";
                if (line.startsWith("*")) {
                    section = line.substring(1).split("[\\s:]+")[0].toLowerCase(Locale.ROOT);
                    if (!List.of("vertices", "edges", "arcs").contains(section)) {
                        problems.add(where + "the Pajek section *" + section + " is not read; its lines skipped");
                    }
                    return;
                }
                switch (section) {
                    case "vertices" -> vertex(line, where);
                    case "edges", "arcs" -> edge(line, where, number);
                    default -> {}
                }
            }

            private void vertex(String line, String where) {
                String[] parts = line.split("\\s+", 2);
                String label = parts.length < 2 ? parts[0] : parts[1].strip();
                if (label.startsWith("\"")) {
                    int close = label.indexOf('"', 1);
                    label = close < 0 ? label.substring(1) : label.substring(1, close);
                } else {
                    label = label.split("\\s+")[0];
                }
                if (labels.putIfAbsent(parts[0], label) != null) {
                    problems.add(where + "vertex " + parts[0] + " is given twice; the first label kept");
                }
            }

            private void edge(String line, String where, int number) {
                String[] parts = line.split("\\s+");
                if (parts.length < 2) {
                    problems.add(where + "expected two vertex numbers and a weight; line skipped");
                    return;
                }
                double weight;
                try {
                    weight = parts.length > 2 ? Double.parseDouble(parts[2]) : 1;
                } catch (NumberFormatException e) {
                    problems.add(where + "the weight '" + parts[2] + "' is not a number; line skipped");
                    return;
                }
                if (weight == 0) {
                    problems.add(where + "a weight of 0 has no sign; line skipped");
                    return;
                }
                if (Math.abs(weight) != 1 && !weightsRead) {
                    weightsRead = true;
                    problems.add(where + "weights other than 1 and -1 are read by their sign, here and below");
                }
                String from = labels.getOrDefault(parts[0], parts[0]);
                String to = labels.getOrDefault(parts[1], parts[1]);
                accept(new String[] {from, to, weight > 0 ? "1" : "-1"}, number);
            }
        }

        private static boolean isSign(String text) {
            String t = text.strip();
            return t.equals("1") || t.equals("-1") || t.equals("+1");
        }

        private final class Pending {
            private final SignedEdge edge;
            private final int line;
            private boolean conflict;
            private int conflictLine;

            Pending(SignedEdge edge, int line) {
                this.edge = edge;
                this.line = line;
            }

            String conflictMessage() {
                return file + ":" + conflictLine + ": the pair " + edge.first() + "-" + edge.second()
                        + " has the opposite sign on line " + line + "; both dropped";
            }
        }
    }
}
