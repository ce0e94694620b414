package org.entente.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.Metadata;
import org.entente.core.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, authors, venue and date of an HTML page from what it says about itself: the JSON-LD
 * article object first ({@link JsonLd}: name or headline, authors, datePublished, publisher), then
 * meta tags (Dublin Core, Open Graph, Twitter, Parse.ly,
 * {@code citation_*}, {@code author}), then the {@code <title>} element through {@link HtmlTitle}.
 * Must run on the page before Readability changes it. Stateless.
 */
final class HtmlMetadata {
    private static final List<String> TITLE_KEYS = List.of(
            "dc:title",
            "dcterm:title",
            "og:title",
            "weibo:article:title",
            "weibo:webpage:title",
            "title",
            "twitter:title",
            "parsely-title",
            "citation_title");
    private static final List<String> AUTHOR_KEYS =
            List.of("citation_author", "dc:creator", "dcterm:creator", "author", "parsely-author", "article:author");
    private static final List<String> DATE_KEYS = List.of(
            "article:published_time",
            "citation_publication_date",
            "citation_date",
            "dc:date",
            "dcterm:date",
            "parsely-pub-date",
            "date");
    private static final List<String> VENUE_KEYS =
            List.of("og:site_name", "citation_journal_title", "citation_publisher", "dc:publisher");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?(?!\\d).*");

    private HtmlMetadata() {}

    static Metadata of(Document page) {
        Map<String, List<String>> metas = metas(page);
        Optional<Map<?, ?>> jsonLd = JsonLd.article(jsonLd(page));
        Optional<String> title = jsonLd.flatMap(article -> jsonTitle(article, page))
                .or(() -> first(metas, TITLE_KEYS))
                .or(() -> HtmlTitle.of(page));
        Set<String> authors = new LinkedHashSet<>(
                jsonLd.map(article -> JsonLd.names(article, "author")).orElse(List.of()));
        for (String key : AUTHOR_KEYS) {
            if (!authors.isEmpty()) {
                break;
            }
            List<String> values = metas.getOrDefault(key, List.of());
            if (values.isEmpty()) {
                continue;
            }
            // Only citation_author lists several people; elsewhere a repeated key is one author said twice.
            for (String value :
                    key.equals("citation_author") ? values : values.subList(values.size() - 1, values.size())) {
                if (!value.contains("://")) {
                    authors.add(value);
                }
            }
        }
        Optional<PartialDate> date = jsonLd.flatMap(article -> JsonLd.string(article, "datePublished"))
                .or(() -> first(metas, DATE_KEYS))
                .flatMap(HtmlMetadata::date);
        Optional<String> venue =
                first(metas, VENUE_KEYS).or(() -> jsonLd.flatMap(article -> JsonLd.string(article, "publisher")));
        return new Metadata(title, List.copyOf(authors), venue, date);
    }

    private static Map<String, List<String>> metas(Document page) {
        Map<String, List<String>> metas = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String content = HtmlTitle.clean(meta.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            String keys = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            for (String key : keys.toLowerCase(Locale.ROOT).split("\\s+")) {
                String normal = key.replace('.', ':');
                if (!normal.isEmpty()) {
                    metas.computeIfAbsent(normal, k -> new ArrayList<>()).add(content);
                }
            }
        }
        return metas;
    }

    /**
     * The JSON-LD {@code name} or {@code headline}; where both are given and differ, the headline
     * only when it resembles the {@code <title>} and the name does not.
     */
    private static Optional<String> jsonTitle(Map<?, ?> article, Document page) {
        Optional<String> name = JsonLd.string(article, "name");
        Optional<String> headline = JsonLd.string(article, "headline");
        if (name.isPresent() && headline.isPresent() && !name.equals(headline)) {
            String title = HtmlTitle.of(page).orElse("");
            boolean headlineLike = HtmlTitle.similarity(headline.get(), title) > 0.75;
            boolean nameLike = HtmlTitle.similarity(name.get(), title) > 0.75;
            return headlineLike && !nameLike ? headline : name;
        }
        return name.or(() -> headline);
    }

    /** The last value of the first key present: a page that repeats a key means its last word. */
    private static Optional<String> first(Map<String, List<String>> metas, List<String> keys) {
        return keys.stream()
                .filter(metas::containsKey)
                .map(key -> metas.get(key).get(metas.get(key).size() - 1))
                .findFirst();
    }

    private static String jsonLd(Document page) {
        StringBuilder all = new StringBuilder();
        for (Element script : page.select("script[type=application/ld+json]")) {
            all.append(script.data()).append('\n');
        }
        return all.toString();
    }

    /** ISO-like dates ("2020-10-12T08:00", "2020/10/12", "2020-10", "2020") to their precision. */
    static Optional<PartialDate> date(String value) {
        Matcher matcher = ISO_DATE.matcher(value.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(2) == null) {
                return Optional.of(PartialDate.year(year));
            }
            int month = Integer.parseInt(matcher.group(2));
            if (matcher.group(3) == null) {
                return Optional.of(PartialDate.month(year, month));
            }
            return Optional.of(PartialDate.day(year, month, Integer.parseInt(matcher.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
