package io.newsflow.enrich.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpanScoresTest {

    @Test
    void countsASpanWithAnyBoundaryOffAsBothWrongAndMissed() {
        SpanScores scores = new SpanScores();

        scores.add(List.of(new TypedSpan("PER", 0, 2)), List.of(new TypedSpan("PER", 1, 2)));

        assertThat(scores.of("PER")).isEqualTo(new SpanScores.Score(1, 1, 0));
        assertThat(scores.of("PER").f1()).isZero();
    }

    @Test
    void countsAWrongTypeAgainstBothTypes() {
        SpanScores scores = new SpanScores();

        scores.add(List.of(new TypedSpan("ORG", 3, 5)), List.of(new TypedSpan("LOC", 3, 5)));

        assertThat(scores.of("ORG")).isEqualTo(new SpanScores.Score(1, 0, 0));
        assertThat(scores.of("LOC")).isEqualTo(new SpanScores.Score(0, 1, 0));
    }

    @Test
    void computesOverallFiguresFromSummedCountsAcrossSentences() {
        SpanScores scores = new SpanScores();

        scores.add(List.of(new TypedSpan("PER", 0, 2), new TypedSpan("LOC", 4, 5)),
                List.of(new TypedSpan("PER", 0, 2), new TypedSpan("LOC", 3, 5)));
        scores.add(List.of(new TypedSpan("ORG", 0, 1), new TypedSpan("MISC", 2, 3)),
                List.of(new TypedSpan("ORG", 0, 1)));

        SpanScores.Score overall = scores.overall();
        assertThat(overall).isEqualTo(new SpanScores.Score(4, 3, 2));
        assertThat(overall.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(overall.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(overall.f1()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(scores.types()).containsExactly("LOC", "MISC", "ORG", "PER");
    }

    @Test
    void reportsZeroInsteadOfNotANumberWhenNothingWasPredicted() {
        SpanScores scores = new SpanScores();

        scores.add(List.of(new TypedSpan("PER", 0, 1)), List.of());

        assertThat(scores.overall().precision()).isZero();
        assertThat(scores.overall().f1()).isZero();
    }
}
