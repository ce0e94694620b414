package org.entente.app;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.entente.core.Block;
import org.entente.core.Document;
import org.entente.core.Extractor;
import org.entente.nlp.ActorKnowledgeBase;
import org.entente.nlp.Extractors;
import org.entente.reader.Readers;
import org.entente.store.IngestResult;
import org.entente.store.Store;

/**
 * Stock CoreNLP against Entente's whole ingest, in one process, on the same documents: the four
 * demo briefs and, when ../shared is there, the seed article, each repeated (as distinct bytes, so
 * the store does not skip them). First the stock pipeline {@code tokenize,ssplit,pos,lemma,ner,
 * depparse} on the reader's main text, two documents at a time; then reading, extraction and a
 * temporary DuckDB store, as {@code entente ingest} runs them. Prints sentences/s for both, their
 * ratio, and the process's peak heap and resident memory. Run by {@code bin/bench nlp [COPIES]}.
 */
final class NlpBenchmark {
    private static final int THREADS = 2;

    private NlpBenchmark() {}

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        List<Input> originals = new ArrayList<>(DemoCommand.corpus());
        Models.seed().ifPresent(seed -> originals.add(Input.file(seed)));
        List<Input> inputs = repeated(originals, copies);
        System.out.printf(
                Locale.ROOT,
                "%d documents (%s), %d copies each, %d threads%n",
                originals.size(),
                originals.stream().map(Input::source).map(NlpBenchmark::name).collect(Collectors.joining(", ")),
                copies,
                THREADS);

        List<String> texts = new ArrayList<>();
        for (Input input : inputs) {
            texts.add(mainText(Readers.forFile(input.source()).read(input.source(), input.bytes())));
        }
        Rate stock = stock(texts);
        System.out.printf(Locale.ROOT, "  peak heap while stock ran: %.2f GB%n", peakHeap() / 1e9);
        StanfordCoreNLP.clearAnnotatorPool(); // let the NER models go before Entente is measured
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Rate entente = entente(inputs);
        System.out.printf(Locale.ROOT, "  peak heap while Entente ran: %.2f GB%n", peakHeap() / 1e9);
        System.out.printf(
                Locale.ROOT,
                "ratio Entente / stock: %.2fx in wall-clock sentences/s, %.2fx in sentences per CPU-second"
                        + " (goal: at least 2x)%n",
                entente.wall() / stock.wall(),
                entente.cpu() / stock.cpu());
        System.out.printf(
                Locale.ROOT,
                "peak resident memory of the process (both pipelines): %s (goal: under 4 GB)%n",
                peakResident());
    }

    /** Sentences per wall-clock second and per CPU-second of the whole process. */
    private record Rate(double wall, double cpu) {}

    /** The stock pipeline over the texts, {@link #THREADS} at a time; sentences/s after a warm-up. */
    private static Rate stock(List<String> texts) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        long loading = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        System.out.printf(Locale.ROOT, "stock CoreNLP: models loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        pipeline.annotate(new CoreDocument(texts.get(0))); // warm-up
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long started = System.nanoTime();
            long cpu = cpuNanos();
            List<Future<Integer>> counts = new ArrayList<>();
            for (String text : texts) {
                counts.add(pool.submit(() -> {
                    CoreDocument document = new CoreDocument(text);
                    pipeline.annotate(document);
                    return document.sentences().size();
                }));
            }
            int sentences = 0;
            for (Future<Integer> count : counts) {
                sentences += count.get();
            }
            return report("stock CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse)", sentences, started, cpu);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Entente's ingest into a fresh temporary store; sentences/s after a warm-up extraction. */
    private static Rate entente(List<Input> inputs) throws IOException, ExecutionException {
        long loading = System.nanoTime();
        Extractor extractor = Extractors.coreNlp(ActorKnowledgeBase.builtIn(), THREADS);
        Input first = inputs.get(0);
        extractor.extract(Readers.forFile(first.source()).read(first.source(), first.bytes())); // warm-up
        System.out.printf(
                Locale.ROOT, "Entente: models loaded and warmed in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        Path dir = Files.createTempDirectory("entente-bench");
        try (Store store = Store.open(dir.resolve("bench.duckdb"))) {
            PrintWriter quiet = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            long started = System.nanoTime();
            long cpu = cpuNanos();
            List<Ingestion.Outcome> outcomes =
                    new Ingestion(extractor, store, THREADS).run(inputs, false, new Progress(quiet, false));
            int sentences = 0;
            for (Ingestion.Outcome outcome : outcomes) {
                if (outcome.failed()) {
                    throw new ExecutionException(outcome.error().get(), null);
                }
                sentences += outcome.result().map(IngestResult::sentences).orElse(0);
            }
            return report("Entente ingest (read, annotate, actors, code, time, store)", sentences, started, cpu);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Rate report(String what, int sentences, long started, long startedCpu) {
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (cpuNanos() - startedCpu) / 1e9;
        Rate rate = new Rate(sentences / seconds, sentences / cpuSeconds);
        System.out.printf(
                Locale.ROOT,
                "%s: %d sentences in %.1f s = %.1f sentences/s; %.1f CPU-s = %.1f sentences per CPU-second%n",
                what,
                sentences,
                seconds,
                rate.wall(),
                cpuSeconds,
                rate.cpu());
        return rate;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Each input {@code copies} times; copy k has k extra blank lines at its end, so its bytes differ. */
    private static List<Input> repeated(List<Input> originals, int copies) {
        List<Input> inputs = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            for (Input original : originals) {
                byte[] bytes = original.bytes();
                byte[] copy = Arrays.copyOf(bytes, bytes.length + k);
                Arrays.fill(copy, bytes.length, copy.length, (byte) '\n');
                String source = original.source();
                inputs.add(new Input() {
                    @Override
                    public String source() {
                        return source;
                    }

                    @Override
                    public byte[] bytes() {
                        return copy.clone();
                    }
                });
            }
        }
        return inputs;
    }

    private static String mainText(Document document) {
        return document.blocks().stream()
                .filter(block -> block.kind().isMainText() && !block.text().isBlank())
                .map(Block::text)
                .collect(Collectors.joining("\n\n"));
    }

    private static String name(String source) {
        return Path.of(source).getFileName().toString();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed())
                .sum();
    }

    /** VmHWM of /proc/self/status, where there is one. */
    private static String peakResident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "unknown (no /proc)";
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line ->
                        String.format(Locale.ROOT, "%.2f GB", Long.parseLong(line.replaceAll("\\D", "")) * 1024 / 1e9))
                .findFirst()
                .orElse("unknown");
    }
}
