package org.entente.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.entente.reader.SweepPrinter.Kind;
import org.entente.reader.SweepPrinter.Piece;

/**
 * Generates one document of a {@link SweepShape} from corpus sentences, as a PDF extractor would
 * give it, and remembers what its body is: the text of every paragraph, heading, list item, quote and
 * table row, without footnote markers. Deterministic for a given shape, sentence list and seed. The
 * words that are not the sentences' (titles, names, headings, captions, notes) are the project's own.
 */
final class SweepDocument {
    private static final String[] TITLES = {
        "Rivers, Borders and Envoys", "The Long Road to the Table", "Ports, Loans and Leverage", "After the Ceasefire"
    };
    private static final String[] HEADINGS = {
        "Talks Without a Deadline",
        "The View from the Capital",
        "Pressure at Sea",
        "A Fragile Bargain",
        "What Comes Next",
        "Old Quarrels and New Players"
    };
    private static final String[] SHORT_HEADINGS = {"Summary", "Key points", "Background", "Analysis", "Outlook"};
    private static final String[] NAMES = {"Mara Lindqvist", "Tomas Okafor", "Ines Varga", "Olu Brennan"};
    private static final String[] CAPTIONS = {
        "Delegates leave the conference hall in Geneva (above), March 2021.",
        "Coast guard vessels near the shoal (left) in a photograph released in May 2024.",
        "The foreign ministers meet before the vote (right), October 2023."
    };
    private static final String[] DATED_CAPTIONS = {
        "Delegates at the signing ceremony in Geneva, March 2021. The accord ended two years of talks.",
        "A patrol boat off the disputed reef, May 2024. Such vessels now shadow every supply run.",
        "Ministers arrive for the summit, October 2023."
    };
    private static final String[] QUESTIONS = {
        "What did the talks achieve?",
        "Why did the ceasefire fail?",
        "Who gains most from the deal?",
        "What should outsiders do now?",
        "How did the neighbours react?"
    };
    private static final String[] OUTLETS = {"Sweep Wire", "Entente Bulletin", "Harbour Gazette", "Plain Radio"};
    private static final String[] PLACES = {"Geneva", "Nairobi", "Baku", "Lima"};
    private static final String[] MONTHS = {"Jan.", "Mar.", "May", "June", "Oct.", "Dec."};
    private static final String[][] TABLE = {
        {"Country", "Troops", "Year"}, {"Egypt", "1,200", "2021"}, {"Sudan", "850", "2022"}, {"Kenya", "430", "2023"}
    };

    private final SweepShape shape;
    private final List<String> sentences;
    private final Random random;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> top = new ArrayList<>();
    private final Set<String> used = new HashSet<>();
    private String longestSentence = "";

    private SweepDocument(SweepShape shape, List<String> sentences, long seed) {
        this.shape = shape;
        this.sentences = sentences;
        this.random = new Random(seed * 31 + shape.name.hashCode());
    }

    static SweepPrinter.Generated generate(SweepShape shape, List<String> sentences, long seed) {
        SweepDocument document = new SweepDocument(shape, sentences, seed);
        document.compose();
        String name = shape.name + "-" + seed + shape.extension;
        return new SweepPrinter(shape).print(name, document.top, document.pieces, document.notes);
    }

    private void compose() {
        top.add(TITLES[random.nextInt(TITLES.length)]);
        byline().ifPresent(top::add);
        List<String> opening = sentenceList(2 + random.nextInt(3));
        opening.set(0, (shape.dateline ? "GENEVA, 3 May (Wire) - " : "") + opening.get(0));
        paragraph(opening);
        if (shape.interview) {
            int first = random.nextInt(QUESTIONS.length);
            for (int q = 0; q < 4; q++) {
                plain(Kind.PARAGRAPH, "Q: " + QUESTIONS[(first + q) % QUESTIONS.length]);
                List<String> answer = sentenceList(1 + random.nextInt(3));
                answer.set(0, "A: " + answer.get(0));
                paragraph(answer);
            }
            return;
        }
        for (int section = 0; section < 3; section++) {
            heading(section);
            int count = 2 + random.nextInt(3);
            for (int p = 0; p < count; p++) {
                floats(section, p);
                List<String> parts = sentenceList(shape.shortParagraphs ? 1 : 2 + random.nextInt(4));
                paragraph(parts);
                longestSentence = parts.stream()
                        .max(Comparator.comparingInt(String::length))
                        .orElseThrow();
                extras(section, p);
            }
        }
    }

