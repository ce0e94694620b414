package org.entente.store;

import java.util.List;
import java.util.Objects;

/**
 * One table of the store as its migrations define it, for writers outside the database (the Spark
 * jobs) that must produce the same columns with the same types.
 *
 * @param name the table's name, which is also the name of its Parquet folder
 * @param columns in the table's order
 */
public record TableSchema(String name, List<Column> columns) {
    public TableSchema {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (name.isBlank() || columns.isEmpty()) {
            throw new IllegalArgumentException("a table has a name and at least one column");
        }
    }

    /**
     * A column.
     *
     * @param type DuckDB's name of its type: {@code VARCHAR}, {@code INTEGER}, {@code BIGINT},
     *     {@code DOUBLE}, {@code DATE}, {@code TIMESTAMP}, or one of these followed by {@code []}
     *     for a list
     */
    public record Column(String name, String type, boolean nullable) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}
