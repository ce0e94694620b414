package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** SQL conditions joined by AND, with the values of their parameters in order: every query is parameterised. */
final class Conditions {
    private final List<String> sql = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    Conditions add(String condition, Object... parameters) {
        sql.add(condition);
        values.addAll(List.of(parameters));
        return this;
    }

    /** {@code column IN (?, ?, ...)} over the values' names; nothing when {@code names} is empty. */
    Conditions in(String column, Collection<String> names) {
        if (!names.isEmpty()) {
            add(column + " IN (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")", names.toArray());
        }
        return this;
    }

    String where() {
        return sql.isEmpty() ? "" : " WHERE " + String.join(" AND ", sql);
    }

    String and() {
        return sql.isEmpty() ? "" : " AND " + String.join(" AND ", sql);
    }

    List<Object> values() {
        return List.copyOf(values);
    }

    /** Prepares {@code sql} and binds {@code values} in order; the caller closes the statement. */
    static PreparedStatement prepare(Connection connection, String sql, List<Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
        return statement;
    }
}
