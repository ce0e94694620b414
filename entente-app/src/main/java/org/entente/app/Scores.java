package org.entente.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.entente.core.Assertion;
import org.entente.core.Sign;
import org.entente.core.TimeSpan;

/**
 * Scores extracted assertions against a gold standard, per document and in total.
 *
 * <p>The unit is a dyad: (sentence, source, target, sign, factual or not), with persons counted as
 * the state they serve. A predicted dyad is right when a gold row of its document has its phrase in
 * the evidence sentence, the same sign and factuality, and the same pair (either way round for
 * mutual rows). Precision counts distinct predicted dyads; recall counts the gold's pairs found.
 * A found row's date is right when the first matching assertion's span starts and ends within the
 * gold's date; its kind is right when some matching assertion has the gold's kind.
 *
 * <p>Actor resolution: of the actors (as scored) of the assertions extracted from annotated
 * sentences (those with a gold row's phrase), the share that some gold row of that sentence names.
 * An actor the gold does not name there was resolved wrongly ("Georgia" the US state as GEO) or
 * tied by a misparse; either way it is an actor the analyst would have to strike out.
 */
final class Scores {
    /** The counts of one document or of all. */
    record Count(
            int predicted,
            int correct,
            int gold,
            int found,
            int dated,
            int datesRight,
            int rowsFound,
            int kindsRight,
            int actors,
            int actorsRight) {
        static final Count ZERO = new Count(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        /** The share of actors resolved right; 0 when no actor was checked. */
        double actorAccuracy() {
            return actors == 0 ? 0 : (double) actorsRight / actors;
        }

        /** The share of found dated rows with the right date; 0 when none. */
        double dateAccuracy() {
            return dated == 0 ? 0 : (double) datesRight / dated;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Count plus(Count o) {
            return new Count(
                    predicted + o.predicted,
                    correct + o.correct,
                    gold + o.gold,
                    found + o.found,
                    dated + o.dated,
                    datesRight + o.datesRight,
                    rowsFound + o.rowsFound,
                    kindsRight + o.kindsRight,
                    actors + o.actors,
                    actorsRight + o.actorsRight);
        }
    }

    /** A predicted dyad the gold does not have, or a gold pair that was not found. */
    record Miss(String document, String source, String target, String sign, String sentence) {}

    /** A found dated row whose first matching assertion's span is not within the gold's date. */
    record DateMiss(String document, String gold, TimeSpan found, String phrase) {}

    record Result(
            Map<String, Count> byDocument,
            Count total,
            List<Miss> wrong,
            List<Miss> missed,
            List<DateMiss> wrongDates) {}

    private Scores() {}

    /**
     * @param predictions the assertions extracted from each gold document, by document name
     * @param asActor maps an actor id to the id it is scored as (a person to their state)
     */
    static Result score(GoldStandard gold, Map<String, List<Assertion>> predictions, UnaryOperator<String> asActor) {
        Map<GoldStandard.Row, Set<List<String>>> found = new HashMap<>();
        Map<GoldStandard.Row, TimeSpan> firstTime = new HashMap<>();
        Map<GoldStandard.Row, Set<String>> kinds = new HashMap<>();
        Map<String, int[]> predictedCorrect = new LinkedHashMap<>();
        List<Miss> wrong = new ArrayList<>();
        for (String document : gold.documents()) {
            int[] counts = predictedCorrect.computeIfAbsent(document, d -> new int[4]);
            Set<String> seen = new LinkedHashSet<>();
            Set<String> actorsSeen = new LinkedHashSet<>();
            for (Assertion a : predictions.getOrDefault(document, List.of())) {
                String sentence = GoldStandard.normalise(a.evidence().text());
                boolean factual = GoldStandard.isFactual(a.modality());
                Set<String> named = namedIn(gold, document, sentence);
                if (!named.isEmpty()) {
                    for (String actor : actorsOf(a, asActor)) {
                        if (actorsSeen.add(sentence + '|' + actor)) {
                            counts[2]++;
                            counts[3] += named.contains(actor) ? 1 : 0;
                        }
                    }
                }
                for (String s : a.sources()) {
                    for (String t : a.targets()) {
                        String source = asActor.apply(s);
                        String target = asActor.apply(t);
                        if (source.equals(target)
                                || !seen.add(sentence + '|' + source + '|' + target + '|' + a.sign() + '|' + factual)) {
                            continue;
                        }
                        counts[0]++;
                        GoldStandard.Row row = match(gold, document, sentence, source, target, a, factual);
                        if (row == null) {
                            wrong.add(new Miss(
                                    document,
                                    source,
                                    target,
                                    AssertionsCommand.signSymbol(a.sign().value()),
                                    a.evidence().text()));
                            continue;
                        }
                        counts[1]++;
                        List<String> pair = pairOf(row, source, target);
                        if (found.computeIfAbsent(row, r -> new LinkedHashSet<>())
                                .add(pair)) {
                            firstTime.putIfAbsent(row, a.time());
                        }
                        kinds.computeIfAbsent(row, r -> new LinkedHashSet<>())
                                .add(a.kind().label());
                    }
                }
            }
        }
        Map<String, Count> byDocument = new LinkedHashMap<>();
        List<Miss> missed = new ArrayList<>();
        List<DateMiss> wrongDates = new ArrayList<>();
        for (String document : gold.documents()) {
            int[] pc = predictedCorrect.get(document);
            Count count = new Count(pc[0], pc[1], 0, 0, 0, 0, 0, 0, pc[2], pc[3]);
            for (GoldStandard.Row row : gold.rows()) {
                if (!row.document().equals(document)) {
                    continue;
                }
                Set<List<String>> pairs = found.getOrDefault(row, Set.of());
                boolean rowFound = !pairs.isEmpty();
                boolean dated = rowFound && !row.date().equals("-");
                boolean dateRight = dated && within(firstTime.get(row), row.date());
                if (dated && !dateRight) {
                    wrongDates.add(new DateMiss(document, row.date(), firstTime.get(row), row.phrase()));
                }
                count = count.plus(new Count(
                        0,
                        0,
                        row.pairs().size(),
                        pairs.size(),
                        dated ? 1 : 0,
                        dateRight ? 1 : 0,
                        rowFound ? 1 : 0,
                        rowFound && kinds.get(row).contains(row.kind().label()) ? 1 : 0,
                        0,
                        0));
                for (List<String> pair : row.pairs()) {
                    if (!pairs.contains(pair)) {
                        missed.add(new Miss(
                                document,
                                pair.get(0),
                                pair.get(1),
                                row.sign() == Sign.POSITIVE ? "+" : "-",
                                row.phrase()));
                    }
                }
            }
            byDocument.put(document, count);
        }
        Count total = byDocument.values().stream().reduce(Count.ZERO, Count::plus);
        return new Result(byDocument, total, wrong, missed, wrongDates);
    }

    /** Every actor the gold rows of this sentence name; empty when the sentence is not annotated. */
    private static Set<String> namedIn(GoldStandard gold, String document, String sentence) {
        Set<String> named = new LinkedHashSet<>();
        for (GoldStandard.Row row : gold.rows()) {
            if (row.document().equals(document) && sentence.contains(row.phrase())) {
                row.pairs().forEach(named::addAll);
            }
        }
        return named;
    }

    private static Set<String> actorsOf(Assertion a, UnaryOperator<String> asActor) {
        Set<String> actors = new LinkedHashSet<>();
        a.sources().forEach(id -> actors.add(asActor.apply(id)));
        a.targets().forEach(id -> actors.add(asActor.apply(id)));
        return actors;
    }

    private static GoldStandard.Row match(
            GoldStandard gold,
            String document,
            String sentence,
            String source,
            String target,
            Assertion a,
            boolean factual) {
        for (GoldStandard.Row row : gold.rows()) {
            if (row.document().equals(document)
                    && sentence.contains(row.phrase())
                    && row.sign() == a.sign()
                    && row.factual() == factual
                    && pairOf(row, source, target) != null) {
                return row;
            }
        }
        return null;
    }

    /** The row's pair that (source, target) matches, or null. */
    private static List<String> pairOf(GoldStandard.Row row, String source, String target) {
        for (List<String> pair : row.pairs()) {
            if (pair.get(0).equals(source) && pair.get(1).equals(target)
                    || row.mutual() && pair.get(0).equals(target) && pair.get(1).equals(source)) {
                return pair;
            }
        }
        return null;
    }

    /** True when the span lies within the gold's date (a year, month or day). */
    private static boolean within(TimeSpan time, String date) {
        return time != null
                && time.isKnown()
                && time.start().map(LocalDate::toString).orElse("").startsWith(date)
                && time.end().map(LocalDate::toString).orElse("").startsWith(date);
    }
}
