package org.entente.spark;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The event files a job's inputs name, and the lines of a zipped one. Spark's readers open plain
 * and gzipped files but not zips, which GDELT publishes; a zip is read whole, on an executor, from
 * its single entry, as the store's import reads it.
 */
final class EventInputs {
    private EventInputs() {}

    /**
     * The files of {@code inputs}, each a file, a folder (its files, not those of its sub-folders,
     * hidden ones and Spark's {@code _SUCCESS} aside, as Spark's readers take a folder) or a glob.
     *
     * @throws IllegalArgumentException naming an input that matches nothing
     */
    static List<String> files(SparkSession spark, List<String> inputs) {
        List<String> files = new ArrayList<>();
        try {
            for (String input : inputs) {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException(input + ": no such file or folder");
                }
                for (FileStatus match : matches) {
                    if (!match.isDirectory()) {
                        files.add(match.getPath().toString());
                        continue;
                    }
                    for (FileStatus child : fs.listStatus(match.getPath())) {
                        String name = child.getPath().getName();
                        if (child.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
                            files.add(child.getPath().toString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        return files;
    }

    /** Whether {@code file} is a zip archive, by its name, as the store tells. */
    static boolean zipped(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * The lines of the single file that the zip archive {@code content} holds; lines end at
     * {@code \n}, {@code \r\n} or {@code \r}, as Spark's text reader ends them.
     *
     * @throws IllegalArgumentException naming {@code path} when it is not a zip of one file
     */
    static List<String> unzip(String path, byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null) {
                throw new IllegalArgumentException(path + ": not a zip archive, or an empty one");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            if (zip.getNextEntry() != null) {
                throw new IllegalArgumentException(
                        path + ": a zip archive with more than one file; unpack it and give its files");
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalArgumentException(path + ": not a readable zip archive (" + e.getMessage() + ")", e);
        }
    }
}
