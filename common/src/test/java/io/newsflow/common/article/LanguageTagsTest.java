package io.newsflow.common.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTagsTest {

    @Test
    void acceptsTheShapeOfALanguageTag() {
        assertThat(LanguageTags.isWellFormed("en")).isTrue();
        assertThat(LanguageTags.isWellFormed("pt-BR")).isTrue();
        assertThat(LanguageTags.isWellFormed("zh-Hant-TW")).isTrue();
        assertThat(LanguageTags.isWellFormed("english")).isFalse();
        assertThat(LanguageTags.isWellFormed("en_GB")).isFalse();
        assertThat(LanguageTags.isWellFormed(null)).isFalse();
    }

    @Test
    void normalizesCaseAndUnderscores() {
        assertThat(LanguageTags.normalize(" en_gb ")).isEqualTo("en-GB");
        assertThat(LanguageTags.normalize("EN-us")).isEqualTo("en-US");
        assertThat(LanguageTags.normalize("not a tag")).isNull();
    }
}
