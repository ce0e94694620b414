package org.entente.analysis;

/**
 * The signed triangles of a graph, by their number of negative edges. Triangles with an even number
 * of negative edges (+++ and +--) are balanced: a friend's friend is a friend, an enemy's enemy is a
 * friend. Triangles ++- and --- are not.
 *
 * <p>Counted once each by orienting every edge from the lower to the higher (degree, index) rank and
 * intersecting out-neighbourhoods: O(m^1.5) time, O(n + m) space (Chiba and Nishizeki; Latapy).
 */
public record TriangleCensus(long allPositive, long oneNegative, long twoNegative, long allNegative) {
    public TriangleCensus {
        if (allPositive < 0 || oneNegative < 0 || twoNegative < 0 || allNegative < 0) {
            throw new IllegalArgumentException("triangle counts cannot be negative");
        }
    }

    public static TriangleCensus of(SignedGraph graph) {
        int n = graph.nodeCount();
        int[] outStart = new int[n + 1];
        for (int v = 0; v < n; v++) {
            for (int s = graph.firstSlot(v); s < graph.firstSlot(v + 1); s++) {
                if (before(graph, v, graph.neighbour(s))) {
                    outStart[v + 1]++;
                }
            }
        }
        for (int v = 0; v < n; v++) {
            outStart[v + 1] += outStart[v];
        }
        int[] out = new int[outStart[n]];
        byte[] outSign = new byte[outStart[n]];
        int[] fill = java.util.Arrays.copyOf(outStart, n);
        for (int v = 0; v < n; v++) {
            for (int s = graph.firstSlot(v); s < graph.firstSlot(v + 1); s++) {
                int w = graph.neighbour(s);
                if (before(graph, v, w)) {
                    out[fill[v]] = w;
                    outSign[fill[v]++] = (byte) graph.sign(graph.edgeAt(s));
                }
            }
        }
        long[] byNegatives = new long[4];
        byte[] mark = new byte[n];
        for (int u = 0; u < n; u++) {
            for (int i = outStart[u]; i < outStart[u + 1]; i++) {
                mark[out[i]] = outSign[i];
            }
            for (int i = outStart[u]; i < outStart[u + 1]; i++) {
                int v = out[i];
                int uv = outSign[i] < 0 ? 1 : 0;
                for (int j = outStart[v]; j < outStart[v + 1]; j++) {
                    byte uw = mark[out[j]];
                    if (uw != 0) {
                        byNegatives[uv + (uw < 0 ? 1 : 0) + (outSign[j] < 0 ? 1 : 0)]++;
                    }
                }
            }
            for (int i = outStart[u]; i < outStart[u + 1]; i++) {
                mark[out[i]] = 0;
            }
        }
        return new TriangleCensus(byNegatives[0], byNegatives[1], byNegatives[2], byNegatives[3]);
    }

    private static boolean before(SignedGraph graph, int v, int w) {
        int dv = graph.degree(v);
        int dw = graph.degree(w);
        return dv < dw || (dv == dw && v < w);
    }

    public long total() {
        return allPositive + oneNegative + twoNegative + allNegative;
    }

    public long balanced() {
        return allPositive + twoNegative;
    }

    /** Balanced triangles over all triangles; 1 when there are none (nothing is out of balance). */
    public double balancedShare() {
        long total = total();
        return total == 0 ? 1.0 : (double) balanced() / total;
    }
}
