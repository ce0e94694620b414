package org.entente.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the store's column types back into Java values; no nulls come out. */
final class Columns {
    private Columns() {}

    static Optional<String> text(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    static Optional<LocalDate> date(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, LocalDate.class));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A {@code VARCHAR[]} column; an SQL null reads as empty. */
    static List<String> texts(ResultSet row, String column) throws SQLException {
        List<String> values = new ArrayList<>();
        for (Object value : elements(row.getArray(column))) {
            values.add((String) value);
        }
        return values;
    }

    /** An {@code INTEGER[]} column; an SQL null reads as empty. */
    static List<Integer> numbers(ResultSet row, String column) throws SQLException {
        List<Integer> values = new ArrayList<>();
        for (Object value : elements(row.getArray(column))) {
            values.add(((Number) value).intValue());
        }
        return values;
    }

    private static Object[] elements(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
