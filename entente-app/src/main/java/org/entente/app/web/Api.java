package org.entente.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.analysis.Quandary;
import org.entente.analysis.SignedNetwork;
import org.entente.app.Json;
import org.entente.app.NetworkFilter;
import org.entente.core.Assertion;
import org.entente.core.AssertionQuery;
import org.entente.core.Document;
import org.entente.core.Modality;
import org.entente.core.RelationKind;
import org.entente.core.Tie;
import org.entente.store.ActorSummary;
import org.entente.store.Store;

/** The read side of the API: each method answers one GET route from the shared store. */
final class Api {
    private final Store store;
    private final Catalog catalog;

    Api(Store store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    Object documents(Context ctx) {
        return store.documents().stream().map(Json.DocumentView::of).toList();
    }

    Object document(Context ctx) {
        String id = ctx.pathParam("id");
        Document document = store.document(id).orElseThrow(() -> ApiException.notFound("document", id));
        AssertionQuery query = new AssertionQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(id),
                true,
                0);
        return Views.DocumentPage.of(document, store.sentences(id), items(store.assertions(query)));
    }

    Object actors(Context ctx) {
        Params params = new Params(ctx);
        List<Json.ActorView> all =
                catalog.get().actors().stream().map(Json.ActorView::of).toList();
        return Views.Page.of(all, params.offset(), params.limit());
    }

    Object actor(Context ctx) {
        String id = ctx.pathParam("id");
        return Optional.ofNullable(catalog.get().actorsById().get(id))
                .map(Json.ActorView::of)
                .orElseThrow(() -> ApiException.notFound("actor", id));
    }

