package io.newsflow.localrun.load;

import io.newsflow.common.serde.EventJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class WireArticlesTest {
    private final WireArticles articles = new WireArticles("run1");

    @Test
    void theSameNumberIsTheSameArticleSoAResendIsTheSameVersion() {
        assertThat(articles.json(42)).isEqualTo(new WireArticles("run1").json(42));
    }

    @Test
    void everyNumberAndEveryRunGetsADistinctText() {
        Set<String> bodies = new HashSet<>();
        IntStream.range(0, 2_000).forEach(number -> bodies.add(body(articles.json(number))));
        bodies.add(body(new WireArticles("run2").json(0)));

        assertThat(bodies).hasSize(2_001);
    }

    @Test
    void aSimpleJsonArticleOfWireCopyLength() {
        JsonNode article = EventJson.mapper().readTree(articles.json(7));

        assertThat(article.path("id").asString()).isEqualTo("load-run1-7").startsWith(articles.idPrefix());
        assertThat(article.path("language").asString()).isEqualTo("en");
        assertThat(article.path("headline").asString()).contains("bulletin 7");
        int words = body(articles.json(7)).split("\\s+").length;
        assertThat(words).isBetween(250, 400);
    }

    private static String body(String json) {
        return EventJson.mapper().readTree(json).path("body").asString();
    }
}
