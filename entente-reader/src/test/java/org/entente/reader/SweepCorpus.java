package org.entente.reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sentences of the project's own documents (the demo corpus and the evaluation texts), the raw
 * material of the generated documents in {@link ReaderSweepTest}. Only ordinary body sentences are
 * kept: headings, footnotes, running headers, captions and anything with a glued footnote marker are
 * left out, so that a generated document knows exactly what its body is.
 */
final class SweepCorpus {
    private static final Path REPOSITORY = Path.of("..");
    /** A glued footnote marker; after a comma only where no digit precedes it, so "1,500" stays whole. */
    private static final Pattern MARKER =
            Pattern.compile("(?:(?<=[a-z.;:)\u201D\"\u2019])|(?<=[^\\d],))\\d{1,3}(?=\\s|$)");

    private static final Pattern GLUED_DIGITS = Pattern.compile("(?:[a-z.;:)\u201D\"\u2019]|[^\\d],)\\d");
    private static final Pattern SENTENCE_BREAK =
            Pattern.compile("(?<=[.!?][\u201D\"\u2019]?)(?<!\\s\\p{Lu}\\.)\\s+(?=[\\p{Lu}\u201C\"])");
    private static final Pattern PLACEMENT = Pattern.compile("\\((?:above|below|left|right|top|bottom|inset)\\)");
    /** A photograph's line in the demo corpus ends its first sentence with a date after a comma. */
    private static final Pattern PHOTO_DATE = Pattern.compile(",\\s+\\p{Lu}\\p{Ll}+\\s+(?:\\d{1,2},?\\s+)?\\d{4}\\.$");

    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 45;

    private SweepCorpus() {}

    /** The source files, sorted, so that the sentence list, and every document made of it, is stable. */
    static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir :
                List.of("entente-app/src/main/resources/demo", "eval", "eval/blind", "eval/blind2", "eval/blind3")) {
            Path path = REPOSITORY.resolve(dir);
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                            .filter(p -> !p.getFileName().toString().equals("index.txt"))
                            .forEach(files::add);
                }
            }
        }
        files.sort(null);
        return files;
    }

    static List<String> sentences() throws IOException {
        Set<String> sentences = new LinkedHashSet<>();
        for (Path file : files()) {
            for (String paragraph : paragraphs(Files.readAllLines(file, StandardCharsets.UTF_8))) {
                for (String sentence :
                        SENTENCE_BREAK.split(MARKER.matcher(paragraph).replaceAll(""))) {
                    if (usable(sentence)) {
                        sentences.add(sentence);
                    }
                }
            }
        }
        return List.copyOf(sentences);
    }

    /** Blank-line separated runs of body lines, joined; footnotes, furniture and headings dropped. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean skipping = false;
        for (String raw : lines) {
            String line = raw.strip();
            boolean furniture = line.contains("  ") || line.contains("|") || line.contains(" / ");
            if (line.isEmpty() || furniture || Character.isDigit(line.charAt(0))) {
                flush(current, paragraphs);
                skipping = !line.isEmpty() && (skipping || Character.isDigit(line.charAt(0)));
                continue;
            }
            if (skipping) {
                continue;
            }
            if (Paragraphs.isHeading(line) && (current.length() == 0 || Paragraphs.endsSentence(current.toString()))) {
                flush(current, paragraphs);
                continue;
            }
            join(current, line);
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void join(StringBuilder current, String line) {
        int length = current.length();
        boolean hyphen = length > 0 && current.charAt(length - 1) == '-';
        if (hyphen && Character.isLowerCase(line.charAt(0))) {
            current.setLength(length - 1);
        } else if (length > 0 && !hyphen) {
            current.append(' ');
        }
        current.append(line);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean usable(String sentence) {
        int words = sentence.split(" ").length;
        return words >= MIN_WORDS
                && words <= MAX_WORDS
                && Character.isUpperCase(sentence.codePointAt(0))
                && Paragraphs.endsSentence(sentence)
                && !Character.isDigit(sentence.charAt(sentence.length() - 1))
                && !GLUED_DIGITS.matcher(sentence).find()
                && !PLACEMENT.matcher(sentence).find()
                && !PHOTO_DATE.matcher(sentence).find();
    }
}
