package org.entente.reader;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.entente.core.Block;
import org.entente.core.Citation;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.InputException;
import org.entente.core.Metadata;

/**
 * Reads PDF-extracted plain text into a {@link Document}. The text path is a chain of small stages
 * over the document's lines: decode, remove page furniture, read metadata, split off footnotes, put
 * drop caps back, set captions and pull quotes apart, join paragraphs (repairing hyphenation), take
 * out footnote markers, parse citations. Each stage is linear in the text, so the whole is. Stateless
 * and thread-safe: every reading builds its own stages.
 */
final class PlainTextReader implements LayoutReader {
    private final TextDecoder decoder = new TextDecoder(Readers.MAX_BYTES);

    @Override
    public Reading reading(String source, byte[] content) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        String name = source.isBlank() ? "(unnamed)" : source;
        String text = decoder.decode(name, content);
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw new InputException(name + ": nothing readable (no letters in the text)");
        }
        Layout layout = new Layout(LineSpacing.normalize(Line.split(text)));
        PageFurniture.Header header = new PageFurniture().mark(layout);
        Metadata metadata = new MetadataReader().read(layout, header);
        List<RawFootnote> raw = new FootnoteSplitter().split(layout);
        Lexicon lexicon = Lexicon.of(layout);
        LineJoiner joiner = new LineJoiner(lexicon);
        new DropCap(lexicon).repair(layout);
        Set<Integer> numbers = new TreeSet<>();
        raw.forEach(note -> numbers.add(note.number()));
        new Floats(joiner, lexicon.stems(), numbers).mark(layout);
        new BlockQuotes().mark(layout);
        List<Block> blocks = blocks(new Paragraphs(joiner).build(layout), numbers);
        List<Footnote> footnotes = footnotes(raw, joiner);
        if (blocks.isEmpty() && footnotes.isEmpty()) {
            throw new InputException(name + ": nothing readable (no paragraphs found)");
        }
        return new Reading(new Document(sha256(content), name, metadata, blocks, footnotes), header.text());
    }

    private static List<Block> blocks(List<Draft> drafts, Set<Integer> numbers) {
        Markers markers = new Markers(numbers);
        List<Block> blocks = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            if (!draft.text().isBlank()) {
                blocks.add(markers.block(blocks.size(), draft));
            }
        }
        return blocks;
    }

    /** Joins each footnote's lines and parses its citations, "Ibid." taking the citation before. */
    static List<Footnote> footnotes(List<RawFootnote> raw, LineJoiner joiner) {
        CitationParser parser = new CitationParser();
        List<Footnote> footnotes = new ArrayList<>(raw.size());
        Optional<Citation> previous = Optional.empty();
        for (RawFootnote note : raw) {
            String text = joiner.join(note.lines());
            List<Citation> citations = parser.parse(text, previous);
            footnotes.add(new Footnote(note.number(), text, citations));
            if (!citations.isEmpty()) {
                previous = Optional.of(citations.get(citations.size() - 1));
            }
        }
        return footnotes;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
