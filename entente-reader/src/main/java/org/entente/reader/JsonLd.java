package org.entente.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The article object of a page's JSON-LD: a small lenient JSON reader (objects, arrays, strings;
 * numbers and literals kept as text) and a search for the first object whose {@code @type} names an
 * article, a posting or a report, at any depth (so {@code @graph} lists are found). Nesting deeper
 * than 64 and malformed text end the read with what was read so far. One instance reads one text.
 */
final class JsonLd {
    private static final int MAX_DEPTH = 64;
    private final String text;
    private int at;

    private JsonLd(String text) {
        this.text = text;
    }

    /** The article object in the scripts' text, as a map from keys to values. */
    static Optional<Map<?, ?>> article(String scripts) {
        String body = scripts.replace("<![CDATA[", "").replace("]]>", "");
        JsonLd reader = new JsonLd(body);
        List<Object> roots = new ArrayList<>();
        while (reader.skipTo('{')) {
            roots.add(reader.value(0));
        }
        return find(roots, 0);
    }

    private static Optional<Map<?, ?>> find(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            if (isArticle(map.get("@type"))) {
                return Optional.of(map);
            }
            for (Object child : map.values()) {
                Optional<Map<?, ?>> found = find(child, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object child : list) {
                Optional<Map<?, ?>> found = find(child, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isArticle(Object type) {
        if (type instanceof List<?> types) {
            return types.stream().anyMatch(JsonLd::isArticle);
        }
        return type instanceof String name
                && (name.endsWith("Article") || name.endsWith("Posting") || name.endsWith("Report"));
    }

    /** A string value of the object, or the {@code name} of an object value. */
    static Optional<String> string(Map<?, ?> object, String key) {
        Object value = object.get(key);
        if (value instanceof Map<?, ?> inner) {
            value = inner.get("name");
        }
        return value instanceof String s && !s.isBlank() ? Optional.of(HtmlTitle.clean(s)) : Optional.empty();
    }

    /** The names under a key: a string, an object with a name, or a list of either. */
    static List<String> names(Map<?, ?> object, String key) {
        Object value = object.get(key);
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<String> names = new ArrayList<>();
        for (Object item : values) {
            Object name = item instanceof Map<?, ?> map ? map.get("name") : item;
            if (name instanceof String s && !s.isBlank()) {
                names.add(HtmlTitle.clean(s));
            }
        }
        return names;
    }

    private boolean skipTo(char c) {
        int next = text.indexOf(c, at);
        at = next < 0 ? text.length() : next;
        return next >= 0;
    }

    private Object value(int depth) {
        skipSpace();
        if (at >= text.length() || depth > MAX_DEPTH) {
            return "";
        }
        char c = text.charAt(at);
        if (c == '{') {
            return object(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '"') {
            return string();
        }
        int start = at;
        while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return text.substring(start, at);
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        while (true) {
            skipSpace();
            if (at >= text.length() || text.charAt(at) != '"') {
                at = Math.min(at + 1, text.length());
                return map;
            }
            String key = string();
            skipSpace();
            if (at < text.length() && text.charAt(at) == ':') {
                at++;
            }
            map.putIfAbsent(key, value(depth + 1));
            skipSpace();
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        at++;
        while (true) {
            skipSpace();
            if (at >= text.length() || text.charAt(at) == ']') {
                at = Math.min(at + 1, text.length());
                return list;
            }
            int before = at;
            list.add(value(depth + 1));
            skipSpace();
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
            } else if (at == before) {
                at++;
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                break;
            }
            if (c != '\\' || at >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(at++);
            if (next == 'u' && at + 4 <= text.length()) {
                try {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                } catch (NumberFormatException e) {
                    out.append(next);
                }
            } else {
                out.append(next == 'n' || next == 'r' || next == 't' ? ' ' : next);
            }
        }
        return out.toString();
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
