package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to one table through DuckDB's appender, the fast bulk path. Must be created inside a
 * {@link Transaction} so that its rows commit or roll back with it; {@link #close} flushes them.
 */
final class Rows implements AutoCloseable {
    private final DuckDBAppender appender;

    Rows(Connection connection, String table) throws SQLException {
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender("main", table);
    }

    Rows begin() throws SQLException {
        appender.beginRow();
        return this;
    }

    void end() throws SQLException {
        appender.endRow();
    }

    Rows text(String value) throws SQLException {
        appender.append(value);
        return this;
    }

    Rows text(Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            appender.append(value.get());
        } else {
            appender.appendNull();
        }
        return this;
    }

    Rows number(int value) throws SQLException {
        appender.append(value);
        return this;
    }

    Rows real(double value) throws SQLException {
        appender.append(value);
        return this;
    }

    Rows date(Optional<LocalDate> value) throws SQLException {
        if (value.isPresent()) {
            appender.append(value.get());
        } else {
            appender.appendNull();
        }
        return this;
    }

    Rows list(List<?> values) throws SQLException {
        appender.append(values);
        return this;
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
