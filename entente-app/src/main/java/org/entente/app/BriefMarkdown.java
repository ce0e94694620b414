package org.entente.app;

import java.util.List;
import java.util.Locale;
import org.entente.analysis.Faction;
import org.entente.analysis.Quandary;
import org.entente.core.StancePoint;
import org.entente.core.Tie;

/** A briefing as Markdown: the same sections as the HTML page, the picture replaced by the ties. */
final class BriefMarkdown {
    private final Brief brief;
    private final StringBuilder out = new StringBuilder();

    BriefMarkdown(Brief brief) {
        this.brief = brief;
    }

    String render() {
        out.append("# ").append(escape(brief.title)).append("\n\n");
        out.append("*").append(brief.window).append(", prepared by Entente.* ");
        long friendly =
                brief.network.ties().stream().filter(t -> t.weight() > 0).count();
        long hostile = brief.network.ties().stream().filter(t -> t.weight() < 0).count();
        out.append(brief.network.actors().size())
                .append(" actors, ")
                .append(brief.network.ties().size())
                .append(" ties (")
                .append(friendly)
                .append(" cooperative, ")
                .append(hostile)
                .append(" hostile).\n");
        if (!brief.quandaries.isEmpty()) {
            out.append("\n## Quandaries\n");
            for (Quandary q : brief.quandaries) {
                out.append("\n**")
                        .append(escape(brief.names.of(q.actor()) + " is tied to both " + brief.names.of(q.first())
                                + " and " + brief.names.of(q.second()) + ", which are hostile."))
                        .append("**\n");
                brief.quandaryTies.get(q).forEach(this::tie);
            }
        }
        if (!brief.factions.isEmpty()) {
            out.append("\n## Factions\n");
            for (Faction f : brief.factions) {
                out.append("\n**")
                        .append(escape(
                                brief.names.of(f.state()) + " is divided toward " + brief.names.of(f.target()) + "."))
                        .append("**\n");
                brief.factionStances.get(f).forEach(this::tie);
            }
        }
        if (!brief.timelines.isEmpty()) {
            out.append("\n## Stances over time\n");
            for (Brief.Timeline t : brief.timelines) {
                out.append("\n")
                        .append(escape(brief.names.of(t.a()) + " and " + brief.names.of(t.b())))
                        .append(":\n\n");
                out.append("| month | stance | assertions |\n|---|---|---|\n");
                for (StancePoint p : t.points()) {
                    out.append("| ")
                            .append(p.period().toString(), 0, 7)
                            .append(" | ")
                            .append(String.format(Locale.ROOT, "%+.1f", p.weight()))
                            .append(" | ")
                            .append(p.count())
                            .append(" |\n");
                }
            }
        }
        out.append("\n## Key ties\n");
        brief.keyTies.forEach(this::tie);
        out.append("\n## Sources\n\n");
        List<String> notes = brief.notes();
        for (int i = 0; i < notes.size(); i++) {
            out.append(i + 1).append(". ").append(escape(notes.get(i))).append("\n");
        }
        return out.toString();
    }

    private void tie(Brief.Shown shown) {
        Tie t = shown.tie();
        out.append("\n- ")
                .append(t.weight() < 0 ? "\u2212 " : "+ ")
                .append(escape(
                        brief.names.of(t.first()) + " and " + brief.names.of(t.second()) + ": " + Names.weight(t)))
                .append("\n");
        for (Brief.Quote quote : shown.quotes()) {
            out.append("  > ")
                    .append(when(quote.assertion()))
                    .append(escape(quote.assertion().evidence().text()));
            quote.notes().forEach(n -> out.append(" [").append(n).append("]"));
            out.append("\n");
        }
    }

    /** Markdown's own characters and raw HTML, made literal: a document's text is never markup here. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String when(org.entente.core.Assertion a) {
        return a.time().isKnown() ? a.time() + ": " : "";
    }
}