    /** The CLI's filters (actor, between=A,B, from, to, kind, document, includeRejected) and modality. */
    Object assertions(Context ctx) {
        Params params = new Params(ctx);
        List<String> between = params.list("between");
        if (!between.isEmpty() && between.size() != 2) {
            throw ApiException.badRequest("between takes two actor ids separated by a comma, e.g. between=AZE,ARM");
        }
        Optional<String> kind = params.text("kind");
        AssertionQuery query = new AssertionQuery(
                params.text("actor").map(this::knownActor),
                between.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new AssertionQuery.Pair(knownActor(between.get(0)), knownActor(between.get(1)))),
                params.date("from").map(d -> d.first()),
                params.date("to").map(d -> d.last()),
                kind.map(RelationKind::ofLabel),
                params.text("document"),
                params.flag("includeRejected"),
                0);
        List<String> modalities = params.list("modality").stream()
                .map(m -> m.toUpperCase(Locale.ROOT))
                .toList();
        List<Assertion> found = store.assertions(query).stream()
                .filter(a ->
                        modalities.isEmpty() || modalities.contains(a.modality().name()))
                .toList();
        return Views.Page.of(items(found), params.offset(), params.limit());
    }

    Object assertion(Context ctx) {
        String id = ctx.pathParam("id");
        Assertion a = store.assertion(id).orElseThrow(() -> ApiException.notFound("assertion", id));
        return items(List.of(a)).get(0);
    }

    /**
     * The network of a window; {@code actor} narrows it to that actor's ego network. Ties list
     * their evidence (assertion ids) only when {@code evidence} asks for some: the page reads a
     * tie's assertions when it is clicked, and without the ids a large window's answer is smaller.
     */
    Object network(Context ctx) {
        Params params = new Params(ctx);
        NetworkFilter filter = params.filter();
        boolean withEvidence = params.text("evidence").isPresent();
        SignedNetwork network =
                SignedNetwork.of(store.network(filter.query(store).directed(params.flag("directed"))));
        Optional<String> actor = params.text("actor").map(this::knownActor);
        if (actor.isPresent()) {
            network = network.egoNetwork(actor.get());
        }
        Map<String, Integer> activity = new HashMap<>();
        for (Tie t : network.ties()) {
            activity.merge(t.first(), t.count(), Integer::sum);
            activity.merge(t.second(), t.count(), Integer::sum);
        }
        Map<String, ActorSummary> actors = catalog.get().actorsById();
        List<Views.NodeView> nodes = network.actors().stream()
                .map(id -> node(id, actors.get(id), activity.getOrDefault(id, 0)))
                .toList();
        return new Views.NetworkView(
                Json.iso(filter.start()),
                Json.iso(filter.end()),
                nodes,
                network.ties().stream()
                        .map(t -> withEvidence ? Json.TieView.of(t) : Views.bare(t))
                        .toList());
    }

    Object quandaries(Context ctx) {
        Params params = new Params(ctx);
        List<Quandary> quandaries = params.filter().quandaries(store);
        Optional<String> actor = params.text("actor").map(this::knownActor);
        if (actor.isPresent()) {
            quandaries = Quandary.involving(quandaries, actor.get());
        }
        return quandaries.stream().map(Json.QuandaryView::of).toList();
    }

    Object factions(Context ctx) {
        return new Params(ctx)
                .filter().factions(store).stream().map(Json.FactionView::of).toList();
    }

    Object timeline(Context ctx) {
        Params params = new Params(ctx);
        String a = knownActor(params.text("a").orElseThrow(() -> ApiException.badRequest("timeline needs a=ACTOR")));
        String b = knownActor(params.text("b").orElseThrow(() -> ApiException.badRequest("timeline needs b=ACTOR")));
        String per = params.text("per").orElse("month");
        ChronoUnit unit =
                switch (per) {
                    case "month" -> ChronoUnit.MONTHS;
                    case "year" -> ChronoUnit.YEARS;
                    default -> throw ApiException.badRequest("per takes month or year, not '" + per + "'");
                };
        boolean directed = params.flag("directed");
        var points = store.stance(a, b, params.filter().query(store).directed(directed), unit);
        return new Json.TimelineView(
                a, b, per, directed, points.stream().map(Json.PointView::of).toList());
    }

    Object reviews(Context ctx) {
        return Views.ReviewView.all(store.reviews());
    }

    /** The first and last day of the store's dated assertions, for the time slider. */
    Object range(Context ctx) {
        List<Assertion> all = store.assertions(new AssertionQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true,
                0));
        Optional<LocalDate> first =
                all.stream().flatMap(a -> a.time().start().stream()).min(Comparator.naturalOrder());
        Optional<LocalDate> last = all.stream()
                .flatMap(a -> a.time().end().or(() -> a.time().start()).stream())
                .max(Comparator.naturalOrder());
        return new Views.RangeView(Json.iso(first), Json.iso(last));
    }

    /** The modalities and kinds the filters offer. */
    Object vocabulary(Context ctx) {
        return Map.of(
                "kinds",
                java.util.Arrays.stream(RelationKind.values())
                        .map(RelationKind::label)
                        .toList(),
                "modalities",
                java.util.Arrays.stream(Modality.values())
                        .map(m -> Json.lower(m.name()))
                        .toList());
    }

    /** An actor id as typed, which must name a stored actor. */
    String knownActor(String typed) {
        String id = NetworkFilter.actorId(typed, store);
        if (!catalog.get().actorsById().containsKey(id)) {
            throw ApiException.notFound("actor", typed);
        }
        return id;
    }

    private List<Views.AssertionItem> items(List<Assertion> assertions) {
        Catalog.Snapshot known = catalog.get();
        return assertions.stream()
                .map(a -> Views.AssertionItem.of(a, known.verdicts(), known.documentSources()))
                .toList();
    }

    private static Views.NodeView node(String id, ActorSummary summary, int activity) {
        if (summary == null) {
            return new Views.NodeView(id, id, "unknown", activity);
        }
        return new Views.NodeView(
                id, summary.actor().name(), summary.actor().type().label(), activity);
    }
}
