package org.entente.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.analysis.Faction;
import org.entente.analysis.Quandary;
import org.entente.core.Actor;
import org.entente.core.Assertion;
import org.entente.core.Citation;
import org.entente.core.PartialDate;
import org.entente.core.StancePoint;
import org.entente.core.Tie;
import org.entente.core.TimeSpan;
import org.entente.store.ActorSummary;
import org.entente.store.DocumentSummary;

/**
 * The CLI's JSON: explicit view records, so the schema documented in docs/cli.md changes only when
 * these records do. Absent values are written as null, never left out. The workbench's API serves
 * the same records, so the CLI's JSON and the API's agree.
 */
public final class Json {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {}

    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    public record CitationView(
            String author, String title, String outlet, String place, List<String> dates, String url) {
        public static CitationView of(Citation c) {
            return new CitationView(
                    c.author().orElse(null),
                    c.title().orElse(null),
                    c.outlet().orElse(null),
                    c.place().orElse(null),
                    c.dates().stream().map(PartialDate::toString).toList(),
                    c.url().orElse(null));
        }
    }

    public record TimeView(String start, String end, String precision, String basis) {
        public static TimeView of(TimeSpan t) {
            return new TimeView(
                    t.start().map(LocalDate::toString).orElse(null),
                    t.end().map(LocalDate::toString).orElse(null),
                    lower(t.precision().name()),
                    lower(t.basis().name()));
        }
    }

    public record EvidenceView(
            String document,
            String source,
            int sentence,
            int block,
            int start,
            int end,
            String text,
            List<Integer> footnotes,
            List<CitationView> citations) {}

    public record AssertionView(
            String id,
            List<String> sources,
            List<String> targets,
            String kind,
            String cameo,
            int sign,
            double intensity,
            String modality,
            String speaker,
            TimeView time,
            double confidence,
            EvidenceView evidence) {
        public static AssertionView of(Assertion a, Map<String, String> documentSources) {
            var e = a.evidence();
            return new AssertionView(
                    a.id(),
                    a.sources(),
                    a.targets(),
                    a.kind().label(),
                    a.kind().cameoRoot().orElse(null),
                    a.sign().value(),
                    a.intensity(),
                    lower(a.modality().name()),
                    a.speaker().toString(),
                    TimeView.of(a.time()),
                    a.confidence(),
                    new EvidenceView(
                            e.document(),
                            documentSources.getOrDefault(e.document(), null),
                            e.sentence(),
                            e.block(),
                            e.start(),
                            e.end(),
                            e.text(),
                            e.footnotes(),
                            e.citations().stream().map(CitationView::of).toList()));
        }
    }

    public record AliasView(String text, String kind) {}

    public record AffiliationView(String actor, String role, String from, String to) {}

    public record ActorView(
            String id,
            String name,
            String type,
            List<AliasView> aliases,
            List<AffiliationView> affiliations,
            int assertions) {
        public static ActorView of(ActorSummary summary) {
            Actor a = summary.actor();
            return new ActorView(
                    a.id(),
                    a.name(),
                    a.type().label(),
                    a.aliases().stream()
                            .map(al -> new AliasView(al.text(), al.kind().label()))
                            .toList(),
                    a.affiliations().stream()
                            .map(af -> new AffiliationView(
                                    af.actor(),
                                    af.role(),
                                    iso(af.period().from()),
                                    iso(af.period().to())))
                            .toList(),
                    summary.assertions());
        }
    }

    public record DocumentView(
            String id, String source, String title, String ingestedAt, int sentences, int assertions) {
        public static DocumentView of(DocumentSummary d) {
            return new DocumentView(
                    d.id(),
                    d.source(),
                    d.title().orElse(null),
                    d.ingestedAt().toString(),
                    d.sentences(),
                    d.assertions());
        }
    }

    public record TieView(
            String first,
            String second,
            int sign,
            double weight,
            int count,
            int positive,
            int negative,
            String latest,
            List<String> evidence) {
        public static TieView of(Tie t) {
            return new TieView(
                    t.first(),
                    t.second(),
                    t.sign().value(),
                    round(t.weight()),
                    t.count(),
                    t.positive(),
                    t.negative(),
                    iso(t.latest()),
                    t.evidence());
        }
    }

    /** An actor pulled between two actors hostile to each other, with the three ties. */
    public record QuandaryView(
            String actor,
            String first,
            String second,
            double strength,
            String since,
            TieView toFirst,
            TieView toSecond,
            TieView between) {
        public static QuandaryView of(Quandary q) {
            return new QuandaryView(
                    q.actor(),
                    q.first(),
                    q.second(),
                    round(q.strength()),
                    iso(q.since()),
                    TieView.of(q.toFirst()),
                    TieView.of(q.toSecond()),
                    TieView.of(q.between()));
        }
    }

    public record StanceView(String actor, List<String> path, TieView tie) {}

    /** A state whose actors' stances toward one target disagree. */
    public record FactionView(String state, String target, double sharpness, List<StanceView> stances) {
        public static FactionView of(Faction f) {
            return new FactionView(
                    f.state(),
                    f.target(),
                    round(f.sharpness()),
                    f.stances().stream()
                            .map(s -> new StanceView(s.actor(), s.path(), TieView.of(s.tie())))
                            .toList());
        }
    }

    public record PointView(
            String period, int sign, double weight, int count, int positive, int negative, List<String> evidence) {
        public static PointView of(StancePoint p) {
            return new PointView(
                    p.period().toString(),
                    p.sign().value(),
                    round(p.weight()),
                    p.count(),
                    p.positive(),
                    p.negative(),
                    p.evidence());
        }
    }

    public record TimelineView(String from, String to, String per, boolean directed, List<PointView> points) {}

    /** Two decimals are all a weight of Goldstein values can honestly claim. */
    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    public static String iso(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    public static String lower(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
