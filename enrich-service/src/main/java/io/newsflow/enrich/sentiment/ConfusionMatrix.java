package io.newsflow.enrich.sentiment;

/**
 * Counts of gold versus predicted {@link SentimentLabel}s, with per-class precision, recall and F1 and their
 * unweighted mean over the three classes (macro-F1, NewsMTSC's headline metric).
 */
public final class ConfusionMatrix {
    private final int[][] counts = new int[3][3];

    public void add(SentimentLabel gold, SentimentLabel predicted) {
        counts[gold.ordinal()][predicted.ordinal()]++;
    }

    public int count(SentimentLabel gold, SentimentLabel predicted) {
        return counts[gold.ordinal()][predicted.ordinal()];
    }

    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    public int gold(SentimentLabel label) {
        int sum = 0;
        for (int count : counts[label.ordinal()]) {
            sum += count;
        }
        return sum;
    }

    public double accuracy() {
        int correct = 0;
        for (int k = 0; k < 3; k++) {
            correct += counts[k][k];
        }
        return total() == 0 ? 0 : (double) correct / total();
    }

    public double precision(SentimentLabel label) {
        int predicted = 0;
        for (int[] row : counts) {
            predicted += row[label.ordinal()];
        }
        return predicted == 0 ? 0 : (double) counts[label.ordinal()][label.ordinal()] / predicted;
    }

    public double recall(SentimentLabel label) {
        int gold = gold(label);
        return gold == 0 ? 0 : (double) counts[label.ordinal()][label.ordinal()] / gold;
    }

    public double f1(SentimentLabel label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (SentimentLabel label : SentimentLabel.values()) {
            sum += f1(label);
        }
        return sum / 3;
    }
}
