package org.entente.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Citation;
import org.entente.core.Footnote;
import org.entente.core.FootnoteMarker;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An article's HTML element into blocks and link footnotes. Every block-level element starts and
 * ends a block; the text between is one block, its whitespace collapsed. A block's kind comes from
 * its nearest telling ancestor: a heading, a {@code blockquote}, a {@code figcaption} or table
 * {@code caption} (CAPTION); everything else is BODY.
 *
 * <p>Each link with an http(s) address becomes one footnote, numbered from 1 in reading order: its
 * text is the link text and the address, its one citation has the link text as title and the
 * address as URL, and the block gets a marker at the offset where the link text ends. Links in
 * headings and captions are numbered the same way. One instance reads one article; not thread-safe.
 */
final class HtmlBlocks implements NodeVisitor {
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "caption",
            "dd",
            "details",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul",
            "br");

    private final List<Block> blocks = new ArrayList<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private final List<FootnoteMarker> markers = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private BlockKind kind = BlockKind.BODY;

    /** Reads the element's content into blocks; call once. */
    static HtmlBlocks of(Element article) {
        HtmlBlocks walker = new HtmlBlocks();
        NodeTraversor.traverse(walker, article);
        walker.flush();
        return walker;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    List<Footnote> footnotes() {
        return List.copyOf(footnotes);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            append(textNode);
        } else if (isBlock(node)) {
            flush();
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (isBlock(node)) {
            flush();
        } else if (node instanceof Element element && element.nameIs("a")) {
            link(element);
        }
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCK_TAGS.contains(element.normalName());
    }

    private void append(TextNode node) {
        String raw = node.getWholeText();
        if (raw.isEmpty()) {
            return;
        }
        if (text.isEmpty()) {
            kind = kindOf(node);
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
    }

    private void link(Element anchor) {
        String url = anchor.absUrl("href");
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || text.isEmpty()) {
            return;
        }
        String label = anchor.text().strip();
        int number = footnotes.size() + 1;
        Optional<String> title = label.isEmpty() ? Optional.empty() : Optional.of(label);
        Citation citation =
                new Citation(Optional.empty(), title, Optional.empty(), Optional.empty(), List.of(), Optional.of(url));
        footnotes.add(new Footnote(number, label.isEmpty() ? url : label + " <" + url + ">", List.of(citation)));
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        markers.add(new FootnoteMarker(number, end));
    }

    private static BlockKind kindOf(Node node) {
        for (Element parent = node.parent() instanceof Element e ? e : null; parent != null; parent = parent.parent()) {
            switch (parent.normalName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    return BlockKind.HEADING;
                }
                case "blockquote" -> {
                    return BlockKind.BLOCK_QUOTE;
                }
                case "figcaption", "caption" -> {
                    return BlockKind.CAPTION;
                }
                default -> {
                    // keep looking up
                }
            }
        }
        return BlockKind.BODY;
    }

    private void flush() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        String content = text.substring(0, end);
        if (!content.isEmpty()) {
            List<FootnoteMarker> kept = new ArrayList<>(markers.size());
            for (FootnoteMarker marker : markers) {
                kept.add(marker.offset() > end ? new FootnoteMarker(marker.number(), end) : marker);
            }
            blocks.add(new Block(blocks.size(), kind, content, kept));
        }
        text.setLength(0);
        markers.clear();
        kind = BlockKind.BODY;
    }
}
