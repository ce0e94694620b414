package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class StoreLockIT {
    @TempDir
    Path folder;

    @Test
    void open_storeHeldByAnotherProcess_saysItIsInUseWithThatPid() throws Exception {
        Path file = folder.resolve("entente.duckdb").toAbsolutePath();
        try (Store store = Store.open(file)) {
            store.ingest(Samples.extraction("a"), false);
        }
        try (ChildJvm child = ChildJvm.start(HoldStore.class, file.toString())) {
            child.await("OPEN " + Migrations.LATEST, Duration.ofSeconds(60));

            assertThatThrownBy(() -> Store.open(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("store " + file + " is in use by another process (PID " + child.pid()
                            + "); close it or choose another store with --db");
        }
        try (Store store = Store.open(file)) {
            assertThat(store.documents()).hasSize(1);
        }
    }
}
