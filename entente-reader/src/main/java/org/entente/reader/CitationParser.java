package org.entente.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.Citation;
import org.entente.core.PartialDate;

/**
 * Parses a footnote's text into citations. Citations are split on ";" outside quotes and
 * parentheses. In each: a quoted title, the author before it, a URL, dates ({@link CitationDates}),
 * a book's "(Place: Publisher, Year)", and the outlet, with its place in parentheses after it
 * ("Mashregh News (Tehran)", "(IRNA, Tehran)") or as the short field that follows it ("European
 * Commission, Brussels"). "Ibid." takes the outlet of the citation before; a citation of dates only
 * ("Sept. 28, 2020") takes the outlet of the one before it in the same footnote. Stateless.
 */
final class CitationParser {
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s\u201D\"<>]+[^\\s\u201D\"<>.,;)]");
    private static final Pattern QUOTED = Pattern.compile("[\u201C\"]([^\u201D\"]+)[\u201D\"]");
    private static final Pattern BOOK = Pattern.compile("\\(([^():]+):\\s*([^()]+?),\\s*((?:1[6-9]|20)\\d\\d)\\)");
    private static final Pattern PLACE_IN_PARENS = Pattern.compile("(.+?)\\s*\\(([^()\\d]+)\\)\\s*");
    /** What {@code \\s} matches in a Java regular expression. */
    private static final String REGEX_SPACE = " \t\n\u000B\f\r";

    private static final Pattern LEAD = Pattern.compile("^(?:See also|See|Cf\\.|Also)\\s+");
    private static final Pattern LOCATOR =
            Pattern.compile("(?i)(?:no|nos|p|pp|vol|sec|ch|para)\\.\\s.*|updated\\b.*|\\d.*");
    /** The characters {@link #LOCATOR} can start with. */
    private static final String LOCATOR_INITIALS = "nNpPvVsScCuU";

    private static final Set<String> OUTLET_WORDS = Set.of(
            "News",
            "Times",
            "Post",
            "Agency",
            "Daily",
            "Press",
            "Journal",
            "Review",
            "Radio",
            "TV",
            "Institute",
            "Center",
            "Centre",
            "Commission",
            "Ministry",
            "Papers",
            "Studies",
            "Interest",
            "Assessment",
            "Show",
            "Magazine",
            "Herald",
            "Tribune",
            "Gazette",
            "Monitor",
            "Quarterly",
            "Report",
            "Council",
            "Foundation");

    private final CitationDates dates = new CitationDates();

    /**
     * @param previous the last citation of the footnote before, for "Ibid."
     */
    List<Citation> parse(String text, Optional<Citation> previous) {
        List<Citation> citations = new ArrayList<>();
        Optional<Citation> before = previous;
        for (String part : Fields.split(text, ';')) {
            String clean = stripLead(part.strip());
            if (clean.isEmpty()) {
                continue;
            }
            Citation citation = clean.regionMatches(true, 0, "ibid", 0, 4) ? ibid(clean, before) : one(clean);
            if (citation.outlet().isEmpty() && !citations.isEmpty()) {
                citation = inherit(citation, citations.get(citations.size() - 1));
            }
            citations.add(citation);
            before = Optional.of(citation);
        }
        return citations;
    }

    private Citation ibid(String part, Optional<Citation> before) {
        List<PartialDate> found = dates.find(part);
        if (before.isEmpty()) {
            return new Citation(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), found, url(part));
        }
        Citation base = before.get();
        return new Citation(
                base.author(),
                base.title(),
                base.outlet(),
                base.place(),
                found.isEmpty() ? base.dates() : found,
                url(part).or(base::url));
    }

    private static Citation inherit(Citation citation, Citation from) {
        return new Citation(
                from.author(), citation.title(), from.outlet(), from.place(), citation.dates(), citation.url());
    }

    private Citation one(String part) {
        Optional<String> url = url(part);
        String text = url.isEmpty() ? part : URL.matcher(part).replaceAll("").strip();
        Matcher quoted = QUOTED.matcher(text);
        if ((text.indexOf('\u201C') >= 0 || text.indexOf('"') >= 0) && quoted.find()) {
            return quoted.start() > 0 && text.charAt(quoted.start() - 1) == '('
                    ? parenthesisedTitle(text, quoted, url)
                    : titled(text, quoted, url);
        }
        if (text.indexOf(':') >= 0) {
            Matcher book = BOOK.matcher(text);
            if (book.find()) {
                return book(text, book, url);
            }
        }
        Citation source = outletOf(text, false);
        return new Citation(source.author(), Optional.empty(), source.outlet(), source.place(), dates.find(text), url);
    }

    /** "Fars News, Sept. 28, 2020 (“Title”)": the outlet and dates around a title in parentheses. */
    private Citation parenthesisedTitle(String text, Matcher quoted, Optional<String> url) {
        String rest = text.substring(0, quoted.start() - 1) + text.substring(Math.min(text.length(), quoted.end() + 1));
        Citation source = outletOf(rest, false);
        Optional<String> title = Optional.of(trimField(quoted.group(1)));
        return new Citation(source.author(), title, source.outlet(), source.place(), dates.find(rest), url);
    }

    /** "Author, “Title,” Outlet, Place, Date". */
    private Citation titled(String text, Matcher quoted, Optional<String> url) {
        String title = trimField(quoted.group(1));
        String author = trimField(text.substring(0, quoted.start()));
        String rest = text.substring(quoted.end());
        Citation source = outletOf(rest, true);
        return new Citation(
                personName(author), Optional.of(title), source.outlet(), source.place(), dates.find(rest), url);
    }

    /** "Author, Title (Place: Publisher, Year)". */
    private static Citation book(String text, Matcher book, Optional<String> url) {
        List<String> head = Fields.split(text.substring(0, book.start()), ',');
        Optional<String> author = head.size() > 1 ? personName(head.get(0)) : Optional.empty();
        String title = String.join(", ", head.subList(author.isPresent() ? 1 : 0, head.size()));
        PartialDate year = PartialDate.year(Integer.parseInt(book.group(3)));
        return new Citation(
                author, nonEmpty(title), nonEmpty(book.group(2)), nonEmpty(book.group(1)), List.of(year), url);
    }

    /**
     * Author, outlet and place from the comma-separated fields of a citation. After a quoted title
     * the first field is the outlet; without one, two fields that are not outlet and place are
     * author and outlet.
     */
    private static Citation outletOf(String text, boolean titled) {
        List<String> fields = fields(text);
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).endsWith(")")) {
                continue;
            }
            Matcher matcher = PLACE_IN_PARENS.matcher(fields.get(i));
            if (matcher.matches()) {
                String[] inside = matcher.group(2).split(",");
                return source(
                        i > 0 ? personName(fields.get(0)) : Optional.empty(),
                        matcher.group(1),
                        inside[inside.length - 1]);
            }
        }
        if (fields.isEmpty()) {
            return source(Optional.empty(), "", "");
        }
        if (fields.size() >= 2 && placeLike(fields.get(1))) {
            return source(Optional.empty(), fields.get(0), fields.get(1));
        }
        if (fields.size() >= 2 && !titled) {
            return source(personName(fields.get(0)), fields.get(1), "");
        }
        return source(Optional.empty(), fields.get(0), "");
    }

    private static List<String> fields(String text) {
        List<String> fields = new ArrayList<>();
        for (String field : Fields.split(text, ',')) {
            String value = trimField(field);
            if (value.equals("D.C.") && !fields.isEmpty()) {
                fields.set(fields.size() - 1, fields.get(fields.size() - 1) + ", D.C.");
            } else if (!value.isEmpty() && !isLocator(value) && !CitationDates.isDateField(value)) {
                fields.add(value);
            }
        }
        return fields;
    }

    /**
     * {@link #LOCATOR}: a field opening with a digit matches it unless a line ends inside; one opening
     * with a letter is tried only when the letter starts one of its words and the field holds a full
     * stop or opens with "updated".
     */
    private static boolean isLocator(String field) {
        char first = field.charAt(0);
        if (first >= '0' && first <= '9') {
            return !hasLineTerminator(field);
        }
        boolean possible = LOCATOR_INITIALS.indexOf(first) >= 0
                && (field.indexOf('.') >= 0 || field.regionMatches(true, 0, "updated", 0, 7));
        return possible && LOCATOR.matcher(field).matches();
    }

    /** Whether the text holds a character that a regular expression's {@code .} does not match. */
    private static boolean hasLineTerminator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static Citation source(Optional<String> author, String outlet, String place) {
        return new Citation(author, Optional.empty(), nonEmpty(outlet), nonEmpty(place), List.of(), Optional.empty());
    }

    private static boolean placeLike(String field) {
        if (field.endsWith(", D.C.")) {
            return true;
        }
        List<String> words = words(field);
        if (words.size() > 3) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) || OUTLET_WORDS.contains(word) || hasDigit(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of a stripped text, split on runs of white space as {@code \\s+} would; an empty text
     * gives no words (a regular expression's split gives one empty word, which no caller accepts).
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || REGEX_SPACE.indexOf(text.charAt(i)) >= 0;
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** The text when it reads like a person's name: two to five words, each capitalised. */
    private static Optional<String> personName(String text) {
        String name = trimField(stripLead(text.strip()));
        List<String> words = words(name);
        if (words.size() < 2 || words.size() > 5 || hasDigit(name)) {
            return Optional.empty();
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) || OUTLET_WORDS.contains(word)) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    private static String stripLead(String text) {
        boolean lead = text.startsWith("See") || text.startsWith("Cf") || text.startsWith("Also");
        return lead ? LEAD.matcher(text).replaceFirst("") : text;
    }

    private static Optional<String> url(String text) {
        if (!text.contains("http") && !text.contains("www.")) {
            return Optional.empty();
        }
        Matcher matcher = URL.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    static String trimField(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && ",.;: \t".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ",;: \t".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > start && text.charAt(end - 1) == '.' && !initialBefore(text, end - 1)) {
            end--;
        }
        return text.substring(start, end).strip();
    }

    /** Whether the full stop at {@code dot} closes an initial such as the "C." of "D.C.". */
    private static boolean initialBefore(String text, int dot) {
        return dot >= 1
                && Character.isUpperCase(text.charAt(dot - 1))
                && (dot == 1 || !Character.isLetter(text.charAt(dot - 2)));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> nonEmpty(String text) {
        String value = trimField(text);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
