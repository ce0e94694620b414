package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.core.AssertionQuery;
import org.entente.core.Extraction;

/**
 * Prints how long the store takes to ingest, replace and read back a large generated extraction.
 * A measurement, not a test: run it by hand with the test class path, e.g.
 * {@code java -cp ... org.entente.store.IngestTiming 100000}.
 */
public final class IngestTiming {
    private IngestTiming() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createTempDirectory("entente-timing");
        Extraction extraction = Samples.large("timing", count);
        try (Store store = Store.open(folder.resolve("entente.duckdb"))) {
            long start = System.nanoTime();
            IngestResult added = store.ingest(extraction, false);
            long ingested = System.nanoTime();
            store.ingest(extraction, true);
            long replaced = System.nanoTime();
            int read = store.assertions(AssertionQuery.all()).size();
            long listed = System.nanoTime();
            System.out.printf(
                    "%d assertions: ingest %d ms (%s), replace %d ms, read back %d in %d ms, file %d KiB%n",
                    count,
                    (ingested - start) / 1_000_000,
                    added.status(),
                    (replaced - ingested) / 1_000_000,
                    read,
                    (listed - replaced) / 1_000_000,
                    Files.size(store.path()) / 1024);
        }
    }
}
