package org.entente.reader;

import java.util.List;

/** A footnote as found: its number, the line it starts on and its physical lines, not yet joined. */
record RawFootnote(int number, int line, List<String> lines) {
    RawFootnote {
        lines = List.copyOf(lines);
    }
}
