package org.entente.spark;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.entente.core.RelationKind;
import org.entente.store.EventCodes;
import scala.Tuple2;

/**
 * Imports GDELT event files (2.0 with 61 tab-separated columns, 1.0 with 57 or 58; plain,
 * gzipped or zipped) as the store's {@code import gdelt} does, row for row: the same state codes, CAMEO
 * kinds, Goldstein intensity, ids and evidence text, the same reasons to refuse a row. Writes the
 * store's {@code documents} (one a file), {@code assertions} and {@code actors} tables, the dyad
 * aggregates per period ({@code dyads}: {@code first, second, period, count, positive, negative,
 * weight}, weighed by the network's rule) and the refused rows ({@code failures}: {@code source,
 * reason}), each a Parquet folder under the output.
 */
final class GdeltJob {
    /** What the job did. */
    record Report(long lines, long imported, long duplicates, long unusable, long refused, long dyads) {}

    private final SparkSession spark;
    private final SparkTables tables;

    GdeltJob(SparkSession spark, SparkTables tables) {
        this.spark = spark;
        this.tables = tables;
    }

    Report run(List<String> inputs, String out, ChronoUnit per) {
        if (per != ChronoUnit.MONTHS && per != ChronoUnit.YEARS) {
            throw new IllegalArgumentException("dyads are per month or per year, not per " + per);
        }
        registerMappings();
        registerLines(inputs);
        Dataset<Row> staged = spark.sql(GdeltSql.STAGED).cache();
        staged.createOrReplaceTempView("gdelt_staged");
        Dataset<Row> kept = spark.sql(GdeltSql.KEPT).cache();
        kept.createOrReplaceTempView("gdelt_kept");
        Dataset<Row> documents = documents(inputs);
        documents.createOrReplaceTempView("gdelt_documents");
        Dataset<Row> assertions = spark.sql(GdeltSql.ASSERTIONS);
        tables.write(assertions, "assertions", out);
        tables.write(documents, "documents", out);
        tables.write(spark.sql(GdeltSql.ACTORS), "actors", out);
        Dataset<Row> dyads = spark.sql(GdeltSql.dyads(per == ChronoUnit.MONTHS ? "MONTH" : "YEAR"));
        dyads.write().mode(SaveMode.Overwrite).parquet(out + "/dyads");
        spark.sql(GdeltSql.FAILURES).write().mode(SaveMode.Overwrite).parquet(out + "/failures");
        Row counts = spark.sql(GdeltSql.COUNTS).first();
        long imported = kept.count();
        Report report = new Report(
                counts.getLong(0),
                imported,
                counts.getLong(1) - imported,
                counts.getLong(0) - counts.getLong(1) - counts.getLong(2),
                counts.getLong(2),
                spark.read().parquet(out + "/dyads").count());
        staged.unpersist();
        kept.unpersist();
        return report;
    }

    /**
     * The inputs' lines with their file's path, as the view {@code gdelt_lines}: a {@code .zip}'s
     * from its single entry, as the store's import reads it, the others (plain or gzipped) by
     * Spark's text reader, which does not open zips.
     */
    private void registerLines(List<String> inputs) {
        List<String> files = EventInputs.files(spark, inputs);
        List<String> zips = files.stream().filter(EventInputs::zipped).toList();
        List<String> plain = files.stream().filter(f -> !EventInputs.zipped(f)).toList();
        Dataset<Row> lines = null;
        if (!plain.isEmpty()) {
            lines = spark.read()
                    .text(plain.toArray(String[]::new))
                    .select(
                            functions.col("value"),
                            GdeltSql.normalised(functions.col("_metadata.file_path"))
                                    .as("path"));
        }
        if (!zips.isEmpty()) {
            Dataset<Row> unzipped = spark.read()
                    .format("binaryFile")
                    .load(zips.toArray(String[]::new))
                    .select(GdeltSql.normalised(functions.col("path")).as("path"), functions.col("content"))
                    .flatMap(
                            (FlatMapFunction<Row, Tuple2<String, String>>)
                                    row -> EventInputs.unzip(row.getString(0), row.getAs(1)).stream()
                                            .map(line -> new Tuple2<>(line, row.getString(0)))
                                            .iterator(),
                            Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
                    .toDF("value", "path");
            lines = lines == null ? unzipped : lines.unionByName(unzipped);
        }
        lines.createOrReplaceTempView("gdelt_lines");
    }

    /** One row a file: its SHA-256, name, dataset, first and last day, and what it brought. */
    private Dataset<Row> documents(List<String> inputs) {
        spark.read()
                .format("binaryFile")
                .load(inputs.toArray(String[]::new))
                .select(
                        GdeltSql.normalised(functions.col("path")).as("path"),
                        functions.sha2(functions.col("content"), 256).as("id"))
                .createOrReplaceTempView("gdelt_files");
        return spark.sql(GdeltSql.DOCUMENTS)
                .withColumn(
                        "ingested_at",
                        functions.lit(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS)));
    }

    /** The store's own mappings as two small views: the states' codes and the CAMEO roots. */
    private void registerMappings() {
        Map<String, String> names = EventCodes.stateNames();
        List<Row> states = new ArrayList<>();
        EventCodes.stateCodes().forEach((code, id) -> states.add(RowFactory.create(code, id, names.get(id))));
        spark.createDataFrame(
                        states,
                        DataTypes.createStructType(List.of(
                                DataTypes.createStructField("code", DataTypes.StringType, false),
                                DataTypes.createStructField("id", DataTypes.StringType, false),
                                DataTypes.createStructField("name", DataTypes.StringType, true))))
                .createOrReplaceTempView("import_states");
        List<Row> roots = new ArrayList<>();
        for (int code = 1; code <= 20; code++) {
            String root = String.format("%02d", code);
            RelationKind kind = RelationKind.ofCameoRoot(root);
            roots.add(RowFactory.create(
                    root, kind.name(), kind.label(), kind.quadClass().orElseThrow()));
        }
        spark.createDataFrame(
                        roots,
                        DataTypes.createStructType(List.of(
                                DataTypes.createStructField("root", DataTypes.StringType, false),
                                DataTypes.createStructField("kind", DataTypes.StringType, false),
                                DataTypes.createStructField("label", DataTypes.StringType, false),
                                DataTypes.createStructField("quad", DataTypes.IntegerType, false))))
                .createOrReplaceTempView("import_cameo");
    }

    /** Constant SQL list of kind names; the names are the code's own. */
    static String names(Set<RelationKind> kinds) {
        return kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
    }
}
