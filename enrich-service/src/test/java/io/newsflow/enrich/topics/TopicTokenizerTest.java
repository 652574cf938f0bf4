package io.newsflow.enrich.topics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTokenizerTest {
    private final TopicTokenizer tokenizer = new TopicTokenizer();

    @Test
    void lowerCasesDropsFunctionWordsNumbersAndSingleLetters() {
        assertThat(tokenizer.words("The Ministers said 2,000 workers were at risk in a U.K. region"))
                .containsExactly("minister", "worker", "risk", "region");
    }

    @Test
    void foldsInflectionsOfOneWordOntoOneKey() {
        assertThat(TopicTokenizer.singular("arrested")).isEqualTo(TopicTokenizer.singular("arrest"));
        assertThat(TopicTokenizer.singular("charged")).isEqualTo(TopicTokenizer.singular("charges"))
                .isEqualTo(TopicTokenizer.singular("charging")).isEqualTo(TopicTokenizer.singular("charge"));
        assertThat(TopicTokenizer.singular("earthquakes")).isEqualTo(TopicTokenizer.singular("earthquake"));
        assertThat(TopicTokenizer.singular("policies")).isEqualTo("policy");
        assertThat(TopicTokenizer.singular("business")).isEqualTo("business");
        assertThat(TopicTokenizer.singular("virus")).isEqualTo("virus");
    }

    @Test
    void keepsAWordExactlyWhenTheWordListIsNotEmpty() {
        for (String text : java.util.List.of("quarterback", "the", "0000", "00-yard", "left-back", "a-the", "x",
                "us-led", "in-00", "", "ab", "hitless")) {
            assertThat(tokenizer.keepsAWord(text)).as(text).isEqualTo(!tokenizer.words(text).isEmpty());
        }
    }

    @Test
    void addsBigramsOfNeighbouringWordsAcrossDroppedFunctionWords() {
        assertThat(tokenizer.terms("Foreign minister of Spain"))
                .containsExactly("foreign", "minister", "spain", "foreign_minister", "minister_spain");
    }
}