    /**
     * A caption before the second paragraph of some sections, and before the third a pull quote of the
     * longest sentence of the paragraph before.
     */
    private void floats(int section, int paragraph) {
        if (shape.captions && paragraph == 1 && section != 1) {
            plain(Kind.CAPTION, CAPTIONS[random.nextInt(CAPTIONS.length)]);
        }
        if (shape.datedCaptions && paragraph == 1 && section != 1) {
            plain(Kind.CAPTION, DATED_CAPTIONS[random.nextInt(DATED_CAPTIONS.length)]);
        }
        if (shape.pullQuotes && paragraph == 2) {
            plain(Kind.PULL_QUOTE, longestSentence);
        }
    }

    private void extras(int section, int paragraph) {
        if (paragraph != 0) {
            return;
        }
        if (section == 0 && shape.table) {
            for (String[] row : TABLE) {
                plain(Kind.TABLE, String.format(Locale.ROOT, "%-16s%-12s%s", row[0], row[1], row[2]));
            }
        }
        if (section == 1 && !shape.bullet.isEmpty()) {
            plain(Kind.PARAGRAPH, "The main points were these:");
            for (int k = 0; k < 3 + random.nextInt(3); k++) {
                String bullet = shape.bullet.equals("1.")
                        ? (k + 1) + "."
                        : shape.bullet.equals("(a)") ? "(" + (char) ('a' + k) + ")" : shape.bullet;
                String text = sentence();
                String plain = bullet.chars().anyMatch(Character::isLetterOrDigit) ? bullet + " " + text : text;
                pieces.add(new Piece(Kind.ITEM, bullet + " " + text, plain));
            }
        }
        if (section == 2 && shape.quotes) {
            plain(
                    Kind.PARAGRAPH,
                    sentence() + " As one envoy said, \u201C" + sentence() + "\u201D One delegate put it"
                            + " this way:");
            plain(Kind.QUOTE, sentences(2));
        }
    }

    private Optional<String> byline() {
        String name = NAMES[random.nextInt(NAMES.length)];
        String other = NAMES[(List.of(NAMES).indexOf(name) + 1) % NAMES.length];
        return Optional.ofNullable(
                switch (shape.byline) {
                    case NONE -> null;
                    case BY -> "By " + name;
                    case NAMES -> name + " and " + other;
                    case VENUE_DATE -> "Entente Policy Briefs, March 2024";
                    case PREPARED_BY -> "Policy Brief No. 7, prepared by " + name;
                });
    }

    private void heading(int section) {
        String text =
                switch (shape.headings) {
                    case NONE -> "";
                    case TITLE_CASE -> HEADINGS[(section * 2 + random.nextInt(2)) % HEADINGS.length];
                    case ALL_CAPS -> HEADINGS[(section * 2 + random.nextInt(2)) % HEADINGS.length].toUpperCase(
                            Locale.ROOT);
                    case SHORT -> SHORT_HEADINGS[(section + random.nextInt(3)) % SHORT_HEADINGS.length];
                    case MARKDOWN -> "## " + HEADINGS[(section * 2 + random.nextInt(2)) % HEADINGS.length];
                };
        if (!text.isEmpty()) {
            plain(Kind.HEADING, text);
        }
    }

    /** A body paragraph; when there are notes, one in two has a footnote marker after one of its sentences. */
    private void paragraph(List<String> parts) {
        String text = String.join(" ", parts);
        if (shape.notes == SweepShape.Notes.NONE || random.nextBoolean()) {
            plain(Kind.PARAGRAPH, text);
            return;
        }
        int marked = random.nextInt(parts.size());
        notes.add(note());
        List<String> printed = new ArrayList<>(parts);
        printed.set(marked, parts.get(marked) + notes.size());
        pieces.add(new Piece(Kind.PARAGRAPH, String.join(" ", printed), text));
    }

    private String note() {
        if (!notes.isEmpty() && random.nextInt(5) == 0) {
            return "Ibid.";
        }
        String source = random.nextInt(3) == 0 ? "Statement of the foreign ministry on the state of the talks, " : "";
        return source + OUTLETS[random.nextInt(OUTLETS.length)] + " (" + PLACES[random.nextInt(PLACES.length)] + "), "
                + MONTHS[random.nextInt(MONTHS.length)] + " " + (1 + random.nextInt(28)) + ", "
                + (2015 + random.nextInt(9))
                + ".";
    }

    private void plain(Kind kind, String text) {
        pieces.add(new Piece(kind, text, text));
    }

    /** A sentence not used before in this document: a repeated sentence would rightly read as a pull quote. */
    private String sentence() {
        String sentence = sentences.get(random.nextInt(sentences.size()));
        while (!used.add(sentence)) {
            sentence = sentences.get(random.nextInt(sentences.size()));
        }
        return sentence;
    }

    private String sentences(int count) {
        return String.join(" ", sentenceList(count));
    }

    private List<String> sentenceList(int count) {
        List<String> list = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            list.add(sentence());
        }
        return list;
    }
}
