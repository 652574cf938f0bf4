package io.newsflow.enrich.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSampleTest {

    @Test
    void keepsShortTextWhole() {
        assertThat(LanguageIdentifier.sample("Der Hafen bleibt geschlossen.")).isEqualTo("Der Hafen bleibt geschlossen.");
    }

    @Test
    void cutsLongTextAtAWordBoundaryWithinTheSampleSize() {
        String text = "word ".repeat(400);

        String sample = LanguageIdentifier.sample(text);

        assertThat(sample.length()).isLessThanOrEqualTo(LanguageIdentifier.SAMPLE_CHARS);
        assertThat(sample).endsWith("word").doesNotEndWith(" ");
    }
}
