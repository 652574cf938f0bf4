package io.newsflow.enrich.metrics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts of gold class against predicted class for single-label predictions, with accuracy, per-class precision,
 * recall and F1, their unweighted mean (macro-F1), and a Markdown rendering. The training commands choose models by
 * it and the eval command reports it, so both measure the same way.
 *
 * @param <L> the class labels: {@code SentimentLabel}s, or topic QCodes and dataset categories as strings
 */
public final class ConfusionMatrix<L extends Comparable<L>> {
    private final List<L> classes;
    private final Map<L, Map<L, Integer>> counts = new LinkedHashMap<>();

    /** A matrix whose macro-F1 averages over the gold classes it has seen. */
    public ConfusionMatrix() {
        this(List.of());
    }

    /**
     * A matrix whose macro-F1 averages over {@code classes}, including any never seen, which score 0: a model that
     * never predicts a class should not look better for it.
     */
    public ConfusionMatrix(Collection<L> classes) {
        this.classes = List.copyOf(classes);
    }

    /** Rows appear in the order their gold class is first added. */
    public void add(L gold, L predicted) {
        counts.computeIfAbsent(gold, g -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    }

    public int count(L gold, L predicted) {
        return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    /** How many examples have {@code label} as their gold class. */
    public int gold(L label) {
        return counts.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many examples were predicted as {@code label}. */
    public int predicted(L label) {
        return counts.values().stream().mapToInt(row -> row.getOrDefault(label, 0)).sum();
    }

    public int total() {
        return counts.keySet().stream().mapToInt(this::gold).sum();
    }

    public double accuracy() {
        int correct = counts.keySet().stream().mapToInt(label -> count(label, label)).sum();
        int total = total();
        return total == 0 ? 0 : (double) correct / total;
    }

    public double precision(L label) {
        int predicted = predicted(label);
        return predicted == 0 ? 0 : (double) count(label, label) / predicted;
    }

    public double recall(L label) {
        int gold = gold(label);
        return gold == 0 ? 0 : (double) count(label, label) / gold;
    }

    public double f1(L label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The unweighted mean of the per-class F1 (NewsMTSC's headline metric). */
    public double macroF1() {
        Collection<L> over = classes.isEmpty() ? counts.keySet() : classes;
        return over.isEmpty() ? 0 : over.stream().mapToDouble(this::f1).sum() / over.size();
    }

    /** @return how often each class outside {@code columns} was predicted, most frequent first */
    public Map<L, Integer> outside(Set<L> columns) {
        Map<L, Integer> outside = new TreeMap<>();
        counts.values().forEach(row -> row.forEach((predicted, n) -> {
            if (!columns.contains(predicted)) {
                outside.merge(predicted, n, Integer::sum);
            }
        }));
        Map<L, Integer> sorted = new LinkedHashMap<>();
        outside.entrySet().stream().sorted(Map.Entry.<L, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * @param goldNames      display name of each gold class, in row order
     * @param predictedNames display name of each predicted class, in column order; predictions outside it fall
     *                       into a last column "other"
     */
    public String markdown(Map<L, String> goldNames, Map<L, String> predictedNames) {
        List<L> columns = List.copyOf(predictedNames.keySet());
        StringBuilder md = new StringBuilder("| gold \\ predicted |");
        columns.forEach(column -> md.append(' ').append(predictedNames.get(column)).append(" |"));
        md.append(" other | total |\n|---|");
        columns.forEach(column -> md.append("---:|"));
        md.append("---:|---:|\n");
        goldNames.forEach((gold, name) -> {
            Map<L, Integer> row = counts.getOrDefault(gold, Map.of());
            md.append("| ").append(name).append(" |");
            int other = 0;
            int total = 0;
            for (Map.Entry<L, Integer> cell : row.entrySet()) {
                total += cell.getValue();
                other += columns.contains(cell.getKey()) ? 0 : cell.getValue();
            }
            columns.forEach(column -> md.append(' ').append(row.getOrDefault(column, 0)).append(" |"));
            md.append(' ').append(other).append(" | ").append(total).append(" |\n");
        });
        return md.toString();
    }
}
