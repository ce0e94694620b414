package org.entente.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One text's claim that source actors did something to, or stand in some relation to, target
 * actors. Dated assertions are the events of the network.
 *
 * @param id stable across re-ingestion of the same document: see {@link #idOf}
 * @param intensity Goldstein-like, in [-10, 10]; its sign agrees with {@code sign}
 * @param confidence the coder's confidence in [0, 1]
 */
public record Assertion(
        String id,
        List<String> sources,
        List<String> targets,
        RelationKind kind,
        Sign sign,
        double intensity,
        TimeSpan time,
        Modality modality,
        Speaker speaker,
        double confidence,
        Evidence evidence) {

    public Assertion {
        Require.text(id, "id");
        sources = Require.nonEmpty(sources, "sources");
        targets = Require.nonEmpty(targets, "targets");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sign, "sign");
        Require.between(intensity, -10, 10, "intensity");
        if (Sign.ofWeight(intensity) != sign) {
            throw new IllegalArgumentException("sign " + sign + " disagrees with intensity " + intensity);
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(speaker, "speaker");
        Require.between(confidence, 0, 1, "confidence");
        Objects.requireNonNull(evidence, "evidence");
        for (String source : sources) {
            if (targets.contains(source)) {
                throw new IllegalArgumentException("actor " + source + " is both source and target");
            }
        }
    }

    /**
     * A stable id: the same document, sentence, actors and kind give the same id on every run,
     * so reviews keep pointing at the assertion they judged. Sixteen hex digits of a SHA-256.
     */
    public static String idOf(
            String document, int sentence, List<String> sources, List<String> targets, RelationKind kind) {
        String key = document
                + '|'
                + sentence
                + '|'
                + String.join(",", sources)
                + '>'
                + String.join(",", targets)
                + '|'
                + kind;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
