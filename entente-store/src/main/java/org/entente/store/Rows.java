package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to one table: through DuckDB's appender, the fast bulk path, or into a list of Java
 * values for writers outside the database ({@link ExtractionTables}). An appender must be created
 * inside a {@link Transaction} so that its rows commit or roll back with it; {@link #close} flushes
 * them.
 */
final class Rows implements AutoCloseable {
    /** Where the rows of a table go, opened once per table and write. */
    @FunctionalInterface
    interface Target {
        Rows open(String table) throws SQLException;
    }

    private final Optional<DuckDBAppender> appender;
    private final List<List<Object>> collected;
    private List<Object> row = List.of();

    Rows(Connection connection, String table) throws SQLException {
        this.appender = Optional.of(connection.unwrap(DuckDBConnection.class).createAppender("main", table));
        this.collected = List.of();
    }

    /** Rows collected into {@code into}, one list of cells a row; an SQL NULL is a null cell. */
    Rows(List<List<Object>> into) {
        this.appender = Optional.empty();
        this.collected = into;
    }

    Rows begin() throws SQLException {
        if (appender.isPresent()) {
            appender.get().beginRow();
        } else {
            row = new ArrayList<>();
        }
        return this;
    }

    void end() throws SQLException {
        if (appender.isPresent()) {
            appender.get().endRow();
        } else {
            collected.add(Collections.unmodifiableList(row));
        }
    }

    Rows text(String value) throws SQLException {
        return cell(value);
    }

    Rows text(Optional<String> value) throws SQLException {
        return cell(value.orElse(null));
    }

    Rows number(int value) throws SQLException {
        if (appender.isPresent()) {
            appender.get().append(value);
            return this;
        }
        return cell(value);
    }

    Rows real(double value) throws SQLException {
        if (appender.isPresent()) {
            appender.get().append(value);
            return this;
        }
        return cell(value);
    }

    Rows date(Optional<LocalDate> value) throws SQLException {
        return cell(value.orElse(null));
    }

    Rows list(List<?> values) throws SQLException {
        if (appender.isPresent()) {
            appender.get().append(values);
            return this;
        }
        return cell(List.copyOf(values));
    }

    private Rows cell(Object value) throws SQLException {
        if (appender.isEmpty()) {
            row.add(value);
        } else if (value == null) {
            appender.get().appendNull();
        } else if (value instanceof String text) {
            appender.get().append(text);
        } else {
            appender.get().append((LocalDate) value);
        }
        return this;
    }

    @Override
    public void close() throws SQLException {
        if (appender.isPresent()) {
            appender.get().close();
        }
    }
}
