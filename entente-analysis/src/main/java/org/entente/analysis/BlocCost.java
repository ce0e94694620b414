package org.entente.analysis;

/**
 * The weights of the two kinds of error of a bloc partition, as integers for the solver: a negative
 * tie inside a bloc costs {@code negative}, a positive tie between blocs {@code positive}, the two
 * summing to {@link #SCALE}. alpha is rounded to 1/SCALE.
 */
record BlocCost(int negative, int positive) {
    static final int SCALE = 10_000;

    static BlocCost of(double alpha) {
        int negative = (int) Math.round(alpha * SCALE);
        return new BlocCost(negative, SCALE - negative);
    }

    BlocCost {
        if (negative <= 0 || positive <= 0) {
            throw new IllegalArgumentException("both kinds of error must weigh something");
        }
    }

    /** The cost, in scaled units, of edge e when its ends are in the same bloc or not. */
    int of(SignedGraph graph, int e, boolean within) {
        if (graph.sign(e) < 0) {
            return within ? negative : 0;
        }
        return within ? 0 : positive;
    }

    double error(int negativeWithin, int positiveBetween) {
        return ((double) negative * negativeWithin + (double) positive * positiveBetween) / SCALE;
    }
}
