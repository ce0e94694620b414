package org.entente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.core.Sign;

/**
 * An immutable, simple, undirected signed graph: named nodes and edges signed +1 or -1, with no
 * self-loops and at most one edge per pair. Nodes are numbered 0..n-1 in order of first appearance;
 * edges 0..m-1 in the order given. Adjacency is stored compactly (CSR), so a graph of millions of
 * edges costs a few integer arrays.
 */
public final class SignedGraph {
    private final List<String> nodes;
    private final int[] from;
    private final int[] to;
    private final byte[] sign;
    private final int[] start;
    private final int[] neighbour;
    private final int[] edgeOf;
    private final int negativeEdges;

    private SignedGraph(List<String> nodes, int[] from, int[] to, byte[] sign) {
        this.nodes = List.copyOf(nodes);
        this.from = from;
        this.to = to;
        this.sign = sign;
        int n = nodes.size();
        start = new int[n + 1];
        for (int e = 0; e < from.length; e++) {
            start[from[e] + 1]++;
            start[to[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, n);
        neighbour = new int[2 * from.length];
        edgeOf = new int[2 * from.length];
        int negatives = 0;
        for (int e = 0; e < from.length; e++) {
            neighbour[fill[from[e]]] = to[e];
            edgeOf[fill[from[e]]++] = e;
            neighbour[fill[to[e]]] = from[e];
            edgeOf[fill[to[e]]++] = e;
            negatives += sign[e] < 0 ? 1 : 0;
        }
        negativeEdges = negatives;
    }

    /**
     * The graph of these edges; its nodes are the edges' ends.
     *
     * @throws IllegalArgumentException if two edges join the same pair (in either order)
     */
    public static SignedGraph of(Collection<SignedEdge> edges) {
        Map<String, Integer> index = new HashMap<>();
        List<String> nodes = new ArrayList<>();
        int m = edges.size();
        int[] from = new int[m];
        int[] to = new int[m];
        byte[] sign = new byte[m];
        Map<Long, Integer> pairs = new HashMap<>(2 * m);
        int e = 0;
        for (SignedEdge edge : edges) {
            int u = index.computeIfAbsent(edge.first(), k -> add(nodes, k));
            int v = index.computeIfAbsent(edge.second(), k -> add(nodes, k));
            long key = (long) Math.min(u, v) << 32 | Math.max(u, v);
            if (pairs.putIfAbsent(key, e) != null) {
                throw new IllegalArgumentException(
                        "two edges join " + edge.first() + " and " + edge.second() + ": the graph must be simple");
            }
            from[e] = u;
            to[e] = v;
            sign[e] = (byte) edge.sign();
            e++;
        }
        return new SignedGraph(nodes, from, to, sign);
    }

    /** The ties of a network with a sign; neutral ties (weight 0) are left out. */
    public static SignedGraph of(SignedNetwork network) {
        return of(network.ties().stream()
                .filter(t -> t.sign() != Sign.NEUTRAL)
                .map(t -> new SignedEdge(t.first(), t.second(), t.sign().value()))
                .toList());
    }

    private static int add(List<String> nodes, String name) {
        nodes.add(name);
        return nodes.size() - 1;
    }

    public List<String> nodes() {
        return nodes;
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int edgeCount() {
        return from.length;
    }

    public int negativeEdgeCount() {
        return negativeEdges;
    }

    /** Edge {@code e} as a record, with its ends in the order given. */
    public SignedEdge edge(int e) {
        return new SignedEdge(nodes.get(from[e]), nodes.get(to[e]), sign[e]);
    }

    /** All edges, in the order given. */
    public List<SignedEdge> edges() {
        List<SignedEdge> edges = new ArrayList<>(from.length);
        for (int e = 0; e < from.length; e++) {
            edges.add(edge(e));
        }
        return edges;
    }

    int from(int e) {
        return from[e];
    }

    int to(int e) {
        return to[e];
    }

    int sign(int e) {
        return sign[e];
    }

    int degree(int v) {
        return start[v + 1] - start[v];
    }

    /** Neighbours of v are {@code neighbour(i)} for i in [firstSlot(v), firstSlot(v + 1)). */
    int firstSlot(int v) {
        return start[v];
    }

    int neighbour(int slot) {
        return neighbour[slot];
    }

    int edgeAt(int slot) {
        return edgeOf[slot];
    }
}
