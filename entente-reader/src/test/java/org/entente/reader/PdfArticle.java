package org.entente.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.FootnoteMarker;

/**
 * What a careful reader sees in a paragraph written in {@link PdfBuilder}'s notation: its text
 * without markers, soft hyphens and floats, and its markers with their offsets in that text.
 */
record PdfArticle(String text, List<FootnoteMarker> markers) {
    private static final Pattern FLOAT = Pattern.compile(" ?\\[\\[(?:caption|pull):[^\\]]+]]");
    private static final Pattern MARKER = Pattern.compile("\\^([\\d,]+)");

    static PdfArticle of(String notation) {
        String plain = PdfBuilder.printable(
                        FLOAT.matcher(notation).replaceAll("").replace("\u00AD", ""))
                .replaceAll(" +", " ")
                .strip();
        StringBuilder text = new StringBuilder();
        List<FootnoteMarker> markers = new ArrayList<>();
        Matcher matcher = MARKER.matcher(plain);
        int at = 0;
        while (matcher.find()) {
            text.append(plain, at, matcher.start());
            for (String number : matcher.group(1).split(",")) {
                markers.add(new FootnoteMarker(Integer.parseInt(number), text.length()));
            }
            at = matcher.end();
        }
        text.append(plain.substring(at));
        return new PdfArticle(text.toString(), markers);
    }

    /** Soft hyphens in every word of ten letters or more, after its fourth letter and before its last four. */
    static String hyphenable(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (word.length() >= 10 && word.chars().limit(8).allMatch(Character::isLetter)) {
                out.append(word, 0, 4).append('\u00AD').append(word.substring(4));
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }
}
