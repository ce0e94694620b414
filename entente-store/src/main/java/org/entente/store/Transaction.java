package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One explicit transaction on a connection in auto-commit mode. It begins with a {@code BEGIN}
 * statement, so DuckDB's appenders created inside it write into it (an appender used before any
 * statement has run would commit on its own).
 */
final class Transaction {

    /** The work done inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transaction() {}

    /** Runs {@code work} and commits; on any failure, the commit's included, rolls back and rethrows. */
    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        execute(connection, "BEGIN TRANSACTION");
        try {
            T result = work.run();
            execute(connection, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollBack(connection, e);
            throw e;
        }
    }

    private static void rollBack(Connection connection, Throwable failure) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
