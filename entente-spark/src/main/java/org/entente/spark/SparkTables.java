package org.entente.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.entente.store.ExtractionTables;
import org.entente.store.TableSchema;

/**
 * The store's tables as Spark sees them: each {@link TableSchema} of the store's migrations becomes
 * a {@link StructType} with the matching Spark types, so that Parquet written here reads back into
 * the store's views with no loss. {@code TIMESTAMP} is Spark's timestamp without a zone, as in the
 * store.
 */
final class SparkTables {
    private final Map<String, TableSchema> byName;

    private SparkTables(List<TableSchema> schemas) {
        this.byName = schemas.stream().collect(Collectors.toMap(TableSchema::name, Function.identity()));
    }

    /** The schema of every table an extraction fills, read from the store's migrations. */
    static SparkTables ofStore() {
        return new SparkTables(ExtractionTables.schema(ExtractionTables.TABLES));
    }

    StructType struct(String table) {
        List<StructField> fields = new ArrayList<>();
        for (TableSchema.Column column : schema(table).columns()) {
            fields.add(DataTypes.createStructField(column.name(), type(column.type()), column.nullable()));
        }
        return DataTypes.createStructType(fields);
    }

    private TableSchema schema(String table) {
        TableSchema schema = byName.get(table);
        if (schema == null) {
            throw new IllegalArgumentException("the store has no table " + table);
        }
        return schema;
    }

    static DataType type(String duckDbType) {
        if (duckDbType.endsWith("[]")) {
            return DataTypes.createArrayType(type(duckDbType.substring(0, duckDbType.length() - 2)), true);
        }
        return switch (duckDbType) {
            case "VARCHAR" -> DataTypes.StringType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "DATE" -> DataTypes.DateType;
            case "TIMESTAMP" -> DataTypes.TimestampNTZType;
            default -> throw new IllegalArgumentException("no Spark type for the store's type " + duckDbType);
        };
    }

    /** The rows with the table's columns, in its order, each cast to its type; other columns dropped. */
    Dataset<Row> conform(Dataset<Row> rows, String table) {
        List<Column> columns = new ArrayList<>();
        for (StructField field : struct(table).fields()) {
            columns.add(functions.col(field.name()).cast(field.dataType()).as(field.name()));
        }
        return rows.select(columns.toArray(Column[]::new));
    }

    /** Writes the rows as the table's Parquet folder under {@code out}, replacing it. */
    void write(Dataset<Row> rows, String table, String out) {
        conform(rows, table).write().mode(SaveMode.Overwrite).parquet(out + "/" + table);
    }
}
