package org.entente.spark;

import org.entente.core.Extractor;
import org.entente.nlp.ActorKnowledgeBase;
import org.entente.nlp.Extractors;

/**
 * The CoreNLP extractor of this JVM, built on first use. Building it takes seconds and about 2 GB
 * (CoreNLP's models), so it must happen once per executor JVM, not once per record or per task:
 * Spark gives an executor no other hook that outlives a task, hence this per-JVM holder. It is
 * the only state the jobs keep across tasks, it is written once and then only read, and the
 * extractor it holds is thread-safe and shared by the executor's task threads, as the ingest
 * command shares one between its workers.
 */
final class PerJvmExtractor {
    private static volatile Extractor extractor;

    private PerJvmExtractor() {}

    /**
     * @param threads the threads the extractor annotates on; used by the first call only: an
     *     executor's task slots
     */
    static Extractor get(int threads) {
        Extractor built = extractor;
        if (built == null) {
            synchronized (PerJvmExtractor.class) {
                built = extractor;
                if (built == null) {
                    built = Extractors.coreNlp(ActorKnowledgeBase.builtIn(), threads);
                    extractor = built;
                }
            }
        }
        return built;
    }
}
