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
 *   <li>{@code MetadataReader}: title and authors;
 *   <li>{@code FootnoteSplitter}: numbered footnotes out of the body, by the expected sequence;
 *   <li>{@code Lexicon} and {@code DropCap}: the document's own words as evidence; drop caps put back;
 *   <li>{@code Floats}: captions and pull quotes set apart;
 *   <li>{@code Paragraphs} with {@code LineJoiner}: paragraphs and headings, cut sentences stitched,
 *       hyphenation repaired with evidence;
 *   <li>{@code Markers}: glued footnote markers out of the text, onto the block;
 *   <li>{@code CitationParser}: each footnote into citations, "Ibid." resolved.
 * </ol>
 *
 * <p>Every stage is linear in the text (pull-quote and drop-cap searches look a bounded number of
 * lines around), so a reading is linear. Stages hold no global state; a reading builds its own.
 */
package org.entente.reader;
