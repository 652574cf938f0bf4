package io.newsflow.enrich.sentiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentTokenizerTest {
    @Test
    void splitsWordsKeepsInnerApostrophesAndMakesEachMarkAToken() {
        List<Token> tokens = SentimentTokenizer.tokenize("Dalton’s 30-day plan “failed,” critics said.");

        assertThat(tokens).extracting(Token::text).containsExactly("dalton's", "30", "-", "day", "plan", "“",
                "failed", ",", "”", "critics", "said", ".");
        assertThat(tokens.get(0)).isEqualTo(new Token("dalton's", 0, 8));
        assertThat(tokens.get(11)).isEqualTo(new Token(".", 43, 44));
    }

    @Test
    void findsTheTokensAMentionCoversEvenWhenItEndsInsideOne() {
        List<Token> tokens = SentimentTokenizer.tokenize("Critics said Mayor Dalton's plan failed.");

        assertThat(SentimentTokenizer.covered(tokens, 13, 25)).containsExactly(2, 4);
        assertThat(SentimentTokenizer.covered(tokens, 0, 7)).containsExactly(0, 1);
    }
}
