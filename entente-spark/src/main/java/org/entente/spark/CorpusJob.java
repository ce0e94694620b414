package org.entente.spark;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.entente.core.Extraction;
import org.entente.core.InputException;
import org.entente.reader.Readers;
import org.entente.store.ExtractionTables;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Runs the ingest command's stages (read, extract actors and assertions, date them) over every
 * supported file under a path, on Spark, and writes the store's tables as Parquet folders under
 * the output, as an ingest of the same files into an empty store would fill them: a content
 * stored twice once, the document sequence in the order of the files' paths, an actor as the last
 * document that names it describes it. A file that cannot be read or extracted becomes a row of
 * {@code failures} ({@code source, reason}) and the rest go on.
 */
final class CorpusJob {
    /** What the job did. */
    record Report(long documents, long sentences, long assertions, long failures) {}

    static final StructType FAILURES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, false)));

    private final SparkSession spark;
    private final SparkTables tables;

    CorpusJob(SparkSession spark, SparkTables tables) {
        this.spark = spark;
        this.tables = tables;
    }

    Report run(String in, String out) {
        int slots = spark.sparkContext().defaultParallelism();
        // Split the files by size into several partitions a task slot, not one: a document's NLP
        // costs far more than reading its bytes, and small partitions keep the slots evenly busy.
        String minPartitions = "spark.sql.files.minPartitionNum";
        String before = spark.conf().get(minPartitions, null);
        spark.conf().set(minPartitions, String.valueOf(4 * slots));
        Dataset<Row> files = spark.read()
                .format("binaryFile")
                .option("recursiveFileLookup", "true")
                .load(in)
                .select(GdeltSql.normalised(functions.col("path")).as("path"), functions.col("content"));
        int threads = spark.sparkContext().getConf().getInt("spark.executor.cores", slots);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        JavaRDD<Tagged> rows =
                files.javaRDD().mapPartitions(new Extract(threads, now)).persist(StorageLevel.MEMORY_AND_DISK());
        if (before == null) {
            spark.conf().unset(minPartitions);
        } else {
            spark.conf().set(minPartitions, before);
        }
        for (String table : ExtractionTables.TABLES) {
            spark.createDataFrame(rows.filter(r -> r.table().equals(table)).map(Tagged::row), tagged(table))
                    .createOrReplaceTempView("extracted_" + table);
        }
        spark.createDataFrame(rows.filter(r -> r.table().equals("failures")).map(Tagged::row), FAILURES)
                .write()
                .mode(SaveMode.Overwrite)
                .parquet(out + "/failures");
        writeTables(out);
        Row counts = spark.sql("SELECT count(*), coalesce(sum(sentence_count), 0), coalesce(sum(assertion_count), 0)"
                        + " FROM corpus_documents")
                .first();
        long failures = spark.read().parquet(out + "/failures").count();
        rows.unpersist();
        return new Report(counts.getLong(0), counts.getLong(1), counts.getLong(2), failures);
    }

    /** The table's columns, then the source and the document id the row came from. */
    private StructType tagged(String table) {
        return tables.struct(table)
                .add("from_source", DataTypes.StringType, false)
                .add("from_document", DataTypes.StringType, false);
    }

    private void writeTables(String out) {
        // One document a content, the first by path; numbered in path order.
        Dataset<Row> documents = spark.sql("SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY id"
                        + " ORDER BY from_source) AS nth FROM extracted_documents) WHERE nth = 1")
                .drop("seq")
                .withColumn("seq", functions.row_number().over(Window.orderBy("source")));
        documents.cache().createOrReplaceTempView("corpus_documents");
        tables.write(documents, "documents", out);
        // Each actor as the last document naming it (in sequence order) describes it.
        spark.sql("SELECT a.id AS actor, max_by(a.from_source, d.seq) AS from_source FROM extracted_actors a"
                        + " JOIN corpus_documents d ON d.source = a.from_source GROUP BY a.id")
                .createOrReplaceTempView("describing");
        for (String table : ExtractionTables.TABLES) {
            if (table.equals("documents")) {
                continue;
            }
            String key = table.equals("actors") ? "id" : "actor";
            String sql = table.startsWith("actor")
                    ? "SELECT t.* FROM extracted_" + table + " t JOIN describing w ON w.actor = t." + key
                            + " AND w.from_source = t.from_source"
                    : "SELECT t.* FROM extracted_" + table + " t JOIN corpus_documents d ON d.source = t.from_source";
            tables.write(spark.sql(sql), table, out);
        }
    }

    /** One row of one table, with where it came from. */
    record Tagged(String table, Row row) implements Serializable {}

    /** Reads and extracts each file of a partition; the extractor is the executor's own. */
    static final class Extract implements FlatMapFunction<Iterator<Row>, Tagged> {
        private static final long serialVersionUID = 1L;
        private final int threads;
        private final Instant now;

        Extract(int threads, Instant now) {
            this.threads = threads;
            this.now = now;
        }

        /** The rows of one file at a time, so that a partition is never held in memory whole. */
        @Override
        public Iterator<Tagged> call(Iterator<Row> files) {
            int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
            return new Iterator<>() {
                private Iterator<Tagged> current = java.util.Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && files.hasNext()) {
                        Row file = files.next();
                        String source = file.getString(0);
                        if (Readers.isSupported(source)) {
                            current =
                                    extract(source, (byte[]) file.get(1), cores).iterator();
                        }
                    }
                    return current.hasNext();
                }

                @Override
                public Tagged next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return current.next();
                }
            };
        }

        private List<Tagged> extract(String source, byte[] content, int cores) {
            try {
                Extraction extraction = PerJvmExtractor.get(cores)
                        .extract(Readers.read(source, content).document());
                String document = extraction.document().id();
                List<Tagged> rows = new ArrayList<>();
                for (Map.Entry<String, List<List<Object>>> table :
                        ExtractionTables.rows(extraction, now, 0).entrySet()) {
                    for (List<Object> cells : table.getValue()) {
                        List<Object> tagged = new ArrayList<>();
                        cells.forEach(cell -> tagged.add(external(cell)));
                        tagged.add(source);
                        tagged.add(document);
                        rows.add(new Tagged(table.getKey(), RowFactory.create(tagged.toArray())));
                    }
                }
                return rows;
            } catch (InputException e) {
                return List.of(failure(source, e.getMessage()));
            } catch (RuntimeException e) {
                // As the ingest command: a fault in a stage must not take the job down; the file is reported.
                return List.of(failure(
                        source,
                        source + ": could not be processed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                                + ")"));
            }
        }

        /** A cell as Spark's rows hold it: lists as Scala sequences, days as SQL dates. */
        private static Object external(Object cell) {
            if (cell instanceof List<?> list) {
                return CollectionConverters.asScala(list).toSeq();
            }
            if (cell instanceof LocalDate day) {
                return java.sql.Date.valueOf(day);
            }
            return cell;
        }

        private static Tagged failure(String source, String reason) {
            return new Tagged("failures", RowFactory.create(source, reason));
        }
    }
}
