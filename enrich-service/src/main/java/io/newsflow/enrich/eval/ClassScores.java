package io.newsflow.enrich.eval;

import io.newsflow.enrich.metrics.ConfusionMatrix;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Accuracy and per-class precision, recall and F1 of single-label predictions, from a confusion matrix whose gold
 * classes map to one predicted topic each. A prediction of a topic outside the mapping is wrong for its gold class
 * and counts against no other class.
 */
record ClassScores(Map<String, double[]> precisionRecallF1, int correct, int total) {

    static ClassScores of(ConfusionMatrix<String> matrix, Map<String, String> topicOfClass) {
        Map<String, double[]> scores = new LinkedHashMap<>();
        int correct = 0;
        int total = 0;
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(topicOfClass).entrySet()) {
            String gold = entry.getKey();
            int truePositives = matrix.count(gold, entry.getValue());
            int predicted = topicOfClass.keySet().stream().mapToInt(g -> matrix.count(g, entry.getValue())).sum();
            int goldTotal = matrix.gold(gold);
            double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
            double recall = goldTotal == 0 ? 0 : (double) truePositives / goldTotal;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.put(gold, new double[] {precision, recall, f1});
            correct += truePositives;
            total += goldTotal;
        }
        return new ClassScores(scores, correct, total);
    }

    double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    double macroF1() {
        return precisionRecallF1.values().stream().mapToDouble(s -> s[2]).average().orElse(0);
    }

    String markdown(Map<String, String> names) {
        StringBuilder md = new StringBuilder("| class | precision | recall | F1 |\n|---|---:|---:|---:|\n");
        precisionRecallF1.forEach((gold, s) -> md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f |%n",
                names.getOrDefault(gold, gold), s[0], s[1], s[2])));
        md.append(String.format(Locale.ROOT, "| **macro** | | | %.4f |%n", macroF1()));
        return md.toString();
    }
}
