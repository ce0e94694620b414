package org.entente.core;

/**
 * The text stages after reading: annotate, resolve actors, code assertions, resolve time.
 * Implementations are thread-safe and built once; calling {@link #extract} is the cheap part.
 */
public interface Extractor {
    Extraction extract(Document document);
}
