package org.entente.reader;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's article title when no metadata names it: the {@code <title>} element without the
 * site name that pages join to it ("Story | Site", "Site: Story"). A cut that would leave fewer than
 * three words is not made; a title that is too short or too long gives way to the page's one
 * {@code h1}. Stateless.
 */
final class HtmlTitle {
    /** A separator between a story and its site: a space, one of these marks, a space. */
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-\u2013\u2014\\\\/>\u00bb] ");
    /** Separators of a path ("Site > Section > Story"), after which a short title is believed. */
    private static final Pattern HIERARCHY = Pattern.compile(" [\\\\/>\u00bb] ");

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private HtmlTitle() {}

    static Optional<String> of(Document page) {
        Element title = page.selectFirst("title");
        String original = title == null ? "" : clean(title.text());
        if (original.isEmpty()) {
            return headline(page);
        }
        String chosen = original;
        boolean separated = false;
        var separators = SEPARATOR.matcher(original);
        if (separators.find()) {
            separated = HIERARCHY.matcher(original).find();
            int first = separators.start();
            int firstEnd = separators.end();
            int last = first;
            while (separators.find()) {
                last = separators.start();
            }
            chosen = original.substring(0, last);
            if (words(chosen) < 3) {
                chosen = original.substring(firstEnd);
            }
        } else if (original.contains(": ")) {
            chosen = afterColon(page, original);
        } else if (original.length() > 150 || original.length() < 15) {
            var h1s = page.select("h1");
            if (h1s.size() == 1) {
                chosen = clean(h1s.first().text());
            }
        }
        chosen = clean(chosen);
        int count = words(chosen);
        if (count <= 4
                && (!separated || count != words(SEPARATOR.matcher(original).replaceAll(" ")) - 1)) {
            chosen = original;
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(chosen);
    }

    private static String afterColon(Document page, String original) {
        for (Element heading : page.select("h1, h2")) {
            if (clean(heading.text()).equals(original)) {
                return original;
            }
        }
        String chosen = original.substring(original.lastIndexOf(':') + 1);
        if (words(chosen) < 3) {
            chosen = original.substring(original.indexOf(':') + 1);
        } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
            chosen = original;
        }
        return chosen;
    }

    private static Optional<String> headline(Document page) {
        Element h1 = page.selectFirst("h1");
        String text = h1 == null ? "" : clean(h1.text());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * How much of {@code b}'s words {@code a} also has, from 0 to 1, weighed by the length of the
     * words: 1 minus the share of {@code b}'s text made of words {@code a} lacks.
     */
    static double similarity(String a, String b) {
        Set<String> known = new HashSet<>(tokens(a));
        List<String> theirs = tokens(b);
        if (known.isEmpty() || theirs.isEmpty()) {
            return 0;
        }
        String all = String.join(" ", theirs);
        String unknown =
                String.join(" ", theirs.stream().filter(t -> !known.contains(t)).toList());
        return 1 - (double) unknown.length() / all.length();
    }

    private static List<String> tokens(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(t -> !t.isEmpty())
                .toList();
    }

    static String clean(String text) {
        return text.replaceAll("[\\s\u00a0]+", " ").strip();
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
