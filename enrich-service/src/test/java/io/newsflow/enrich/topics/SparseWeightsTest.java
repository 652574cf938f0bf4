package io.newsflow.enrich.topics;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SparseWeightsTest {
    @Test
    void scoresOnlyTheTermsBothHold() {
        SparseWeights weights = SparseWeights.of(new float[]{0, 2, 0, 0, -1, 0, 0, 0, 0, 3}, 0.5f);
        SparseVector text = new SparseVector(new int[]{0, 4, 8, 9}, new float[]{7, 2, 5, 1});

        assertThat(weights.decision(text)).isEqualTo(0.5 + 2 * -1 + 1 * 3);
    }

    @Test
    void givesTheDenseDotProductToTheLastBit() {
        Random random = new Random(3);
        for (int n = 0; n < 2_000; n++) {
            int dimensions = 1 + random.nextInt(3_000);
            float[] dense = new float[dimensions];
            double weightShare = random.nextDouble();
            for (int d = 0; d < dimensions; d++) {
                dense[d] = random.nextDouble() < weightShare ? (float) random.nextGaussian() : 0;
            }
            SparseWeights weights = SparseWeights.of(dense, (float) random.nextGaussian());
            int[] indices = random.ints(random.nextInt(200), 0, dimensions).distinct().sorted().toArray();
            float[] values = new float[indices.length];
            double expected = weights.bias();
            for (int k = 0; k < indices.length; k++) {
                values[k] = (float) random.nextDouble();
                // the weights kept (the non-zero ones) times the text's values, added in ascending index order
                if (dense[indices[k]] != 0) {
                    expected += values[k] * dense[indices[k]];
                }
            }
            assertThat(weights.decision(new SparseVector(indices, values))).isEqualTo(expected);
        }
    }
}
