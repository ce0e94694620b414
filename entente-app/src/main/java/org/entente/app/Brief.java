package org.entente.app;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.analysis.Faction;
import org.entente.analysis.Quandary;
import org.entente.analysis.SignedGraph;
import org.entente.analysis.SignedNetwork;
import org.entente.analysis.TriangleCensus;
import org.entente.core.Assertion;
import org.entente.core.Citation;
import org.entente.core.NetworkQuery;
import org.entente.core.PartialDate;
import org.entente.core.StancePoint;
import org.entente.core.Tie;
import org.entente.store.ActorSummary;
import org.entente.store.DocumentSummary;
import org.entente.store.Store;

/**
 * What a briefing says, gathered once and rendered as HTML or Markdown: the network of the window
 * (or of one actor's neighbourhood), its quandaries and factions, stance timelines, the key ties
 * with their sentences, and numbered notes for every source a sentence rests on.
 */
final class Brief {
    static final int KEY_TIES = 8;
    static final int SENTENCES_PER_TIE = 2;

    /** One sentence shown, with the numbers of the notes it rests on. */
    record Quote(Assertion assertion, List<Integer> notes) {}

    /** A tie and the sentences shown for it. */
    record Shown(Tie tie, List<Quote> quotes) {}

    /** One stance timeline: a pair of actors and its points. */
    record Timeline(String a, String b, List<StancePoint> points) {}

    final String title;
    final String window;
    final SignedNetwork network;
    final TriangleCensus census;
    final List<Shown> keyTies = new ArrayList<>();
    final List<Quandary> quandaries;
    final Map<Quandary, List<Shown>> quandaryTies = new LinkedHashMap<>();
    final List<Faction> factions;
    final Map<Faction, List<Shown>> factionStances = new LinkedHashMap<>();
    final List<Timeline> timelines = new ArrayList<>();
    final Names names;
    private final Map<String, String> documentTitles = new LinkedHashMap<>();
    private final Map<String, Integer> noteNumbers = new LinkedHashMap<>();

    Brief(Store store, NetworkQuery query, Optional<String> actor, String window) {
        this.names = new Names(store);
        this.window = window;
        for (DocumentSummary d : store.documents()) {
            documentTitles.put(d.id(), d.title().orElse(d.source()));
        }
        SignedNetwork whole = SignedNetwork.of(store.network(query));
        this.network = actor.map(whole::egoNetwork).orElse(whole);
        this.title = actor.map(a -> "Where " + names.of(a) + " stands").orElse("Who stands with whom");
        this.census = TriangleCensus.of(SignedGraph.of(network));
        network.strongest(KEY_TIES).forEach(t -> keyTies.add(shown(t)));
        List<Quandary> all = Quandary.of(whole);
        this.quandaries = (actor.isPresent() ? Quandary.involving(all, actor.get()) : all)
                .stream().limit(5).toList();
        for (Quandary q : quandaries) {
            quandaryTies.put(q, List.of(shown(q.toFirst()), shown(q.toSecond()), shown(q.between())));
        }
        List<Faction> divided = Faction.of(
                SignedNetwork.of(store.network(query.directed(true))),
                store.actors().stream().map(ActorSummary::actor).toList(),
                query.from(),
                query.to());
        this.factions = divided.stream()
                .filter(f -> actor.map(a -> f.state().equals(a) || f.target().equals(a))
                        .orElse(true))
                .limit(5)
                .toList();
        for (Faction f : factions) {
            factionStances.put(f, f.stances().stream().map(s -> shown(s.tie())).toList());
        }
        timelinePairs(actor).forEach(pair -> {
            List<StancePoint> points = store.stance(pair.get(0), pair.get(1), query, ChronoUnit.MONTHS);
            if (points.size() > 1) {
                timelines.add(new Timeline(pair.get(0), pair.get(1), points));
            }
        });
    }

    /** The pairs worth a timeline: the sharpest quandary's three ties, else the strongest ties. */
    private List<List<String>> timelinePairs(Optional<String> actor) {
        List<Tie> ties = quandaries.isEmpty()
                ? network.strongest(3)
                : List.of(
                        quandaries.get(0).toFirst(),
                        quandaries.get(0).toSecond(),
                        quandaries.get(0).between());
        return ties.stream()
                .map(t -> actor.filter(a -> t.second().equals(a))
                        .map(a -> List.of(t.second(), t.first()))
                        .orElse(List.of(t.first(), t.second())))
                .toList();
    }

    private Shown shown(Tie tie) {
        return new Shown(
                tie,
                names.sentences(tie.evidence(), SENTENCES_PER_TIE).stream()
                        .map(a -> new Quote(a, notes(a)))
                        .toList());
    }

    /** The notes of a sentence: its footnotes' citations, or the document itself when it cites none. */
    private List<Integer> notes(Assertion a) {
        List<String> texts = new ArrayList<>();
        for (Citation c : a.evidence().citations()) {
            texts.add(cite(c));
        }
        if (texts.isEmpty()) {
            texts.add(documentTitles.getOrDefault(
                    a.evidence().document(), a.evidence().document()));
        }
        return texts.stream()
                .map(t -> noteNumbers.computeIfAbsent(t, k -> noteNumbers.size() + 1))
                .distinct()
                .toList();
    }

    static String cite(Citation c) {
        List<String> parts = new ArrayList<>();
        c.author().ifPresent(parts::add);
        c.title().map(t -> "\u201c" + t + "\u201d").ifPresent(parts::add);
        c.outlet().map(o -> o + c.place().map(p -> " (" + p + ")").orElse("")).ifPresent(parts::add);
        if (!c.dates().isEmpty()) {
            parts.add(String.join(
                    ", ", c.dates().stream().map(PartialDate::toString).toList()));
        }
        c.url().ifPresent(parts::add);
        return String.join(", ", parts);
    }

    /** The notes in number order. */
    List<String> notes() {
        return List.copyOf(noteNumbers.keySet());
    }
}
