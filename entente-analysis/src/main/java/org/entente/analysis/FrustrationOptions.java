package org.entente.analysis;

/**
 * How hard to look for the frustration index.
 *
 * @param maxSeconds wall-clock budget; when it runs out the best partition found is returned with
 *     its lower bound and {@code optimal = false}
 * @param workers search strategies the exact solver runs side by side, one thread each (at least
 *     1); eight is much faster than two even on two cores, as the strategies complement each other
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

    /** One minute, eight strategies, seed 1. */
    public static FrustrationOptions defaults() {
        return new FrustrationOptions(60, 8, 1);
    }

    public FrustrationOptions withMaxSeconds(double seconds) {
        return new FrustrationOptions(seconds, workers, seed);
    }
}
