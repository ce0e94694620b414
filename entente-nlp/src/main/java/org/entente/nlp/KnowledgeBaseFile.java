package org.entente.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Affiliation;
import org.entente.core.Alias;
import org.entente.core.AliasKind;
import org.entente.core.Period;

/**
 * Parses the tab-separated actor format of {@code docs/actors.md}. A bad line does not stop the
 * file: it becomes a warning naming the file and the line, and the other lines still load.
 */
final class KnowledgeBaseFile {

    /** The actors read and one message per rejected line ({@code name:line: reason}). */
    record Parsed(List<Actor> actors, List<String> warnings) {
        Parsed {
            actors = List.copyOf(actors);
            warnings = List.copyOf(warnings);
        }
    }

    private KnowledgeBaseFile() {}

    /**
     * Reads every line of {@code reader}; {@code name} is used in warnings.
     *
     * @throws IOException when the reader fails (not when a line is malformed)
     */
    static Parsed parse(String name, Reader reader) throws IOException {
        List<Actor> actors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            try {
                Actor actor = actor(line);
                Integer earlier = lineOf.putIfAbsent(actor.id(), number);
                if (earlier != null) {
                    throw new IllegalArgumentException(
                            "actor id " + actor.id() + " is already defined on line " + earlier);
                }
                actors.add(actor);
            } catch (IllegalArgumentException e) {
                warnings.add(name + ":" + number + ": " + e.getMessage());
            }
        }
        return new Parsed(actors, warnings);
    }

    static Actor actor(String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 3 || columns.length > 5) {
            throw new IllegalArgumentException(
                    "expected 3 to 5 tab-separated columns (id, type, name, aliases, affiliations), found "
                            + columns.length);
        }
        String id = columns[0].strip();
        ActorType type = ActorType.ofLabel(columns[1]);
        String name = columns[2].strip();
        List<Alias> aliases = new ArrayList<>();
        if (!name.isEmpty()) {
            aliases.add(new Alias(name, AliasKind.NAME));
        }
        if (columns.length > 3) {
            for (String entry : entries(columns[3])) {
                Alias alias = alias(entry);
                if (!aliases.contains(alias)) {
                    aliases.add(alias);
                }
            }
        }
        List<Affiliation> affiliations = new ArrayList<>();
        if (columns.length > 4) {
            for (String entry : entries(columns[4])) {
                affiliations.add(affiliation(entry));
            }
        }
        return new Actor(id, name, type, aliases, affiliations);
    }

    private static List<String> entries(String column) {
        List<String> entries = new ArrayList<>();
        for (String entry : column.split("\\|")) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    private static Alias alias(String entry) {
        int colon = entry.indexOf(':');
        if (colon <= 0 || colon == entry.length() - 1) {
            throw new IllegalArgumentException("alias '" + entry + "' is not of the form kind:text");
        }
        return new Alias(entry.substring(colon + 1).strip(), AliasKind.ofLabel(entry.substring(0, colon)));
    }

    private static Affiliation affiliation(String entry) {
        int first = entry.indexOf(':');
        int last = entry.lastIndexOf(':');
        if (first <= 0 || last == first) {
            throw new IllegalArgumentException("affiliation '" + entry + "' is not of the form actor:role:from..to");
        }
        String period = entry.substring(last + 1).strip();
        int dots = period.indexOf("..");
        if (dots < 0 && !period.isEmpty()) {
            throw new IllegalArgumentException("affiliation period '" + period + "' is not of the form from..to");
        }
        Optional<LocalDate> from = dots < 0 ? Optional.empty() : date(period.substring(0, dots), false);
        Optional<LocalDate> to = dots < 0 ? Optional.empty() : date(period.substring(dots + 2), true);
        return new Affiliation(
                entry.substring(0, first).strip(),
                entry.substring(first + 1, last).strip(),
                new Period(from, to));
    }

    /** An ISO day, or a year standing for its first (or, at the end of a period, its last) day. */
    private static Optional<LocalDate> date(String text, boolean end) {
        String iso = text.strip();
        if (iso.isEmpty()) {
            return Optional.empty();
        }
        if (iso.matches("\\d{4}")) {
            int year = Integer.parseInt(iso);
            return Optional.of(end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
        }
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + iso + "' is neither an ISO date nor a year", e);
        }
    }
}
