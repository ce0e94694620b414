package org.entente.reader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.entente.core.Block;
import org.entente.core.Document;
import org.entente.core.Footnote;
import org.entente.core.InputException;
import org.entente.core.Metadata;
import org.entente.core.PartialDate;

/**
 * Reads a PDF through Apache PDFBox, using what extracted text loses: each glyph's size and place.
 * {@link PdfGlyphs} collects the glyphs, {@link PdfLines} builds lines and reading order (columns,
 * superscripts), {@link PdfRoles} tells body from furniture, footnotes, captions, pull quotes and
 * headings, and {@link PdfAssembly} joins paragraphs; hyphenation ({@link LineJoiner} with the
 * document's {@link Lexicon}) and citations ({@link CitationParser}) are the text path's. Where no
 * raised marker is found, the text path's {@link Markers} looks for glued ones.
 *
 * <p>Bounds: {@link Readers#MAX_BYTES}, {@value #MAX_PAGES} pages, {@value #MAX_GLYPHS} characters;
 * PDFBox's buffers are kept in memory, within those. An encrypted, corrupt or text-less (scanned) PDF
 * is refused with one {@link InputException} naming the file. Stateless and thread-safe.
 */
final class PdfReader implements LayoutReader {
    static final int MAX_PAGES = 2000;
    static final long MAX_GLYPHS = 20_000_000L;

    @Override
    public Reading reading(String source, byte[] content) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        String name = source.isBlank() ? "(unnamed)" : source;
        if (content.length > Readers.MAX_BYTES) {
            throw new InputException(
                    name + ": too large (" + content.length + " bytes, at most " + Readers.MAX_BYTES + ")");
        }
        if (content.length == 0) {
            throw new InputException(name + ": empty file");
        }
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new InputException(name + ": " + pages + " pages, more than the " + MAX_PAGES + " read");
            }
            if (pages == 0) {
                throw new InputException(name + ": a PDF without pages");
            }
            return build(name, content, new PdfGlyphs(name, MAX_GLYPHS).collect(pdf), info(pdf));
        } catch (InvalidPasswordException e) {
            throw new InputException(name + ": encrypted PDF, a password is needed to read it", e);
        } catch (IOException e) {
            throw new InputException(name + ": not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    private static Reading build(String name, byte[] content, List<PdfGlyphs.Page> pages, Metadata info) {
        List<PdfLine> lines = new ArrayList<>();
        Map<Integer, Float> widths = new HashMap<>();
        Map<Integer, Float> heights = new HashMap<>();
        for (PdfGlyphs.Page page : pages) {
            lines.addAll(PdfLines.read(page));
            widths.put(page.number(), page.width());
            heights.put(page.number(), page.height());
        }
        if (lines.stream().noneMatch(l -> l.text().codePoints().anyMatch(Character::isLetter))) {
            throw new InputException(name + ": no text layer on any of its " + pages.size()
                    + " pages (a scanned PDF?); run it through OCR first");
        }
        PdfRoles.Result layout = new PdfRoles(lines, widths, heights).classify();
        Lexicon lexicon = new Lexicon();
        lines.forEach(line -> lexicon.addLine(line.text()));
        LineJoiner joiner = new LineJoiner(lexicon);
        Set<Integer> numbers = new TreeSet<>();
        layout.footnotes().forEach(note -> numbers.add(note.number()));
        List<Block> blocks = new PdfAssembly(layout, joiner, numbers).blocks();
        if (!numbers.isEmpty() && blocks.stream().allMatch(b -> b.markers().isEmpty())) {
            blocks = gluedMarkers(blocks, numbers);
        }
        List<Footnote> footnotes = PlainTextReader.footnotes(layout.footnotes(), joiner);
        if (blocks.isEmpty() && footnotes.isEmpty()) {
            throw new InputException(name + ": nothing readable (no paragraphs found)");
        }
        Metadata metadata = metadata(info, layout);
        Document document = new Document(PlainTextReader.sha256(content), name, metadata, blocks, footnotes);
        return new Reading(document, layout.header());
    }

    private static List<Block> gluedMarkers(List<Block> blocks, Set<Integer> numbers) {
        Markers markers = new Markers(numbers);
        return blocks.stream()
                .map(b -> markers.block(b.index(), new Draft(b.kind(), b.text())))
                .toList();
    }

    /** The document information's fields, where given. */
    private static Metadata info(PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        Optional<String> title = nonBlank(info.getTitle());
        List<String> authors =
                nonBlank(info.getAuthor()).map(PdfReader::authors).orElse(List.of());
        Calendar created = info.getCreationDate();
        Optional<PartialDate> date = created == null
                ? Optional.empty()
                : Optional.of(PartialDate.day(
                        created.get(Calendar.YEAR),
                        created.get(Calendar.MONTH) + 1,
                        created.get(Calendar.DAY_OF_MONTH)));
        return new Metadata(title, authors, Optional.empty(), date);
    }

    private static Metadata metadata(Metadata info, PdfRoles.Result layout) {
        Optional<String> title = info.title().or(layout::title);
        List<String> authors = info.authors().isEmpty()
                ? layout.byline().map(PdfReader::authors).orElse(List.of())
                : info.authors();
        Optional<PageFurniture.Header> header = layout.header().flatMap(PageFurniture::parse);
        return new Metadata(
                title,
                authors,
                header.flatMap(PageFurniture.Header::venue),
                info.date().or(() -> header.flatMap(PageFurniture.Header::date)));
    }

    private static List<String> authors(String names) {
        return Arrays.stream(names.split("\\s*(?:,\\s*and\\s+|,|;|\\band\\b|&)\\s*"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
