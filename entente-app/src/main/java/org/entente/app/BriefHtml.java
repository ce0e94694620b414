package org.entente.app;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.analysis.Faction;
import org.entente.analysis.Quandary;
import org.entente.core.StancePoint;
import org.entente.core.Tie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A briefing as one self-contained HTML page: inline style and SVG, no script, no outside request.
 * Every text from the store goes in through jsoup's text nodes, so a document's markup is shown,
 * never run.
 */
final class BriefHtml {
    private static final String STYLE =
            """
            body { font: 15px/1.5 "Inter", "Helvetica Neue", Arial, sans-serif; color: #1f2328; background: #fbfbf9;
                   max-width: 860px; margin: 2.5em auto; padding: 0 1.5em; }
            h1 { font-size: 1.7em; margin-bottom: 0.1em; } h2 { font-size: 1.2em; margin-top: 2em;
                 border-bottom: 1px solid #d8d8d2; padding-bottom: 0.2em; }
            .meta, .legend, .counts { color: #59606a; font-size: 0.9em; }
            figure { margin: 1em 0; background: #fff; border: 1px solid #e3e3dd; border-radius: 6px; }
            svg.network { width: 100%; height: auto; }
            .tie { stroke-linecap: round; } .friendly { stroke: #2f7d4f; } .neutral { stroke: #9aa0a6; }
            .hostile { stroke: #b3261e; stroke-dasharray: 7 5; }
            .actor circle { fill: #33475b; stroke: #fff; stroke-width: 1.5; }
            .actor text { font-size: 11px; fill: #1f2328; }
            blockquote { margin: 0.3em 0 0.6em 1.2em; color: #3b4148; font-style: italic; }
            sup { font-size: 0.7em; } .sign-pos { color: #2f7d4f; font-weight: 600; }
            .sign-neg { color: #b3261e; font-weight: 600; }
            ol.notes { font-size: 0.85em; color: #3b4148; }
            svg.timeline { width: 100%; height: 110px; } .bar-pos { fill: #2f7d4f; } .bar-neg { fill: #b3261e; }
            .axis { stroke: #9aa0a6; } .tick { font-size: 10px; fill: #59606a; }
            @media print { body { background: #fff; margin: 0 auto; } h2 { break-after: avoid; }
                           figure, .item { break-inside: avoid; } }
            """;

    private final Brief brief;

    BriefHtml(Brief brief) {
        this.brief = brief;
    }

    String render() {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(true);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.title(brief.title + " (" + brief.window + ")");
        page.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        Element body = page.body();
        body.appendElement("h1").text(brief.title);
        body.appendElement("p")
                .addClass("meta")
                .text(brief.window + " \u00b7 prepared by Entente on " + LocalDate.now(ZoneOffset.UTC) + " from "
                        + brief.notes().size() + " sources");
        summary(body);
        picture(body);
        quandaries(body);
        factions(body);
        timelines(body);
        keyTies(body);
        notes(body);
        return page.outerHtml();
    }

    private void summary(Element body) {
        long friendly =
                brief.network.ties().stream().filter(t -> t.weight() > 0).count();
        long hostile = brief.network.ties().stream().filter(t -> t.weight() < 0).count();
        String balance = brief.census.total() == 0
                ? "no closed triangles"
                : String.format(
                        Locale.ROOT,
                        "%.0f%% of its %d triangles balanced",
                        100 * brief.census.balancedShare(),
                        brief.census.total());
        body.appendElement("p")
                .addClass("counts")
                .text(brief.network.actors().size() + " actors, "
                        + brief.network.ties().size() + " ties (" + friendly + " cooperative, " + hostile
                        + " hostile), "
                        + balance + ".");
    }

    private void picture(Element body) {
        if (brief.network.ties().isEmpty()) {
            body.appendElement("p").text("No ties in this window.");
            return;
        }
        Map<String, Integer> activity = new HashMap<>();
        for (Tie t : brief.network.ties()) {
            activity.merge(t.first(), t.count(), Integer::sum);
            activity.merge(t.second(), t.count(), Integer::sum);
        }
        Element figure = body.appendElement("figure");
        figure.appendChild(NetworkPicture.svg(brief.network, activity, brief.names));
        figure.appendElement("figcaption")
                .addClass("legend")
                .text("Solid green: cooperative ties; dashed red: hostile"
                        + " ties; line width: strength; circle size: activity.");
    }

    private void quandaries(Element body) {
        if (brief.quandaries.isEmpty()) {
            return;
        }
        body.appendElement("h2").text("Quandaries");
        for (Quandary q : brief.quandaries) {
            Element item = body.appendElement("div").addClass("item");
            item.appendElement("p")
                    .appendElement("strong")
                    .text(brief.names.of(q.actor()) + " is tied to both " + brief.names.of(q.first()) + " and "
                            + brief.names.of(q.second()) + ", which are hostile.");
            brief.quandaryTies.get(q).forEach(shown -> tie(item, shown));
        }
    }

