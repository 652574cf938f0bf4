package io.newsflow.enrich.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts of gold class against predicted top topic, rendered as a Markdown table. */
final class ConfusionMatrix {
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

    /** Rows appear in the order their gold class is first added. */
    void add(String gold, String predicted) {
        counts.computeIfAbsent(gold, g -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    }

    int count(String gold, String predicted) {
        return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    int rowTotal(String gold) {
        return counts.getOrDefault(gold, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return how often each topic outside {@code columns} was predicted, most frequent first */
    Map<String, Integer> outside(Set<String> columns) {
        Map<String, Integer> outside = new TreeMap<>();
        counts.values().forEach(row -> row.forEach((predicted, n) -> {
            if (!columns.contains(predicted)) {
                outside.merge(predicted, n, Integer::sum);
            }
        }));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        outside.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * @param goldNames      display name of each gold class, in row order
     * @param predictedNames display name of each predicted topic, in column order; predictions outside it fall
     *                       into a last column "other"
     */
    String markdown(Map<String, String> goldNames, Map<String, String> predictedNames) {
        List<String> columns = List.copyOf(predictedNames.keySet());
        StringBuilder md = new StringBuilder("| gold \\ predicted |");
        columns.forEach(column -> md.append(' ').append(predictedNames.get(column)).append(" |"));
        md.append(" other | total |\n|---|");
        columns.forEach(column -> md.append("---:|"));
        md.append("---:|---:|\n");
        goldNames.forEach((gold, name) -> {
            Map<String, Integer> row = counts.getOrDefault(gold, Map.of());
            md.append("| ").append(name).append(" |");
            int other = 0;
            int total = 0;
            for (Map.Entry<String, Integer> cell : row.entrySet()) {
                total += cell.getValue();
                other += columns.contains(cell.getKey()) ? 0 : cell.getValue();
            }
            columns.forEach(column -> md.append(' ').append(row.getOrDefault(column, 0)).append(" |"));
            md.append(' ').append(other).append(" | ").append(total).append(" |\n");
        });
        return md.toString();
    }
}
