package io.newsflow.enrich.topics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TopicFeaturesTest {
    private static final WordVectors VECTORS = WordVectors.of(Map.of(
            "quarterback", new float[] {1f, 0f},
            "striker", new float[] {0f, 1f},
            "the", new float[] {-1f, -1f}));

    @Test
    void appendsTheUnitMeanWordVectorAtTheGivenWeightAfterTheTerms() {
        TopicFeatures features = new TopicFeatures(List.of("quarterback", "striker"), new float[] {1f, 1f}, VECTORS);

        SparseVector x = features.vector("", "The quarterback and the striker");

        assertThat(features.dimension()).isEqualTo(4);
        assertThat(x.terms()).isEqualTo(2);
        assertThat(x.indices()).containsExactly(0, 1, 2, 3);
        // "the" is a function word: it adds no vector, so the mean is (1, 1) scaled to the weight
        double expected = TopicFeatures.WORD_VECTOR_WEIGHT / Math.sqrt(2);
        assertThat(x.values()[2]).isCloseTo((float) expected, within(0.01f));
        assertThat(x.values()[3]).isCloseTo((float) expected, within(0.01f));
        assertThat(x.termsOnly().indices()).containsExactly(0, 1);
    }

    @Test
    void countsTheHeadlineTwiceInTheMeanVector() {
        TopicFeatures features = new TopicFeatures(List.of("quarterback"), new float[] {1f}, VECTORS);

        SparseVector x = features.vector("Striker", "quarterback");

        assertThat(x.values()[x.size() - 1]).isGreaterThan(x.values()[x.size() - 2]);
    }

    @Test
    void leavesTheWordVectorPartAtZeroWhenNoWordHasAVector() {
        TopicFeatures features = new TopicFeatures(List.of("referendum"), new float[] {1f}, VECTORS);

        SparseVector x = features.vector("Referendum", "");

        assertThat(x.terms()).isEqualTo(1);
        assertThat(x.values()[1]).isZero();
        assertThat(x.values()[2]).isZero();
    }

    @Test
    void withoutWordVectorsHasTheTermsAlone() {
        TopicFeatures features = new TopicFeatures(List.of("quarterback"), new float[] {1f});

        SparseVector x = features.vector("", "quarterback");

        assertThat(features.dimension()).isEqualTo(1);
        assertThat(x.indices()).containsExactly(0);
        assertThat(x.terms()).isEqualTo(1);
    }

    @Test
    void countsEachWordAndBigramTermOnceInTheBodyAndTwiceInTheHeadline() {
        List<String> vocabulary = List.of("ferry", "ferry_terminal", "terminal", "harbour", "board_approv", "bergen");
        TopicFeatures features = new TopicFeatures(vocabulary, new float[] {1f, 1f, 1f, 1f, 1f, 1f});

        SparseVector x = features.vector("Ferry terminal", "Harbour board approves ferry terminal in Bergen");

        assertThat(x.indices()).containsExactly(0, 1, 2, 3, 4, 5);
        // ferry, ferry_terminal and terminal: twice in the headline and once in the body, 1 + ln 3 before scaling
        float thrice = x.values()[0];
        float once = x.values()[3];
        assertThat(thrice / once).isCloseTo((float) (1 + Math.log(3)), within(1e-5f));
        assertThat(x.values()[1]).isEqualTo(thrice);
        assertThat(x.values()[2]).isEqualTo(thrice);
        assertThat(x.values()[4]).isEqualTo(once);
        assertThat(x.values()[5]).isEqualTo(once);
    }
}
