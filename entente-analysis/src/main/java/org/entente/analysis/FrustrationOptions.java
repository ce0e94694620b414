package org.entente.analysis;

/**
 * How hard to look for the frustration index.
 *
 * @param maxSeconds wall-clock budget; when it runs out the best partition found is returned with
 *     its lower bound and {@code optimal = false}
 * @param workers threads of the exact solver (at least 1). Each component is first tried with one
 *     thread running the LP-based strategy, the fastest on balance models, for a short bounded
 *     effort; if that does not prove it, with this many threads for the time left (two: LP and
 *     core-based bounding; more: CP-SAT's whole portfolio). With 1, the first try has all the time
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

    /** One minute, four workers, seed 1. */
    public static FrustrationOptions defaults() {
        return new FrustrationOptions(60, 4, 1);
    }

    public FrustrationOptions withMaxSeconds(double seconds) {
        return new FrustrationOptions(seconds, workers, seed);
    }

    public FrustrationOptions withWorkers(int count) {
        return new FrustrationOptions(maxSeconds, count, seed);
    }
}
