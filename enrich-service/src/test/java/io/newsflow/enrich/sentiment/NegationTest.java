package io.newsflow.enrich.sentiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NegationTest {
    @Test
    void negatesTheThreeWordsAfterANegator() {
        String[] words = Negation.texts(SentimentTokenizer.tokenize("She didn't make a good deal at all today"));

        assertThat(words).containsExactly("she", "didn't", "make", "a", "good", "deal", "at", "all", "today");
        assertThat(Negation.negated(words))
                .containsExactly(false, false, true, true, true, false, false, false, false);
    }

    @Test
    void readsCurlyApostrophesAsStraightOnes() {
        assertThat(Negation.texts(SentimentTokenizer.tokenize("They won’t"))).containsExactly("they", "won't");
        assertThat(Negation.isNegator("won't")).isTrue();
    }
}
