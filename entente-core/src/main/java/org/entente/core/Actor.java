package org.entente.core;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A state, organisation, person, faction, outlet or armed group that can stand in a relation.
 *
 * <p>Ids are stable: ISO 3166 alpha-3 codes for states ("IRN"), lower-case slugs otherwise
 * ("nato", "irgc", "javad-zarif").
 */
public record Actor(String id, String name, ActorType type, List<Alias> aliases, List<Affiliation> affiliations) {
    private static final Pattern ID = Pattern.compile("[A-Z]{3}|[a-z0-9][a-z0-9.-]{0,63}");

    public Actor {
        Require.text(id, "id");
        if (!ID.matcher(id).matches() || "author".equals(id)) {
            throw new IllegalArgumentException(
                    "actor id '" + id + "' is neither an ISO alpha-3 code nor a lower-case slug");
        }
        Require.text(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = Require.list(aliases, "aliases");
        affiliations = Require.list(affiliations, "affiliations");
        if (type == ActorType.STATE && !id.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("state " + name + " needs an ISO alpha-3 id, not '" + id + "'");
        }
    }

    /** True when the id has the form of a state's ISO code or a slug; for validating user input. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches() && !"author".equals(id);
    }
}
