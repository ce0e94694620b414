package org.entente.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.entente.core.DocumentReader;
import org.entente.core.InputException;
import org.entente.core.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page into a {@link Document}: metadata from the page as it came ({@link
 * HtmlMetadata}), the article's main text found by Readability4J (a port of Mozilla's Readability)
 * and cut into blocks by {@link HtmlBlocks}, with links as footnotes. The charset is the byte-order
 * mark's, else the page's {@code meta charset}, else UTF-8. Scripts, styles and event attributes
 * never reach the text: only text nodes are read. Stateless and thread-safe.
 */
final class HtmlReader implements DocumentReader {
    /** Relative links are resolved against this when the page has no {@code base}. */
    private static final String BASE = "http://localhost/";

    private final HtmlCharset charset = new HtmlCharset();

    @Override
    public Document read(String source, byte[] content) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        String name = source.isBlank() ? "(unnamed)" : source;
        if (content.length > Readers.MAX_BYTES) {
            throw new InputException(name + ": too large (" + (content.length >> 20) + " MiB, the limit is "
                    + (Readers.MAX_BYTES >> 20) + " MiB)");
        }
        org.jsoup.nodes.Document page = parse(name, content);
        Metadata metadata = HtmlMetadata.of(page);
        HtmlBlocks blocks = HtmlBlocks.of(article(page));
        List<Block> found = withoutTitle(blocks.blocks(), metadata);
        if (found.stream().noneMatch(block -> block.text().codePoints().anyMatch(Character::isLetterOrDigit))) {
            throw new InputException(name + ": no readable text in the HTML page");
        }
        return new Document(PlainTextReader.sha256(content), name, metadata, found, blocks.footnotes());
    }

    private org.jsoup.nodes.Document parse(String name, byte[] content) {
        return Jsoup.parse(charset.decode(name, content), BASE);
    }

    /**
     * The blocks without one among the first three that only repeats the title (it is in the
     * metadata already), re-indexed. A block with links is kept, so no footnote loses its marker.
     */
    private static List<Block> withoutTitle(List<Block> blocks, Metadata metadata) {
        String title = metadata.title().map(HtmlReader::comparable).orElse("");
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            Block block = blocks.get(i);
            if (block.kind() != BlockKind.CAPTION
                    && block.markers().isEmpty()
                    && comparable(block.text()).equals(title)) {
                List<Block> kept = new ArrayList<>(blocks.size() - 1);
                for (Block other : blocks) {
                    if (other != block) {
                        kept.add(new Block(kept.size(), other.kind(), other.text(), other.markers()));
                    }
                }
                return kept;
            }
        }
        return blocks;
    }

    private static String comparable(String text) {
        return HtmlTitle.clean(text).toLowerCase(Locale.ROOT);
    }

    /**
     * Removes what a browser would not show: elements with a {@code hidden} attribute, an inline
     * style of {@code display: none} or {@code visibility: hidden}, or {@code aria-hidden="true"}.
     */
    private static void dropHidden(org.jsoup.nodes.Document page) {
        for (Element element : page.select("[hidden], [style], [aria-hidden=true]")) {
            String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (element.hasAttr("hidden")
                    || style.contains("display:none")
                    || style.contains("visibility:hidden")
                    || element.attr("aria-hidden").equals("true")) {
                element.remove();
            }
        }
    }

    /**
     * The main content as Readability finds it, unless the child paragraphs of some element hold over
     * three times its text (Readability then took a footer or a sidebar): that element instead. The whole
     * cleaned body when neither finds text.
     */
    private static Element article(org.jsoup.nodes.Document page) {
        dropHidden(page);
        Article article = new Readability4J(page.location(), page.clone()).parse();
        Element found = article.getArticleContent();
        int foundLength = found == null ? 0 : found.text().length();
        Optional<Map.Entry<Element, Integer>> dense = densest(page);
        if (dense.isPresent() && dense.get().getValue() > 3 * foundLength) {
            return dense.get().getKey();
        }
        if (found != null && foundLength > 0) {
            return found;
        }
        Element body = page.body();
        body.select("script, style, noscript, template, nav, header, footer, aside, form")
                .remove();
        return body;
    }

    /** The element whose child paragraphs hold the most text, with the length of that text. */
    private static Optional<Map.Entry<Element, Integer>> densest(org.jsoup.nodes.Document page) {
        Map<Element, Integer> lengths = new HashMap<>();
        for (Element paragraph : page.select("p")) {
            Element parent = paragraph.parent();
            if (parent != null) {
                lengths.merge(parent, paragraph.text().length(), Integer::sum);
            }
        }
        return lengths.entrySet().stream().max(Map.Entry.comparingByValue());
    }
}
