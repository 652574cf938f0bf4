package io.newsflow.trends.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityKeysTest {

    @Test
    void linkedKeyWinsOverTheName() {
        assertThat(EntityKeys.keyOf("wikidata:Q57657", "PERSON", "Nicolás Maduro")).isEqualTo("wikidata:Q57657");
    }

    @Test
    void withoutLinkTheKeyIsTypeAndFoldedName() {
        assertThat(EntityKeys.keyOf(null, "PERSON", "Nicolás  Maduro"))
                .isEqualTo(EntityKeys.keyOf(" ", "person", "nicolas maduro"))
                .isEqualTo("PERSON:nicolas maduro");
        assertThat(EntityKeys.keyOf(null, "LOCATION", "Georgia"))
                .isNotEqualTo(EntityKeys.keyOf(null, "PERSON", "Georgia"));
    }
}
