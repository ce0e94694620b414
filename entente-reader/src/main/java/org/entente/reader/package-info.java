/**
 * Files to structured {@link org.entente.core.Document}s. {@link org.entente.reader.Readers} is the
 * public face: it picks a {@link org.entente.core.DocumentReader} by file name.
 *
 * <p>The plain-text path reads text as PDF extractors give it: lines broken at the column edge,
 * words hyphenated across lines, footnotes wherever the page broke, markers glued to the words,
 * captions and pull quotes in the middle of sentences, a running header. It is a chain of small
 * stages over the lines of one document, each one job and each testable alone:
 *
 * <ol>
 *   <li>{@code TextDecoder}: bytes to text (BOMs, UTF-8, windows-1252; refuses empty, binary, too large);
 *   <li>{@code Line} and {@code LineSpacing}: lines, with double spacing undone;
 *   <li>{@code PageFurniture}: running headers, footers, page numbers; venue and issue date;
 *   <li>{@code MetadataReader}: title and authors; venue and issue date from a venue line near the top
 *       ("Foreign Affairs Review | May 2025") where no running header gives them;
 *   <li>{@code FootnoteSplitter}: numbered footnotes out of the body, by the expected sequence;
 *   <li>{@code Lexicon} (over {@code WordTable}) and {@code DropCap}: the document's own words as
 *       evidence, and in the same pass each line's stems ({@code LineStems}) for the pull-quote index;
 *       drop caps put back;
 *   <li>{@code Floats}: captions and pull quotes set apart (pull quotes by {@code StemIndex} over the
 *       recorded stems);
 *   <li>{@code BlockQuotes}: indented passages set off from the flow kept as block quotes;
 *   <li>{@code Paragraphs} with {@code LineJoiner}: paragraphs and headings, cut sentences stitched,
 *       hyphenation repaired with evidence;
 *   <li>{@code Markers}: glued footnote markers out of the text, onto the block;
 *   <li>{@code CitationParser}: each footnote into citations, "Ibid." resolved.
 * </ol>
 *
 * <p>Every stage is linear in the text (pull-quote and drop-cap searches look a bounded number of
 * lines around), so a reading is linear. Stages hold no global state; a reading builds its own.
 *
 * <p>The HTML path ({@code .html}, {@code .htm}) is {@code HtmlReader}: {@code HtmlCharset} decodes
 * (byte-order mark, then valid UTF-8, then the declared {@code meta charset}, then windows-1252);
 * jsoup parses; {@code HtmlMetadata} (with {@code JsonLd} and {@code HtmlTitle}) reads title,
 * authors, venue and date before anything changes the page; hidden elements are removed;
 * Readability4J finds the article, with a fallback to the element with the most paragraph text when
 * Readability keeps a footer instead; {@code HtmlBlocks} turns the article into blocks (headings,
 * block quotes, figure captions as CAPTION) and every http(s) link into a numbered footnote with one
 * citation (link text as title, the address as URL) and a marker where the link text ends. Only
 * text nodes are read, so scripts and markup in a page come out as inert text or not at all. jsoup
 * and Readability4J types stay inside the package.
 *
 * <p>The PDF path ({@code .pdf}) is {@code PdfReader}, over Apache PDFBox: {@code PdfGlyphs} collects
 * every glyph with its size and place; {@code PdfLines} builds lines from shared baselines, attaches
 * raised small digits (superscript markers) to the line they sit on, splits rows at column gutters
 * and orders a page's lines by columns; {@code PdfRoles} tells, from type size and place, running
 * headers and page numbers (repeated in the margins), title and byline, footnotes (small type at a
 * column's foot opening with the next number), captions (other small type), pull quotes and
 * headings (large type); {@code PdfAssembly} joins the body into paragraphs across columns and pages
 * by indentation and line ends, keeps lines set in from both sides of their column as block quotes
 * in the flow, with the text path's {@code LineJoiner} and {@code Lexicon} for
 * hyphenation and its {@code CitationParser} for footnotes. PDFBox types stay inside the package;
 * {@link org.entente.reader.Reading} carries the running header out.
 */
package org.entente.reader;
