package io.newsflow.trends.article;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.newsflow.trends.article.ArticleVersions.Verdict.APPLY;
import static io.newsflow.trends.article.ArticleVersions.Verdict.DUPLICATE;
import static io.newsflow.trends.article.ArticleVersions.Verdict.STALE;
import static org.assertj.core.api.Assertions.assertThat;

class ArticleVersionsTest {
    private static final Instant T = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void newerVersionAppliesOlderIsStaleSameEventIsDuplicate() {
        EnrichedArticle v2 = article("ce-2", "2", T.plusSeconds(60));
        EnrichedArticle v10 = article("ce-10", "10", T.plusSeconds(600));
        assertThat(ArticleVersions.judge(v2, null)).isEqualTo(APPLY);
        assertThat(ArticleVersions.judge(v10, v2)).as("numeric, not text order").isEqualTo(APPLY);
        assertThat(ArticleVersions.judge(v2, v10)).isEqualTo(STALE);
        assertThat(ArticleVersions.judge(article("ce-2", "2", T.plusSeconds(60)), v2)).isEqualTo(DUPLICATE);
        assertThat(ArticleVersions.judge(article("ce-2-reenriched", "2", T.plusSeconds(60)), v2))
                .as("same version enriched again").isEqualTo(APPLY);
    }

    private static EnrichedArticle article(String eventId, String version, Instant versionCreated) {
        return new EnrichedArticle("wire:a", eventId, version, versionCreated, T, false, "wire", "wire", "h", "",
                null, List.of(), List.of(), List.of());
    }
}
