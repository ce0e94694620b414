package org.entente.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * The assertions behind {@code ids}, in order, at most {@code limit}, one per sentence: several
     * assertions coded from one sentence show it once.
     */
    List<Assertion> sentences(List<String> ids, int limit) {
        Set<String> seen = new HashSet<>();
        List<Assertion> shown = new ArrayList<>();
        for (String id : ids) {
            if (shown.size() == limit) {
                break;
            }
            store.assertion(id)
                    .filter(a -> seen.add(
                            a.evidence().document() + "#" + a.evidence().sentence()))
                    .ifPresent(shown::add);
        }
        return shown;
    }

    /** Prints {@link #sentences}, one line each, indented, with their date and id. */
    void evidence(PrintWriter out, List<String> ids, int limit) {
        sentences(ids, limit).forEach(a -> out.println("      " + line(a)));
    }

    /** 2020-10-04  "The sentence..."  [id] */
    static String line(Assertion a) {
        String when = a.time().isKnown() ? a.time().toString() : "undated";
        return when + "  \"" + Table.fit(a.evidence().text(), 100) + "\"  [" + a.id() + "]";
    }
}
