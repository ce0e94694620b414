package org.entente.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.entente.core.NetworkQuery;
import org.entente.core.PartialDate;
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

    NetworkFilter filter() {
        try {
            return new NetworkFilter(
                    Optional.ofNullable(from),
                    Optional.ofNullable(to),
                    kinds,
                    modalities,
                    reviewed,
                    Optional.ofNullable(speaker),
                    evidence);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    Optional<LocalDate> start() {
        return filter().start();
    }

    Optional<LocalDate> end() {
        return filter().end();
    }

    /** The query of these options; a mistake in them is the user's, said as a usage error. */
    NetworkQuery query(Store store) {
        return select(filter -> filter.query(store));
    }

    /** What these options select; a mistake in them is the user's, said as a usage error. */
    <T> T select(Function<NetworkFilter, T> selection) {
        NetworkFilter filter = filter();
        try {
            return selection.apply(filter);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
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
