package io.newsflow.enrich.topics;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WordVectorsTest {
    private static final Map<String, float[]> VECTORS = Map.of(
            "striker", new float[] {1f, 0.5f, -0.25f},
            "quarterback", new float[] {0.9f, 0.6f, -0.2f},
            "00-yard", new float[] {0f, -2f, 1f});

    @Test
    void keysWordsAsCoreNlpDoesLowerCaseWithDigitsAsZero() {
        assertThat(WordVectors.key("Quarterback")).isEqualTo("quarterback");
        assertThat(WordVectors.key("40-yard")).isEqualTo("00-yard");
    }

    @Test
    void addsAWordsVectorTimesItsWeightWithinTheQuantisationStep() {
        WordVectors vectors = WordVectors.of(VECTORS);
        double[] sum = new double[3];

        assertThat(vectors.addTo(sum, "striker", 2)).isTrue();
        assertThat(vectors.addTo(sum, "goalkeeper", 2)).isFalse();

        assertThat(sum[0]).isCloseTo(2.0, within(2.0 / 127));
        assertThat(sum[1]).isCloseTo(1.0, within(2.0 / 127));
        assertThat(sum[2]).isCloseTo(-0.5, within(2.0 / 127));
    }

    @Test
    void givesAWordsVectorAtUnitLengthLookedUpByItsKey() {
        WordVectors vectors = WordVectors.of(VECTORS);
        double[] unit = {9, 9, 9};

        assertThat(vectors.unitVector("Striker", unit)).isTrue();

        double norm = Math.sqrt(1 + 0.25 + 0.0625);
        assertThat(unit[0]).isCloseTo(1 / norm, within(0.01));
        assertThat(unit[1]).isCloseTo(0.5 / norm, within(0.01));
        assertThat(unit[2]).isCloseTo(-0.25 / norm, within(0.01));
        assertThat(unit[0] * unit[0] + unit[1] * unit[1] + unit[2] * unit[2]).isCloseTo(1, within(1e-9));
        double[] untouched = {9, 9, 9};
        assertThat(vectors.unitVector("goalkeeper", untouched)).isFalse();
        assertThat(untouched).containsExactly(9, 9, 9);
    }

    @Test
    void numbersTheWordsRowsForLookUpByRow() {
        WordVectors vectors = WordVectors.of(VECTORS);
        double[] byWord = new double[3];
        double[] byRow = new double[3];

        int row = vectors.row("STRIKER");

        assertThat(row).isBetween(0, vectors.size() - 1);
        assertThat(vectors.row("goalkeeper")).isEqualTo(-1);
        vectors.unitVector("striker", byWord);
        vectors.unitVector(row, byRow);
        assertThat(byRow).containsExactly(byWord);
    }

    @Test
    void survivesWritingAndReadingWithTheSameVersion() throws IOException {
        WordVectors vectors = WordVectors.of(VECTORS);

        WordVectors read = WordVectors.read(new ByteArrayInputStream(vectors.toBytes()));

        assertThat(read.size()).isEqualTo(3);
        assertThat(read.dimension()).isEqualTo(3);
        assertThat(read.version()).isEqualTo(vectors.version()).hasSize(12);
        double[] written = new double[3];
        double[] reread = new double[3];
        vectors.addTo(written, "00-yard", 1);
        read.addTo(reread, "00-yard", 1);
        assertThat(reread).containsExactly(written);
    }

    @Test
    void sameVectorsGiveTheSameBytesAndOtherVectorsAnotherVersion() {
        assertThat(WordVectors.of(VECTORS).toBytes()).isEqualTo(WordVectors.of(Map.copyOf(VECTORS)).toBytes());
        assertThat(WordVectors.of(Map.of("striker", new float[] {1f, 0.5f, -0.3f})).version())
                .isNotEqualTo(WordVectors.of(VECTORS).version());
    }

    @Test
    void refusesVectorsOfDifferentLengthsAndFilesOfAnotherKind() {
        assertThatThrownBy(() -> WordVectors.of(Map.of("a1", new float[] {1f}, "b1", new float[] {1f, 2f})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("components");
        assertThatThrownBy(() -> WordVectors.read(new ByteArrayInputStream(
                new TopicModel(List.of(), new float[0], null, 0, List.of(), List.of(), List.of(), List.of(),
                        List.of()).toBytes())))
                .isInstanceOf(IOException.class).hasMessageContaining("not newsflow word vectors");
    }

    @Test
    void theShippedVectorsKnowNewsWordsTheCorporaLack() {
        WordVectors shipped = WordVectors.loadDefault();

        assertThat(shipped.dimension()).isEqualTo(50);
        assertThat(shipped.size()).isGreaterThan(100_000);
        assertThat(List.of("quarterback", "inning", "touchdown", "astronauts", "linebacker"))
                .allMatch(shipped::contains);
    }
}
