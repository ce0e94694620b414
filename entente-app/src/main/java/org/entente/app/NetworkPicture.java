package org.entente.app;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.entente.analysis.SignedNetwork;
import org.entente.core.Tie;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jsoup.nodes.Element;

/**
 * The network drawn as SVG: a force-directed layout (JGraphT's Fruchterman-Reingold, seeded, so the
 * same network always looks the same), positive ties solid and green, negative ones dashed and red,
 * so the sign reads without colour too; width by strength; actors sized by activity.
 */
final class NetworkPicture {
    static final int WIDTH = 760;
    static final int HEIGHT = 520;
    private static final int MARGIN = 60;

    private NetworkPicture() {}

    static Element svg(SignedNetwork network, Map<String, Integer> activity, Names names) {
        Graph<String, Tie> graph = GraphTypeBuilder.<String, Tie>undirected().buildGraph();
        network.actors().forEach(graph::addVertex);
        network.ties().forEach(t -> graph.addEdge(t.first(), t.second(), t));
        LayoutModel2D<String> layout = new MapLayoutModel2D<>(new Box2D(WIDTH - 2.0 * MARGIN, HEIGHT - 2.0 * MARGIN));
        if (graph.vertexSet().size() > 1) {
            new FRLayoutAlgorithm2D<String, Tie>(300, 0.5, new Random(7)).layout(graph, layout);
        } else {
            graph.vertexSet()
                    .forEach(v -> layout.put(v, Point2D.of((WIDTH - 2.0 * MARGIN) / 2, (HEIGHT - 2.0 * MARGIN) / 2)));
        }
        Map<String, double[]> at = fitted(layout, network);
        double strongest = network.ties().stream()
                .mapToDouble(t -> Math.abs(t.weight()))
                .max()
                .orElse(1);
        int busiest =
                activity.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Element svg = new Element("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
                .attr("role", "img")
                .attr("class", "network");
        svg.appendElement("title").text("Signed network: solid green ties are cooperative, dashed red ties hostile");
        for (Tie t : network.ties()) {
            double[] a = at.get(t.first());
            double[] b = at.get(t.second());
            boolean hostile = t.weight() < 0;
            Element line = svg.appendElement("line")
                    .attr("x1", fmt(a[0]))
                    .attr("y1", fmt(a[1]))
                    .attr("x2", fmt(b[0]))
                    .attr("y2", fmt(b[1]))
                    .attr("class", hostile ? "tie hostile" : t.weight() > 0 ? "tie friendly" : "tie neutral")
                    .attr("stroke-width", fmt(1 + 5 * Math.abs(t.weight()) / strongest));
            line.appendElement("title")
                    .text(names.of(t.first()) + " and " + names.of(t.second()) + ": " + Names.weight(t));
        }
        for (String actor : network.actors()) {
            double[] p = at.get(actor);
            double radius = 5 + 9 * Math.sqrt(activity.getOrDefault(actor, 1) / (double) busiest);
            Element group = svg.appendElement("g").attr("class", "actor");
            group.appendElement("circle")
                    .attr("cx", fmt(p[0]))
                    .attr("cy", fmt(p[1]))
                    .attr("r", fmt(radius));
            group.appendElement("text")
                    .attr("x", fmt(p[0]))
                    .attr("y", fmt(p[1] - radius - 4))
                    .attr("text-anchor", "middle")
                    .text(actor);
            group.appendElement("title").text(names.of(actor));
        }
        return svg;
    }

    /** The layout stretched to fill the picture inside its margin, whatever room the algorithm used. */
    private static Map<String, double[]> fitted(LayoutModel2D<String> layout, SignedNetwork network) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (String actor : network.actors()) {
            Point2D p = layout.get(actor);
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        Map<String, double[]> fitted = new java.util.HashMap<>();
        for (String actor : network.actors()) {
            Point2D p = layout.get(actor);
            double x = maxX > minX ? (p.getX() - minX) / (maxX - minX) : 0.5;
            double y = maxY > minY ? (p.getY() - minY) / (maxY - minY) : 0.5;
            fitted.put(actor, new double[] {MARGIN + x * (WIDTH - 2.0 * MARGIN), MARGIN + y * (HEIGHT - 2.0 * MARGIN)});
        }
        return fitted;
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
