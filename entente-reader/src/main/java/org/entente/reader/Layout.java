package org.entente.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of one document and the role each has been given so far. Each stage of the text path
 * reads it and reassigns the roles of the lines it recognises. Not thread-safe: one per reading.
 */
final class Layout {
    private final List<Line> lines;
    private final Role[] roles;

    Layout(List<Line> lines) {
        this.lines = new ArrayList<>(lines);
        this.roles = new Role[lines.size()];
        for (int i = 0; i < roles.length; i++) {
            roles[i] = lines.get(i).blank() ? Role.BLANK : Role.BODY;
        }
    }

    int size() {
        return lines.size();
    }

    Line line(int i) {
        return lines.get(i);
    }

    String text(int i) {
        return lines.get(i).text();
    }

    /** Replaces the text of line i, keeping its number and layout flags. */
    void retext(int i, String text) {
        Line line = lines.get(i);
        lines.set(i, new Line(line.number(), text, line.indented(), line.separator()));
    }

    Role role(int i) {
        return roles[i];
    }

    boolean is(int i, Role role) {
        return i >= 0 && i < roles.length && roles[i] == role;
    }

    void assign(int i, Role role) {
        roles[i] = role;
    }

    void assign(int from, int to, Role role) {
        Arrays.fill(roles, from, to, role);
    }

    /** The next BODY line at or after {@code i}, or {@link #size()}. */
    int nextBody(int i) {
        int j = i;
        while (j < roles.length && roles[j] != Role.BODY) {
            j++;
        }
        return j;
    }
}
