package org.entente.analysis;

/**
 * How hard to look for the frustration index.
 *
 * @param maxSeconds wall-clock budget; when it runs out the best partition found is returned with
 *     its lower bound and {@code optimal = false}
 * @param workers threads of the exact solver (at least 1): one runs its LP-based strategy, the
 *     fastest on balance models; two add core-based lower bounding; more run CP-SAT's whole
 *     portfolio. Separate graphs (windows) are better solved side by side, one worker each
 * @param seed seed of the local search, so runs repeat exactly
 */
public record FrustrationOptions(double maxSeconds, int workers, long seed) {
    public FrustrationOptions {
        if (!(maxSeconds > 0) || Double.isInfinite(maxSeconds)) {
            throw new IllegalArgumentException(
                    "the time budget must be a positive number of seconds, not " + maxSeconds);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker is needed, not " + workers);
        }
    }

    /** One minute, one worker, seed 1. */
    public static FrustrationOptions defaults() {
        return new FrustrationOptions(60, 1, 1);
    }

    public FrustrationOptions withMaxSeconds(double seconds) {
        return new FrustrationOptions(seconds, workers, seed);
    }

    public FrustrationOptions withWorkers(int count) {
        return new FrustrationOptions(maxSeconds, count, seed);
    }
}
