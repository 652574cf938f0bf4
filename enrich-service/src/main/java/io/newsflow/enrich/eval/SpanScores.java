package io.newsflow.enrich.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-span precision, recall and F1, per entity type and over all types, counted as {@code conlleval} counts
 * them: a predicted span is correct only when a gold span has the same first token, last token and type, and
 * the overall figures come from the summed counts (micro average).
 */
final class SpanScores {
    private final Map<String, Counts> byType = new TreeMap<>();

    /** Adds one sentence's gold and predicted spans. */
    void add(List<TypedSpan> gold, List<TypedSpan> predicted) {
        Set<TypedSpan> goldSet = new HashSet<>(gold);
        gold.forEach(span -> counts(span.type()).gold++);
        for (TypedSpan span : new HashSet<>(predicted)) {
            Counts counts = counts(span.type());
            counts.predicted++;
            if (goldSet.contains(span)) {
                counts.correct++;
            }
        }
    }

    /** The types seen in gold or predictions, in alphabetical order. */
    Set<String> types() {
        return byType.keySet();
    }

    Score of(String type) {
        Counts counts = byType.get(type);
        if (counts == null) {
            throw new IllegalArgumentException("No span of type " + type + " was scored; types are " + types());
        }
        return new Score(counts.gold, counts.predicted, counts.correct);
    }

    Score overall() {
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        for (Counts counts : byType.values()) {
            gold += counts.gold;
            predicted += counts.predicted;
            correct += counts.correct;
        }
        return new Score(gold, predicted, correct);
    }

    private Counts counts(String type) {
        return byType.computeIfAbsent(type, t -> new Counts());
    }

    private static final class Counts {
        int gold;
        int predicted;
        int correct;
    }

    /** Counts of spans and the figures derived from them; a figure with nothing to divide by is 0. */
    record Score(int gold, int predicted, int correct) {
        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        double f1() {
            double sum = precision() + recall();
            return sum == 0 ? 0 : 2 * precision() * recall() / sum;
        }
    }
}
