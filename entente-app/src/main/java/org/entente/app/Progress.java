package org.entente.app;

import java.io.PrintWriter;

/**
 * A one-line progress bar on a terminal: redrawn in place on standard error, cleared before any
 * other line is printed. Off (silent) when standard error is not a terminal.
 */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private int total;
    private int done;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** A bar that draws only when this process has a console. */
    static Progress onTerminal(PrintWriter err) {
        return new Progress(err, System.console() != null);
    }

    boolean isEnabled() {
        return enabled;
    }

    void start(int total) {
        this.total = total;
        this.done = 0;
        draw("");
    }

    void advance(String current) {
        done++;
        draw(current);
    }

    /** Prints a line above the bar. */
    void println(String line) {
        clear();
        err.println(line);
        draw("");
    }

    void finish() {
        clear();
    }

    private void draw(String current) {
        if (!enabled || total == 0) {
            return;
        }
        int filled = (int) ((long) WIDTH * done / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                + Table.fit(fileName(current), 40));
        err.flush();
        drawn = true;
    }

    private static String fileName(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? source : source.substring(slash + 1);
    }

    private void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
