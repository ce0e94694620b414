package org.entente.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One source a footnote cites: "Fars News Agency (Tehran), Oct. 1, 2020". A footnote may hold several;
 * one outlet may be cited for several dates.
 */
public record Citation(
        Optional<String> author,
        Optional<String> title,
        Optional<String> outlet,
        Optional<String> place,
        List<PartialDate> dates,
        Optional<String> url) {
    public Citation {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(place, "place");
        dates = Require.list(dates, "dates");
        Objects.requireNonNull(url, "url");
    }

    public static Citation ofOutlet(String outlet, Optional<String> place, List<PartialDate> dates) {
        return new Citation(Optional.empty(), Optional.empty(), Optional.of(outlet), place, dates, Optional.empty());
    }

    /** The latest date cited, if any. */
    public Optional<PartialDate> latestDate() {
        return dates.stream().max(PartialDate::compareTo);
    }
}
