package org.entente.spark;

import org.apache.spark.sql.SparkSession;

/** The session the tests share: local[2], no UI, few shuffle partitions for small data. */
final class LocalSpark {
    private LocalSpark() {}

    static SparkSession start() {
        return SparkSession.builder()
                .appName("entente-test")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                // On a few rows, compiling whole stages costs more than running them.
                .config("spark.sql.codegen.wholeStage", "false")
                .getOrCreate();
    }
}
