package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysts' actor merges, resolved: every id maps to the actor it was finally folded into. A
 * later merge of the same actor overrides an earlier one; a chain (A into B, B into C) resolves to
 * its end, and a loop stops at the last actor before it would repeat.
 */
final class Merges {
    private final Map<String, String> into;

    private Merges(Map<String, String> into) {
        this.into = into;
    }

    static Merges load(Connection connection) throws SQLException {
        Map<String, String> into = new HashMap<>();
        try (PreparedStatement query =
                        connection.prepareStatement("SELECT actor, into_actor FROM actor_reviews WHERE kind = 'MERGE'"
                                + " AND id NOT IN (SELECT review FROM review_undos) ORDER BY seq");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                into.put(rows.getString(1), rows.getString(2));
            }
        }
        return new Merges(into);
    }

    boolean isEmpty() {
        return into.isEmpty();
    }

    String resolve(String actor) {
        String current = actor;
        Set<String> seen = new HashSet<>();
        while (into.containsKey(current) && seen.add(current)) {
            String next = into.get(current);
            if (seen.contains(next)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** Every id that resolves to the same actor as {@code actor}, itself first. */
    List<String> members(String actor) {
        String root = resolve(actor);
        Set<String> members = new LinkedHashSet<>();
        members.add(actor);
        members.add(root);
        for (String merged : into.keySet()) {
            if (resolve(merged).equals(root)) {
                members.add(merged);
            }
        }
        return List.copyOf(members);
    }

    /** The ids resolved, in order, each once. */
    List<String> resolve(List<String> actors) {
        if (into.isEmpty()) {
            return actors;
        }
        Set<String> resolved = new LinkedHashSet<>();
        actors.forEach(a -> resolved.add(resolve(a)));
        return List.copyOf(resolved);
    }
}
