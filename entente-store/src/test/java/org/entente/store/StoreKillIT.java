package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.core.AssertionQuery;
import org.entente.core.Extraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class StoreKillIT {
    private static final int LARGE = 200_000;

    @TempDir
    Path folder;

    @Test
    void killDuringIngest_leavesEarlierDocumentIntact_andTheInterruptedOneAbsentAndIngestable() throws Exception {
        Path file = folder.resolve("entente.duckdb");
        Extraction earlier = Samples.extraction("a");
        try (Store store = Store.open(file)) {
            store.ingest(earlier, false);
        }
        List<String> printed;
        try (ChildJvm child = ChildJvm.start(IngestLarge.class, file.toString(), "killed", String.valueOf(LARGE))) {
            child.await(IngestLarge.BEFORE, Duration.ofSeconds(120));
            Thread.sleep(300);
            printed = child.kill();
        }
        assertThat(printed).as("the kill must land before the ingest returns").doesNotContain(IngestLarge.AFTER);

        Extraction interrupted = Samples.large("killed", LARGE);
        try (Store store = Store.open(file)) {
            assertThat(store.documents())
                    .extracting(DocumentSummary::id)
                    .containsExactly(earlier.document().id());
            assertThat(store.document(earlier.document().id())).contains(earlier.document());
            assertThat(store.assertions(AssertionQuery.all()))
                    .containsExactlyInAnyOrderElementsOf(earlier.assertions());
            assertThat(store.document(interrupted.document().id())).isEmpty();
            assertThat(store.sentences(interrupted.document().id())).isEmpty();

            long start = System.nanoTime();
            IngestResult again = store.ingest(interrupted, false);
            System.out.printf(
                    "re-ingest of %d assertions after kill -9: %d ms%n",
                    LARGE, (System.nanoTime() - start) / 1_000_000);

            assertThat(again.status()).isEqualTo(IngestResult.Status.ADDED);
            assertThat(again.assertions()).isEqualTo(LARGE);
            assertThat(store.assertions(AssertionQuery.all()))
                    .hasSize(LARGE + earlier.assertions().size());
        }
    }
}
