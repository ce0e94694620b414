package org.entente.app;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.core.Modality;
import org.entente.core.NetworkQuery;
import org.entente.core.PartialDate;
import org.entente.core.RelationKind;
import org.entente.core.Speaker;
import org.entente.store.Store;
import picocli.CommandLine.Option;

/** The window and filters every network command takes, turned into one {@link NetworkQuery}. */
final class WindowOptions {
    @Option(
            names = "--from",
            paramLabel = "DATE",
            converter = DateOption.class,
            description = "Window start (YYYY, YYYY-MM or YYYY-MM-DD); undated assertions are then left out.")
    PartialDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            converter = DateOption.class,
            description = "Window end, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).")
    PartialDate to;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            split = ",",
            description = "Only these kinds, e.g. --kind fight,assault or --kind alliance (default: all).")
    List<String> kinds = List.of();

    @Option(
            names = "--modality",
            paramLabel = "MODALITY",
            split = ",",
            description = "Only these modalities: asserted, reported, alleged, hypothetical, negated, or all"
                    + " (default: asserted,reported).")
    List<String> modalities = List.of();

    @Option(names = "--reviewed", description = "Only assertions an analyst accepted or corrected.")
    boolean reviewed;

    @Option(
            names = "--speaker",
            paramLabel = "author|ID",
            description = "Only the claims of this speaker: the documents' authors, or an actor quoted or reported.")
    String speaker;

    @Option(
            names = "--evidence",
            paramLabel = "N",
            defaultValue = "3",
            description = "Pieces of evidence shown per tie (default: ${DEFAULT-VALUE}).")
    int evidence = 3;

    /** True when any window or filter option was given. */
    boolean isGiven() {
        return from != null || to != null || !kinds.isEmpty() || !modalities.isEmpty() || reviewed || speaker != null;
    }

    Optional<LocalDate> start() {
        return Optional.ofNullable(from).map(PartialDate::first);
    }

    Optional<LocalDate> end() {
        return Optional.ofNullable(to).map(PartialDate::last);
    }

    /** The query of these options; a mistake in them is the user's, said as a usage error. */
    NetworkQuery query(Store store) {
        try {
            Set<RelationKind> kindSet = kinds.stream()
                    .map(RelationKind::ofLabel)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(RelationKind.class)));
            NetworkQuery query = NetworkQuery.defaults()
                    .window(start(), end())
                    .withKinds(kindSet)
                    .reviewedOnly(reviewed)
                    .withEvidence(evidence);
            if (!modalities.isEmpty()) {
                query = query.withModalities(modalities());
            }
            if (speaker != null) {
                query = query.withSpeaker(Optional.of(
                        "author".equals(speaker.trim())
                                ? Speaker.author()
                                : Speaker.actor(AssertionsCommand.actorId(speaker, store))));
            }
            return query;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Set<Modality> modalities() {
        if (modalities.stream().anyMatch(m -> m.trim().equalsIgnoreCase("all"))) {
            return EnumSet.allOf(Modality.class);
        }
        Set<Modality> chosen = EnumSet.noneOf(Modality.class);
        for (String m : modalities) {
            try {
                chosen.add(Modality.valueOf(m.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException(
                        "unknown modality '" + m + "': use asserted, reported, alleged, hypothetical, negated or all");
            }
        }
        return chosen;
    }

    /** "2020-01-01..2020-12-31", "..2020-12-31", or "all time". */
    String describe() {
        if (from == null && to == null) {
            return "all time";
        }
        return start().map(LocalDate::toString).orElse("") + ".."
                + end().map(LocalDate::toString).orElse("");
    }
}
