package org.entente.store;

import java.io.IOException;
import java.nio.file.Path;

/** A child process for {@link StoreLockIT}: opens the store, says so, and holds it until stdin closes. */
public final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws IOException {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("OPEN " + store.schemaVersion());
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the store until the parent closes our stdin or kills us
            }
        }
    }
}
