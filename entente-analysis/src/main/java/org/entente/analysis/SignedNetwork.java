package org.entente.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.core.Sign;
import org.entente.core.Tie;

/**
 * The signed, weighted network of actors in a window: its actors and its ties, strongest first. The
 * store builds the ties ({@code Store.network}); this class holds them for the analyses. Immutable.
 */
public record SignedNetwork(List<String> actors, List<Tie> ties) {

    public SignedNetwork {
        actors = List.copyOf(actors);
        ties = List.copyOf(ties);
    }

    /** The network of these ties; its actors are their ends, sorted. */
    public static SignedNetwork of(Collection<Tie> ties) {
        TreeSet<String> actors = new TreeSet<>();
        for (Tie tie : ties) {
            actors.add(tie.first());
            actors.add(tie.second());
        }
        return new SignedNetwork(List.copyOf(actors), List.copyOf(ties));
    }

    /** The ties of one sign, in the network's order. */
    public List<Tie> ties(Sign sign) {
        return ties.stream().filter(t -> t.sign() == sign).toList();
    }

    /** The {@code n} first ties: the strongest when the network came from the store. */
    public List<Tie> strongest(int n) {
        return ties.subList(0, Math.min(n, ties.size()));
    }

    /** The tie between two actors, in either order. */
    public Optional<Tie> tie(String a, String b) {
        return ties.stream()
                .filter(t -> t.touches(a) && t.touches(b) && !a.equals(b))
                .findFirst();
    }

    /** The ties touching {@code actor} and its neighbours' ties among themselves: its ego network. */
    public SignedNetwork egoNetwork(String actor) {
        Map<String, Tie> own = ties.stream()
                .filter(t -> t.touches(actor))
                .collect(Collectors.toMap(t -> t.other(actor), Function.identity()));
        return of(ties.stream()
                .filter(t -> t.touches(actor) || (own.containsKey(t.first()) && own.containsKey(t.second())))
                .toList());
    }
}
