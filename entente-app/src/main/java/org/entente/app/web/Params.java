package org.entente.app.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.entente.app.NetworkFilter;
import org.entente.core.PartialDate;

/** Query parameters read from a request, each mistake a 400 naming the parameter. */
final class Params {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** A comma-separated list; repeated parameters are joined. */
    List<String> list(String name) {
        return ctx.queryParams(name).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    boolean flag(String name) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.get()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name + " takes true or false, not '" + value.get() + "'");
        };
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n < min || n > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " takes a whole number, not '" + value.get() + "'");
        }
    }

    Optional<PartialDate> date(String name) {
        return text(name).map(t -> NetworkFilter.date(t, name));
    }

    int offset() {
        return integer("offset", 0, 0, Integer.MAX_VALUE);
    }

    int limit() {
        return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /** from, to, kind, modality, reviewed, speaker and evidence, as the CLI's window options. */
    NetworkFilter filter() {
        return new NetworkFilter(
                date("from"),
                date("to"),
                list("kind"),
                list("modality"),
                flag("reviewed"),
                text("speaker"),
                integer("evidence", 5, 1, 100));
    }
}
