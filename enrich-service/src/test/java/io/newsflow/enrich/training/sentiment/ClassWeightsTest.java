package io.newsflow.enrich.training.sentiment;

import io.newsflow.enrich.sentiment.SentimentLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.newsflow.enrich.sentiment.SentimentLabel.NEGATIVE;
import static io.newsflow.enrich.sentiment.SentimentLabel.NEUTRAL;
import static io.newsflow.enrich.sentiment.SentimentLabel.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;

/** Choosing class weights on out-of-fold probabilities, with predictions we made up. */
class ClassWeightsTest {
    @Test
    void raisesTheWeightOfAClassThatArgmaxUnderPredicts() {
        List<SentimentLabel> labels = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        List<Integer> folds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            add(labels, probabilities, folds, NEGATIVE, new double[] {0.7, 0.2, 0.1}, i % 2);
            add(labels, probabilities, folds, NEUTRAL, new double[] {0.1, 0.6, 0.3}, i % 2);
            // positives lose to neutral by a little: a positive weight of 1.2 or more fixes them all
            add(labels, probabilities, folds, POSITIVE, new double[] {0.1, 0.47, 0.43}, i % 2);
        }
        SentimentTrainer.CrossValidation figures =
                new SentimentTrainer.CrossValidation(null, null, labels, probabilities, folds);

        SentimentTrainer.ClassWeights weights = SentimentTrainer.chooseClassWeights(figures, 2);

        assertThat(weights.weights()[1]).isEqualTo(1);
        assertThat(weights.weights()[2]).isBetween(1.1, 2.0);
        assertThat(weights.weights()[2] * 0.43).isGreaterThan(0.47);
        assertThat(weights.weights()[2] * 0.3).isLessThan(0.6);
        assertThat(weights.macroF1()).isEqualTo(1.0);
        assertThat(weights.nestedMacroF1()).isEqualTo(1.0);
    }

    @Test
    void keepsEqualWeightsWhenArgmaxIsAlreadyRight() {
        List<SentimentLabel> labels = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        List<Integer> folds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            add(labels, probabilities, folds, NEGATIVE, new double[] {0.8, 0.1, 0.1}, i % 2);
            add(labels, probabilities, folds, NEUTRAL, new double[] {0.1, 0.8, 0.1}, i % 2);
            add(labels, probabilities, folds, POSITIVE, new double[] {0.1, 0.1, 0.8}, i % 2);
        }

        SentimentTrainer.ClassWeights weights = SentimentTrainer.chooseClassWeights(
                new SentimentTrainer.CrossValidation(null, null, labels, probabilities, folds), 2);

        assertThat(weights.weights()).containsExactly(1, 1, 1);
    }

    private static void add(List<SentimentLabel> labels, List<double[]> probabilities, List<Integer> folds,
                            SentimentLabel label, double[] p, int fold) {
        labels.add(label);
        probabilities.add(p);
        folds.add(fold);
    }
}
