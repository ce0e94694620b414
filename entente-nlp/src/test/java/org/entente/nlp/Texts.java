package org.entente.nlp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.Block;
import org.entente.core.BlockKind;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.FootnoteMarker;
import org.entente.core.Metadata;

/** Builds documents for tests from paragraphs in which "[^n]" marks footnote n. */
final class Texts {

    private static final Pattern MARKER = Pattern.compile("\\[\\^(\\d+)]");

    private Texts() {}

    static Block block(int index, BlockKind kind, String marked) {
        StringBuilder text = new StringBuilder();
        List<FootnoteMarker> markers = new ArrayList<>();
        Matcher matcher = MARKER.matcher(marked);
        int last = 0;
        while (matcher.find()) {
            text.append(marked, last, matcher.start());
            markers.add(new FootnoteMarker(Integer.parseInt(matcher.group(1)), text.length()));
            last = matcher.end();
        }
        text.append(marked.substring(last));
        return new Block(index, kind, text.toString(), markers);
    }

    static Document document(List<Block> blocks, List<Footnote> footnotes) {
        StringBuilder all = new StringBuilder();
        blocks.forEach(b -> all.append(b.kind()).append(b.text()).append('\n'));
        footnotes.forEach(f -> all.append(f.number()).append(f.text()).append('\n'));
        return new Document(sha256(all.toString()), "test.txt", Metadata.none(), blocks, footnotes);
    }

    static Document body(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            blocks.add(block(blocks.size(), BlockKind.BODY, paragraph));
        }
        return document(blocks, List.of());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
