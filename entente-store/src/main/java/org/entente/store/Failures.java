package org.entente.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the driver's errors into one-line messages that name the store and say what to do. */
final class Failures {
    private static final Pattern PID = Pattern.compile("\\(PID (\\d+)\\)");

    private Failures() {}

    /** The error of opening {@code file}, which may be a lock held by another process. */
    static StoreException ofOpen(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("could not set lock") || lower.contains("conflicting lock")) {
            Matcher pid = PID.matcher(message);
            String holder = pid.find() ? " (PID " + pid.group(1) + ")" : "";
            return new StoreException(
                    "store " + file + " is in use by another process" + holder
                            + "; close it or choose another store with --db",
                    e);
        }
        if (lower.contains("not a valid duckdb database file")) {
            return new StoreException(
                    file + " is not an Entente store (not a DuckDB database);" + " choose another store with --db", e);
        }
        return new StoreException("cannot open store " + file + ": " + firstLine(message), e);
    }

    /** The error of doing something to an open store. */
    static StoreException of(Path file, String doing, SQLException e) {
        return new StoreException(
                "store " + file + ": could not " + doing + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }

    /** The first line of a driver message, without the error class DuckDB puts in front. */
    static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("").trim();
        int colon = line.indexOf(" Error: ");
        return colon >= 0 && colon < 40 ? line.substring(colon + " Error: ".length()) : line;
    }
}
