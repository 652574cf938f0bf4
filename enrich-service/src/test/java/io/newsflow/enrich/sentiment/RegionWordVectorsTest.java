package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.topics.WordVectors;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

/** The word-vector part of a sentiment model, with the shipped vectors. */
class RegionWordVectorsTest {
    private static final WordVectors VECTORS = WordVectors.loadDefault();

    /** Region r, class k, dimension d weighs (r + 1) * (k - 1) * (d % 3 - 1): distinct, signed, some zero. */
    private static RegionWordVectors invented() {
        int dimension = VECTORS.dimension();
        float[][] weights = new float[SentimentFeatures.REGIONS][3 * dimension];
        for (int r = 0; r < weights.length; r++) {
            for (int k = 0; k < 3; k++) {
                for (int d = 0; d < dimension; d++) {
                    weights[r][k * dimension + d] = (r + 1) * (k - 1) * (d % 3 - 1);
                }
            }
        }
        return new RegionWordVectors(VECTORS, weights);
    }

    @Test
    void addsTheWordsUnitVectorTimesTheRegionsWeightsPerClass() {
        double[] vector = new double[VECTORS.dimension()];
        assertThat(VECTORS.unitVector("praised", vector)).isTrue();
        double expected = 0;
        for (int d = 0; d < vector.length; d++) {
            expected += 3 * (d % 3 - 1) * vector[d];
        }

        double[] scores = {0.5, 0.5, 0.5};
        invented().addScores(2, "Praised", scores);

        assertThat(scores[0]).isCloseTo(0.5 - expected, offset(1e-5));
        assertThat(scores[1]).isEqualTo(0.5);
        assertThat(scores[2]).isCloseTo(0.5 + expected, offset(1e-5));
    }

    @Test
    void aRegionWithoutWeightsAddsNothing() {
        float[][] weights = new float[SentimentFeatures.REGIONS][3 * VECTORS.dimension()];
        weights[0][0] = 1;
        RegionWordVectors sentenceOnly = new RegionWordVectors(VECTORS, weights);
        double[] scores = {1, 2, 3};

        sentenceOnly.addScores(4, "praised", scores);

        assertThat(scores).containsExactly(1, 2, 3);
        sentenceOnly.addScores(0, "praised", scores);
        assertThat(scores[0]).isNotEqualTo(1);
    }

    @Test
    void aWordWithoutAVectorAddsNothing() {
        double[] scores = {1, 2, 3};

        invented().addScores(0, "qzxvbnmkj", scores);

        assertThat(scores).containsExactly(1, 2, 3);
    }

    @Test
    void readsBackWhatItWritesAndScoresAlike() throws IOException {
        StringWriter out = new StringWriter();
        RegionWordVectors.write(invented(), out);

        RegionWordVectors read = RegionWordVectors.read(new BufferedReader(new StringReader(out.toString())), VECTORS);

        double[] original = new double[3];
        double[] again = new double[3];
        invented().addScores(5, "minister", original);
        read.addScores(5, "minister", again);
        assertThat(again).containsExactly(original);
        assertThat(out.toString()).startsWith("word-vectors\t" + VECTORS.version() + "\t" + VECTORS.dimension() + "\n");
    }

    @Test
    void aModelWithoutWordVectorsSaysSoAndReadsAsNone() throws IOException {
        StringWriter out = new StringWriter();
        RegionWordVectors.write(null, out);

        assertThat(RegionWordVectors.read(new BufferedReader(new StringReader(out.toString())), VECTORS)).isNull();
    }

    @Test
    void refusesAModelTrainedWithOtherVectors() {
        String file = "word-vectors\t000000000000\t" + VECTORS.dimension() + "\n";

        assertThatThrownBy(() -> RegionWordVectors.read(new BufferedReader(new StringReader(file)), VECTORS))
                .isInstanceOf(IOException.class).hasMessageContaining("trained with word vectors 000000000000");
    }
}
