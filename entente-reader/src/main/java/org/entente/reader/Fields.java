package org.entente.reader;

import java.util.ArrayList;
import java.util.List;

/** Splits citation text on a delimiter that stands outside quotes and parentheses. Linear. */
final class Fields {
    private Fields() {}

    static List<String> split(String text, char delimiter) {
        List<String> fields = new ArrayList<>(8);
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c == ' ') {
                continue; // the most frequent characters, none of them special
            }
            switch (c) {
                case '(', '[' -> depth++;
                case ')', ']' -> depth = Math.max(0, depth - 1);
                case '\u201C' -> quoted = true;
                case '\u201D' -> quoted = false;
                case '"' -> quoted = !quoted;
                default -> {
                    if (c == delimiter && depth == 0 && !quoted) {
                        fields.add(text.substring(start, i));
                        start = i + 1;
                    }
                }
            }
        }
        fields.add(text.substring(start));
        return fields;
    }
}
