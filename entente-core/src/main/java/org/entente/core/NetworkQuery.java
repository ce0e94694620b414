package org.entente.core;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which assertions a network is built from, and how. Rejected assertions never enter; corrected
 * ones enter as corrected.
 *
 * @param from keep assertions whose span ends on or after this day (undated ones are dropped)
 * @param to keep assertions whose span starts on or before this day (undated ones are dropped)
 * @param kinds keep only these kinds; empty keeps every kind
 * @param modalities keep only these modalities; by default the factual ones, asserted and reported
 * @param reviewedOnly keep only assertions an analyst accepted or corrected
 * @param speaker keep only the claims of this speaker: the author, or a quoted actor
 * @param directed one tie per source and target (a stance) rather than one per pair of actors
 * @param evidencePerTie how many assertion ids each tie carries, at least 1
 */
public record NetworkQuery(
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Set<RelationKind> kinds,
        Set<Modality> modalities,
        boolean reviewedOnly,
        Optional<Speaker> speaker,
        boolean directed,
        int evidencePerTie) {

    public static final int DEFAULT_EVIDENCE = 5;

    public NetworkQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        kinds = Set.copyOf(kinds);
        modalities = Set.copyOf(modalities);
        if (modalities.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one modality");
        }
        Objects.requireNonNull(speaker, "speaker");
        if (evidencePerTie < 1) {
            throw new IllegalArgumentException("evidencePerTie must be at least 1, not " + evidencePerTie);
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("the window starts " + from.get() + ", after it ends " + to.get());
        }
    }

    /** Every factual assertion, dated or not, undirected, with five pieces of evidence per tie. */
    public static NetworkQuery defaults() {
        return new NetworkQuery(
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                EnumSet.of(Modality.ASSERTED, Modality.REPORTED),
                false,
                Optional.empty(),
                false,
                DEFAULT_EVIDENCE);
    }

    public NetworkQuery window(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new NetworkQuery(from, to, kinds, modalities, reviewedOnly, speaker, directed, evidencePerTie);
    }

    public NetworkQuery withKinds(Set<RelationKind> kinds) {
        return new NetworkQuery(from, to, kinds, modalities, reviewedOnly, speaker, directed, evidencePerTie);
    }

    public NetworkQuery withModalities(Set<Modality> modalities) {
        return new NetworkQuery(from, to, kinds, modalities, reviewedOnly, speaker, directed, evidencePerTie);
    }

    public NetworkQuery reviewedOnly(boolean reviewedOnly) {
        return new NetworkQuery(from, to, kinds, modalities, reviewedOnly, speaker, directed, evidencePerTie);
    }

    public NetworkQuery withSpeaker(Optional<Speaker> speaker) {
        return new NetworkQuery(from, to, kinds, modalities, reviewedOnly, speaker, directed, evidencePerTie);
    }

    public NetworkQuery directed(boolean directed) {
        return new NetworkQuery(from, to, kinds, modalities, reviewedOnly, speaker, directed, evidencePerTie);
    }

    public NetworkQuery withEvidence(int evidencePerTie) {
        return new NetworkQuery(from, to, kinds, modalities, reviewedOnly, speaker, directed, evidencePerTie);
    }

    public boolean isDated() {
        return from.isPresent() || to.isPresent();
    }
}
