package org.entente.app;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.core.Assertion;
import org.entente.core.Tie;
import org.entente.store.ActorSummary;
import org.entente.store.Store;

/** How the network commands write actors, ties and their evidence for a reader. */
final class Names {
    private final Store store;
    private final Map<String, String> names = new HashMap<>();

    Names(Store store) {
        this.store = store;
        for (ActorSummary a : store.actors()) {
            names.put(a.actor().id(), a.actor().name());
        }
    }

    /** "Iran (IRN)", or the bare id of an actor the store does not know. */
    String of(String id) {
        String name = names.get(id);
        return name == null || name.equals(id) ? id : name + " (" + id + ")";
    }

    /** "+6.0 from 3 assertions". */
    static String weight(Tie tie) {
        return String.format(
                Locale.ROOT, "%+.1f from %d assertion%s", tie.weight(), tie.count(), tie.count() == 1 ? "" : "s");
    }

    /**
     * Prints the sentences behind {@code ids}, at most {@code limit}, one line each, indented, with
     * their date and id; a sentence behind several of the assertions is printed once.
     */
    void evidence(PrintWriter out, List<String> ids, int limit) {
        Set<String> shown = new HashSet<>();
        for (String id : ids) {
            Optional<Assertion> assertion = store.assertion(id);
            if (shown.size() == limit) {
                break;
            }
            if (assertion.isPresent()
                    && shown.add(assertion.get().evidence().document() + "#"
                            + assertion.get().evidence().sentence())) {
                out.println("      " + line(assertion.get()));
            }
        }
    }

    /** 2020-10-04  "The sentence..."  [id] */
    static String line(Assertion a) {
        String when = a.time().isKnown() ? a.time().toString() : "undated";
        return when + "  \"" + Table.fit(a.evidence().text(), 100) + "\"  [" + a.id() + "]";
    }
}
