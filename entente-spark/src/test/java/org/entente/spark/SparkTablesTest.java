package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.entente.store.ExtractionTables;
import org.junit.jupiter.api.Test;

class SparkTablesTest {
    private final SparkTables tables = SparkTables.ofStore();

    @Test
    void everyTableOfTheStore_hasASparkSchemaWithItsColumnsInOrder() {
        for (String table : ExtractionTables.TABLES) {
            assertThat(tables.struct(table).fields()).as(table).isNotEmpty();
        }
        StructType assertions = tables.struct("assertions");
        assertThat(assertions.fieldNames()).startsWith("id", "document", "sources", "targets", "kind");
        assertThat(assertions.apply("sources").dataType())
                .isEqualTo(DataTypes.createArrayType(DataTypes.StringType, true));
        assertThat(assertions.apply("footnotes").dataType())
                .isEqualTo(DataTypes.createArrayType(DataTypes.IntegerType, true));
        assertThat(assertions.apply("time_start").dataType()).isEqualTo(DataTypes.DateType);
        assertThat(assertions.apply("time_start").nullable()).isTrue();
        assertThat(assertions.apply("id").nullable()).isFalse();
    }

    @Test
    void storeTimestamps_areSparkTimestampsWithoutZone_andSequenceNumbersLongs() {
        StructType documents = tables.struct("documents");
        assertThat(documents.apply("ingested_at").dataType()).isEqualTo(DataTypes.TimestampNTZType);
        assertThat(documents.apply("seq").dataType()).isEqualTo(DataTypes.LongType);
    }

    @Test
    void typeTheStoreDoesNotUse_isRefusedByName() {
        assertThatThrownBy(() -> SparkTables.type("HUGEINT")).hasMessageContaining("HUGEINT");
        assertThatThrownBy(() -> tables.struct("reviews_of_nothing")).hasMessageContaining("reviews_of_nothing");
    }
}
