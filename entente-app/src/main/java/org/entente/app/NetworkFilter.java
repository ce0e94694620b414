package org.entente.app;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.analysis.Faction;
import org.entente.analysis.Quandary;
import org.entente.analysis.SignedNetwork;
import org.entente.core.Actor;
import org.entente.core.Modality;
import org.entente.core.NetworkQuery;
import org.entente.core.PartialDate;
import org.entente.core.RelationKind;
import org.entente.core.Speaker;
import org.entente.store.ActorSummary;
import org.entente.store.Store;

/**
 * A window and the filters of a network as a user typed them (the CLI's options or the API's query
 * parameters), and what they select: the store's query, its quandaries and factions. Every mistake in
 * them is an {@link IllegalArgumentException} whose message names the offending value.
 *
 * @param kinds relation kind labels; empty for all
 * @param modalities modality names or "all"; empty for the default, asserted and reported
 * @param speaker "author" or an actor id
 * @param evidence pieces of evidence per tie, at least 1
 */
public record NetworkFilter(
        Optional<PartialDate> from,
        Optional<PartialDate> to,
        List<String> kinds,
        List<String> modalities,
        boolean reviewed,
        Optional<String> speaker,
        int evidence) {

    public NetworkFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        kinds = List.copyOf(kinds);
        modalities = List.copyOf(modalities);
        Objects.requireNonNull(speaker, "speaker");
        if (evidence < 1) {
            throw new IllegalArgumentException("evidence per tie must be at least 1, not " + evidence);
        }
        if (from.isPresent()
                && to.isPresent()
                && from.get().first().isAfter(to.get().last())) {
            throw new IllegalArgumentException("the window starts " + from.get() + ", after it ends " + to.get());
        }
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; {@code name} says which field it was in the message. */
    public static PartialDate date(String text, String name) {
        try {
            return PartialDate.parse(text.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    name + " '" + text + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", e);
        }
    }

    public Optional<LocalDate> start() {
        return from.map(PartialDate::first);
    }

    public Optional<LocalDate> end() {
        return to.map(PartialDate::last);
    }

    /** The store's query for this filter, undirected. */
    public NetworkQuery query(Store store) {
        Set<RelationKind> kindSet = kinds.stream()
                .map(RelationKind::ofLabel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RelationKind.class)));
        NetworkQuery query = NetworkQuery.defaults()
                .window(start(), end())
                .withKinds(kindSet)
                .reviewedOnly(reviewed)
                .withEvidence(evidence);
        if (!modalities.isEmpty()) {
            query = query.withModalities(modalitySet());
        }
        if (speaker.isPresent()) {
            String typed = speaker.get().trim();
            query = query.withSpeaker(
                    Optional.of("author".equals(typed) ? Speaker.author() : Speaker.actor(actorId(typed, store))));
        }
        return query;
    }

    /** Actors with positive ties to two actors hostile to each other, sharpest first. */
    public List<Quandary> quandaries(Store store) {
        return Quandary.of(SignedNetwork.of(store.network(query(store))));
    }

    /** States whose actors' stances toward one target disagree, over the directed network. */
    public List<Faction> factions(Store store) {
        SignedNetwork stances = SignedNetwork.of(store.network(query(store).directed(true)));
        return Faction.of(
                stances, store.actors().stream().map(ActorSummary::actor).toList(), start(), end());
    }

    private Set<Modality> modalitySet() {
        if (modalities.stream().anyMatch(m -> m.trim().equalsIgnoreCase("all"))) {
            return EnumSet.allOf(Modality.class);
        }
        Set<Modality> chosen = EnumSet.noneOf(Modality.class);
        for (String m : modalities) {
            try {
                chosen.add(Modality.valueOf(m.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown modality '" + m + "': use asserted, reported, alleged, hypothetical, negated or all",
                        e);
            }
        }
        return chosen;
    }

    /** The id of an actor as typed, forgiving the case of state codes ("irn" finds IRN). */
    public static String actorId(String typed, Store store) {
        String id = typed.trim();
        String upper = id.toUpperCase(Locale.ROOT);
        if (store.actor(id).isEmpty() && store.actor(upper).isPresent()) {
            id = upper;
        }
        if (!Actor.isValidId(id)) {
            throw new IllegalArgumentException(
                    "'" + typed + "' is not an actor id (ISO alpha-3 such as IRN, or a slug such as fars-news)");
        }
        return id;
    }
}
