package io.newsflow.enrich.metrics;

import io.newsflow.enrich.sentiment.SentimentLabel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsflow.enrich.sentiment.SentimentLabel.NEGATIVE;
import static io.newsflow.enrich.sentiment.SentimentLabel.NEUTRAL;
import static io.newsflow.enrich.sentiment.SentimentLabel.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfusionMatrixTest {
    @Test
    void averagesPerClassF1WithoutWeightingByClassSize() {
        ConfusionMatrix<SentimentLabel> matrix = new ConfusionMatrix<>(List.of(SentimentLabel.values()));
        matrix.add(NEGATIVE, NEGATIVE);
        matrix.add(NEGATIVE, NEGATIVE);
        matrix.add(NEGATIVE, NEUTRAL);
        matrix.add(NEUTRAL, NEUTRAL);
        matrix.add(POSITIVE, NEGATIVE);

        // negative P 2/3 R 2/3; neutral P 1/2 R 1; positive P 0 R 0
        assertThat(matrix.f1(NEGATIVE)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(matrix.f1(NEUTRAL)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(matrix.f1(POSITIVE)).isZero();
        assertThat(matrix.macroF1()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(matrix.accuracy()).isCloseTo(0.6, within(1e-12));
        assertThat(matrix.count(POSITIVE, NEGATIVE)).isEqualTo(1);
        assertThat(matrix.gold(NEGATIVE)).isEqualTo(3);
    }
}
