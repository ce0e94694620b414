package org.entente.app;

import java.util.function.Supplier;
import org.entente.core.Document;
import org.entente.core.Extraction;
import org.entente.core.Extractor;

/**
 * An extractor built on its first use, once, and kept: the workbench starts at once without the
 * language models and loads them (seconds, about 2 GB) with its first upload. Thread-safe.
 */
final class LazyExtractor implements Extractor {
    private final Supplier<Extractor> build;
    private Extractor built;

    LazyExtractor(Supplier<Extractor> build) {
        this.build = build;
    }

    @Override
    public Extraction extract(Document document) {
        return extractor().extract(document);
    }

    private synchronized Extractor extractor() {
        if (built == null) {
            built = build.get();
        }
        return built;
    }
}
