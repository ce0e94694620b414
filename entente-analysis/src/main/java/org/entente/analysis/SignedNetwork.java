package org.entente.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entente.core.Assertion;
import org.entente.core.Sign;

/**
 * The signed, weighted network of actors in a window: one undirected tie per pair of actors that
 * some assertion joins, weighted by the sum of the assertions' intensities. An assertion with
 * several sources or targets adds to every source-target pair. Neutral assertions (intensity 0) are
 * kept as evidence of a tie but do not move its weight.
 *
 * <p>Cost: O(a * s * t) for a assertions with s sources and t targets each. Immutable.
 */
public record SignedNetwork(List<String> actors, List<Tie> ties) {

    public SignedNetwork {
        actors = List.copyOf(actors);
        ties = List.copyOf(ties);
    }

    public static SignedNetwork of(Collection<Assertion> assertions, NetworkOptions options) {
        Map<String, TieBuilder> byPair = new LinkedHashMap<>();
        for (Assertion assertion : assertions) {
            if (!admits(assertion, options)) {
                continue;
            }
            for (String source : assertion.sources()) {
                for (String target : assertion.targets()) {
                    String first = source.compareTo(target) < 0 ? source : target;
                    String second = first.equals(source) ? target : source;
                    byPair.computeIfAbsent(first + '\t' + second, k -> new TieBuilder(first, second))
                            .add(assertion);
                }
            }
        }
        TreeSet<String> actors = new TreeSet<>();
        List<Tie> ties = new ArrayList<>(byPair.size());
        for (TieBuilder builder : byPair.values()) {
            ties.add(builder.build());
            actors.add(builder.first);
            actors.add(builder.second);
        }
        ties.sort(Comparator.comparingDouble((Tie t) -> -Math.abs(t.weight()))
                .thenComparing(Tie::first)
                .thenComparing(Tie::second));
        return new SignedNetwork(List.copyOf(actors), ties);
    }

    private static boolean admits(Assertion assertion, NetworkOptions options) {
        if (options.factualOnly() && !assertion.modality().isFactual()) {
            return false;
        }
        if (options.from().isEmpty() && options.to().isEmpty()) {
            return true;
        }
        LocalDate from = options.from().orElse(LocalDate.MIN);
        LocalDate to = options.to().orElse(LocalDate.MAX);
        return assertion.time().overlaps(from, to);
    }

    /** The ties of one sign, strongest first. */
    public List<Tie> ties(Sign sign) {
        return ties.stream().filter(t -> t.sign() == sign).toList();
    }

    /** The {@code n} ties with the largest absolute weight. */
    public List<Tie> strongest(int n) {
        return ties.subList(0, Math.min(n, ties.size()));
    }

    private static final class TieBuilder {
        private final String first;
        private final String second;
        private final List<String> assertions = new ArrayList<>();
        private double weight;

        TieBuilder(String first, String second) {
            this.first = first;
            this.second = second;
        }

        void add(Assertion assertion) {
            weight += assertion.intensity();
            assertions.add(assertion.id());
        }

        Tie build() {
            return new Tie(first, second, weight, assertions);
        }
    }
}