    private void factions(Element body) {
        if (brief.factions.isEmpty()) {
            return;
        }
        body.appendElement("h2").text("Factions");
        for (Faction f : brief.factions) {
            Element item = body.appendElement("div").addClass("item");
            item.appendElement("p")
                    .appendElement("strong")
                    .text(brief.names.of(f.state()) + " is divided toward " + brief.names.of(f.target()) + ".");
            brief.factionStances.get(f).forEach(shown -> tie(item, shown));
        }
    }

    private void timelines(Element body) {
        if (brief.timelines.isEmpty()) {
            return;
        }
        body.appendElement("h2").text("Stances over time");
        for (Brief.Timeline t : brief.timelines) {
            body.appendElement("p").text(brief.names.of(t.a()) + " and " + brief.names.of(t.b()) + ", by month");
            body.appendChild(chart(t.points()));
        }
    }

    /** Bars per month above (cooperative) or below (hostile) a zero line, labelled by year. */
    private static Element chart(List<StancePoint> points) {
        int width = 760;
        int height = 110;
        int middle = height / 2;
        LocalDate first = points.get(0).period();
        LocalDate last = points.get(points.size() - 1).period();
        long months = Math.max(1, java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1);
        double slot = (width - 20.0) / months;
        double scale =
                points.stream().mapToDouble(p -> Math.abs(p.weight())).max().orElse(1);
        Element svg = new Element("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + width + " " + height)
                .addClass("timeline");
        svg.appendElement("line")
                .addClass("axis")
                .attr("x1", "10")
                .attr("x2", String.valueOf(width - 10))
                .attr("y1", String.valueOf(middle))
                .attr("y2", String.valueOf(middle));
        for (StancePoint p : points) {
            long index = java.time.temporal.ChronoUnit.MONTHS.between(first, p.period());
            double barHeight = Math.max(1, (middle - 12) * Math.abs(p.weight()) / (scale == 0 ? 1 : scale));
            svg.appendElement("rect")
                    .addClass(p.weight() >= 0 ? "bar-pos" : "bar-neg")
                    .attr("x", NetworkPicture.fmt(10 + index * slot + slot * 0.15))
                    .attr("width", NetworkPicture.fmt(Math.max(1, slot * 0.7)))
                    .attr("y", NetworkPicture.fmt(p.weight() >= 0 ? middle - barHeight : middle))
                    .attr("height", NetworkPicture.fmt(barHeight))
                    .appendElement("title")
                    .text(p.period().toString().substring(0, 7) + ": "
                            + String.format(Locale.ROOT, "%+.1f from %d assertions", p.weight(), p.count()));
        }
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            long index = Math.max(0, java.time.temporal.ChronoUnit.MONTHS.between(first, LocalDate.of(year, 1, 1)));
            svg.appendElement("text")
                    .addClass("tick")
                    .attr("x", NetworkPicture.fmt(10 + index * slot))
                    .attr("y", String.valueOf(height - 2))
                    .text(String.valueOf(year));
        }
        return svg;
    }

    private void keyTies(Element body) {
        body.appendElement("h2").text("Key ties");
        brief.keyTies.forEach(shown -> tie(body.appendElement("div").addClass("item"), shown));
    }

    private void tie(Element parent, Brief.Shown shown) {
        Tie t = shown.tie();
        Element line = parent.appendElement("p");
        line.appendElement("span")
                .addClass(t.weight() < 0 ? "sign-neg" : "sign-pos")
                .text(t.weight() < 0 ? "\u2212 " : "+ ");
        line.appendText(brief.names.of(t.first()) + " and " + brief.names.of(t.second()) + ": " + Names.weight(t)
                + t.latest().map(d -> ", latest " + d).orElse(""));
        for (Brief.Quote quote : shown.quotes()) {
            Element q = parent.appendElement("blockquote");
            q.appendText(when(quote.assertion()) + "\u201c"
                    + quote.assertion().evidence().text() + "\u201d");
            for (int note : quote.notes()) {
                q.appendElement("sup")
                        .appendElement("a")
                        .attr("href", "#note-" + note)
                        .text("[" + note + "]");
            }
        }
    }

    private void notes(Element body) {
        body.appendElement("h2").text("Sources");
        Element list = body.appendElement("ol").addClass("notes");
        List<String> notes = brief.notes();
        for (int i = 0; i < notes.size(); i++) {
            list.appendElement("li").attr("id", "note-" + (i + 1)).text(notes.get(i));
        }
    }

    private static String when(org.entente.core.Assertion a) {
        return a.time().isKnown() ? a.time() + ": " : "";
    }
}
