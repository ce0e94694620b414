package org.entente.store;

import java.nio.file.Path;
import org.entente.core.Extraction;

/**
 * A child process for {@link StoreKillIT}: builds a large extraction, prints a line just before it
 * ingests and another when the ingest has returned.
 */
public final class IngestLarge {
    static final String BEFORE = "INGESTING";
    static final String AFTER = "INGESTED";

    private IngestLarge() {}

    public static void main(String[] args) {
        Extraction extraction = Samples.large(args[1], Integer.parseInt(args[2]));
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println(BEFORE);
            System.out.flush();
            IngestResult result = store.ingest(extraction, false);
            System.out.println(AFTER);
            System.out.println(result);
            System.out.flush();
        }
    }
}
