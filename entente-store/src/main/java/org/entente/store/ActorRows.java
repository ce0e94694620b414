package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.core.Actor;
import org.entente.core.ActorType;
import org.entente.core.Affiliation;
import org.entente.core.Alias;
import org.entente.core.AliasKind;
import org.entente.core.Period;

/** Writes and reads actors, which all documents share. */
final class ActorRows {
    private final Connection connection;

    ActorRows(Connection connection) {
        this.connection = connection;
    }

    /**
     * Inserts each actor or overwrites the stored one with the same id, aliases and affiliations too;
     * of two actors with one id in the list, the later wins. A few statements whatever the count.
     */
    void upsert(List<Actor> actors) throws SQLException {
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(actor -> byId.put(actor.id(), actor));
        if (byId.isEmpty()) {
            return;
        }
        java.sql.Array ids = connection.createArrayOf("VARCHAR", byId.keySet().toArray());
        for (String table : List.of(
                "actors WHERE list_contains(?, id)",
                "actor_aliases WHERE list_contains(?, actor)",
                "actor_affiliations WHERE list_contains(?, actor)")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table)) {
                delete.setArray(1, ids);
                delete.executeUpdate();
            }
        }
        write(byId.values(), table -> new Rows(connection, table));
    }

    /** Writes the rows of the actors, aliases and affiliations of {@code actors} to {@code target}. */
    static void write(Iterable<Actor> actors, Rows.Target target) throws SQLException {
        try (Rows rows = target.open("actors");
                Rows aliases = target.open("actor_aliases");
                Rows ties = target.open("actor_affiliations")) {
            for (Actor actor : actors) {
                rows.begin()
                        .text(actor.id())
                        .text(actor.name())
                        .text(actor.type().name())
                        .end();
                for (int i = 0; i < actor.aliases().size(); i++) {
                    Alias alias = actor.aliases().get(i);
                    aliases.begin()
                            .text(actor.id())
                            .number(i)
                            .text(alias.text())
                            .text(alias.kind().name())
                            .end();
                }
                for (int i = 0; i < actor.affiliations().size(); i++) {
                    Affiliation tie = actor.affiliations().get(i);
                    ties.begin()
                            .text(actor.id())
                            .number(i)
                            .text(tie.actor())
                            .text(tie.role())
                            .date(tie.period().from())
                            .date(tie.period().to())
                            .end();
                }
            }
        }
    }

    /** Every actor with its assertion count, most named first, then by id. */
    List<ActorSummary> summaries() throws SQLException {
        Map<String, List<Alias>> aliases = aliases(Optional.empty());
        Map<String, List<Affiliation>> ties = affiliations(Optional.empty());
        List<ActorSummary> summaries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT a.id, a.name, a.type,"
                        + " coalesce(n.assertions, 0) AS assertions FROM actors a LEFT JOIN ("
                        + " SELECT named, count(DISTINCT id) AS assertions FROM ("
                        + " SELECT id, unnest(list_concat(sources, targets)) AS named FROM all_assertions)"
                        + " GROUP BY named) n ON n.named = a.id ORDER BY assertions DESC, a.id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                summaries.add(new ActorSummary(actor(rows, aliases, ties), rows.getInt("assertions")));
            }
        }
        return summaries;
    }

    Optional<Actor> find(String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, name, type FROM actors WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(actor(row, aliases(Optional.of(id)), affiliations(Optional.of(id))));
            }
        }
    }

    private static Actor actor(ResultSet row, Map<String, List<Alias>> aliases, Map<String, List<Affiliation>> ties)
            throws SQLException {
        String id = row.getString("id");
        return new Actor(
                id,
                row.getString("name"),
                ActorType.valueOf(row.getString("type")),
                aliases.getOrDefault(id, List.of()),
                ties.getOrDefault(id, List.of()));
    }

    private Map<String, List<Alias>> aliases(Optional<String> actor) throws SQLException {
        Map<String, List<Alias>> byActor = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT actor, text, kind FROM actor_aliases"
                + " WHERE CAST(? AS VARCHAR) IS NULL OR actor = ? ORDER BY actor, position")) {
            query.setString(1, actor.orElse(null));
            query.setString(2, actor.orElse(null));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byActor.computeIfAbsent(rows.getString("actor"), a -> new ArrayList<>())
                            .add(new Alias(rows.getString("text"), AliasKind.valueOf(rows.getString("kind"))));
                }
            }
        }
        return byActor;
    }

    private Map<String, List<Affiliation>> affiliations(Optional<String> actor) throws SQLException {
        Map<String, List<Affiliation>> byActor = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT actor, other, role, valid_from, valid_to"
                + " FROM actor_affiliations WHERE CAST(? AS VARCHAR) IS NULL OR actor = ? ORDER BY actor, position")) {
            query.setString(1, actor.orElse(null));
            query.setString(2, actor.orElse(null));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Period period = new Period(Columns.date(rows, "valid_from"), Columns.date(rows, "valid_to"));
                    byActor.computeIfAbsent(rows.getString("actor"), a -> new ArrayList<>())
                            .add(new Affiliation(rows.getString("other"), rows.getString("role"), period));
                }
            }
        }
        return byActor;
    }
}
