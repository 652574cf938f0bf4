package io.newsflow.trends.article;

import io.newsflow.trends.EnrichedEventJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichedArticleReaderTest {
    private static final Instant PUBLISHED = Instant.parse("2026-12-07T10:20:00Z");

    @Test
    void readsWhereAPlaceIs() {
        byte[] event = EnrichedEventJson.article("reuters:1", "1", PUBLISHED).text("Port strike", "Dockers in ...")
                .place("Rotterdam", 3, "city", "NL", 51.9225, 4.47917)
                .entity("PERSON", "Frans Timmermans", 1, 0.1).bytes();

        EnrichedArticle article = EnrichedArticleReader.read(event, "e1");

        assertThat(article.entities()).extracting(ArticleEntity::geo)
                .containsExactly(new PlaceGeo("city", "NL", 51.9225, 4.47917), null);
    }

    @Test
    void ignoresAGeoWithoutCoordinatesOrOutOfRange() {
        String event = new String(EnrichedEventJson.article("reuters:1", "1", PUBLISHED)
                .place("Nowhere", 1, "city", "NL", 91.0, 4.0).place("Elsewhere", 1, "country", "FR", 48.85, 2.35).bytes(),
                StandardCharsets.UTF_8).replace("\"latitude\":48.85", "\"latitude\":\"north\"");

        EnrichedArticle article = EnrichedArticleReader.read(event.getBytes(StandardCharsets.UTF_8), "e1");

        assertThat(article.entities()).extracting(ArticleEntity::geo).containsOnlyNulls();
    }
}
