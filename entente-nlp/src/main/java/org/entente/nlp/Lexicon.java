package org.entente.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.core.RelationKind;

/**
 * The predicates the coder knows: a lemma or a phrase of lemmas ("sell arms", "call for") mapped
 * to a relation kind. File format, tab-separated, {@code #} comments: {@code phrase, pos (verb, noun
 * or any), kind (a RelationKind label), intensity ("-" for the kind's default), flags ("-" or a
 * comma list of "mutual", "direct", "experiencer", "obj=a/b" and "via=p/q": "mutual" lets "A and B fought" give A to B;
 * "experiencer" turns the sides round, the object feeling toward the subject ("A angered B" is B's
 * stance toward A, and "..., which angered B" B's toward the doer of the clause it comments on);
 * "direct" takes the other side from the verb's actor object only, never from an oblique or what
 * modifies the object ("left Mali", not "left for Moscow"); "obj="
 * requires the predicate's object to have one of the lemmas; "via=" requires the verb to have an
 * oblique marked by one of the prepositions: "stand with"), note}. Immutable and thread-safe.
 */
final class Lexicon {

    enum Pos {
        VERB,
        NOUN,
        ANY;

        boolean admits(String tag) {
            return this == ANY || (this == VERB ? tag.startsWith("VB") : tag.startsWith("NN"));
        }
    }

    record Entry(
            List<String> lemmas,
            Pos pos,
            RelationKind kind,
            double intensity,
            boolean mutual,
            boolean direct,
            boolean experiencer,
            Set<String> objects,
            Set<String> markers,
            String note) {
        Entry {
            lemmas = List.copyOf(lemmas);
            objects = Set.copyOf(objects);
            markers = Set.copyOf(markers);
            if (intensity < -10 || intensity > 10) {
                throw new IllegalArgumentException("intensity " + intensity + " lies outside [-10, 10]");
            }
        }
    }

    private final Map<String, List<Entry>> byHead;

    private Lexicon(Map<String, List<Entry>> byHead) {
        this.byHead = byHead;
    }

    static Lexicon builtIn() {
        String name = "lexicon.tsv";
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in " + name + " is missing from the classpath");
            }
            return parse(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in " + name, e);
        }
    }

    /**
     * @throws IllegalArgumentException naming {@code name} and the line when a line is malformed
     */
    static Lexicon parse(String name, Reader reader) throws IOException {
        Map<String, List<Entry>> byHead = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                Entry entry = entry(line);
                byHead.computeIfAbsent(entry.lemmas().get(0), k -> new ArrayList<>())
                        .add(entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + number + ": " + e.getMessage(), e);
            }
        }
        // Longest phrase first, then an entry that requires an object or a preposition before one
        // that does not ("call" a provocation before "call" a capital); else in the file's order.
        Comparator<Entry> specific = Comparator.<Entry>comparingInt(
                        e -> -e.lemmas().size())
                .thenComparing(e -> e.objects().isEmpty() && e.markers().isEmpty());
        byHead.values().forEach(list -> list.sort(specific));
        return new Lexicon(Map.copyOf(byHead));
    }

    private static Entry entry(String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 5) {
            throw new IllegalArgumentException(
                    "expected phrase, pos, kind, intensity, flags[, note]; found " + columns.length + " columns");
        }
        List<String> lemmas =
                List.of(columns[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
        Pos pos = Pos.valueOf(columns[1].strip().toUpperCase(Locale.ROOT));
        RelationKind kind = RelationKind.ofLabel(columns[2]);
        String intensityText = columns[3].strip();
        double intensity = "-".equals(intensityText) ? kind.defaultIntensity() : Double.parseDouble(intensityText);
        boolean mutual = false;
        boolean direct = false;
        boolean experiencer = false;
        Set<String> objects = Set.of();
        Set<String> markers = Set.of();
        for (String flag : columns[4].strip().split(",")) {
            if (flag.equals("mutual")) {
                mutual = true;
            } else if (flag.equals("direct")) {
                direct = true;
            } else if (flag.equals("experiencer")) {
                experiencer = true;
            } else if (flag.startsWith("obj=")) {
                objects = Set.of(flag.substring(4).split("/"));
            } else if (flag.startsWith("via=")) {
                markers = Set.of(flag.substring(4).split("/"));
            } else if (!flag.equals("-") && !flag.isEmpty()) {
                throw new IllegalArgumentException("unknown flag '" + flag + "'");
            }
        }
        String note = columns.length > 5 ? columns[5].strip() : "";
        return new Entry(lemmas, pos, kind, intensity, mutual, direct, experiencer, objects, markers, note);
    }

    /** The entries whose phrase starts with {@code lemma}, longest phrase first, then those requiring an object or a preposition. */
    List<Entry> startingWith(String lemma) {
        return byHead.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }
}
