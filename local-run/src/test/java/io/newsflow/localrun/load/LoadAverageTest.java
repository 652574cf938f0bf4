package io.newsflow.localrun.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadAverageTest {

    @Test
    void keepsTheOneFiveAndFifteenMinuteFigures() {
        assertThat(LoadAverage.of("16.42 8.43 3.68 14/664 8602\n")).isEqualTo("16.42 8.43 3.68");
    }

    @Test
    void unreadableIsAQuestionMark() {
        assertThat(LoadAverage.of("")).isEqualTo("?");
    }
}
