package io.newsflow.trends.article;

import java.time.Instant;
import java.util.List;

/**
 * trends-service's read model of one enriched event ({@code newsflow.articles.enriched.v1}): only what the
 * trends, stories, API and dashboard use. Read from the event's JSON by {@link EnrichedArticleReader}.
 *
 * @param id          article id, also the record key
 * @param eventId     the record's CloudEvents {@code ce_id}: equal for a resent event
 * @param version     ninjs {@code version} ("1" when absent)
 * @param versionCreated ninjs {@code versionCreated}: when this version was made
 * @param publishedAt when the article was first published: ninjs {@code firstCreated}, else {@code versionCreated},
 *                    else when ingest received it; every version of an article is counted at this time
 * @param retracted   ninjs {@code pubStatus} is {@code canceled} or {@code withheld}
 * @param sourceId    the configured source id
 * @param sourceName  the source's display name
 * @param headline    the main headline
 * @param cleanedText headline and body without boilerplate (empty for a retraction)
 * @param tone        the article's tone score in [-1, 1]; null when not computed
 * @param entities    entities, most salient first
 * @param topics      IPTC Media Topics, as the event lists them
 * @param quotes      the quotations whose speaker the article names, in text order (empty for a retraction)
 */
public record EnrichedArticle(String id, String eventId, String version, Instant versionCreated, Instant publishedAt,
                              boolean retracted, String sourceId, String sourceName, String headline,
                              String cleanedText, Double tone, List<ArticleEntity> entities,
                              List<ArticleTopic> topics, List<ArticleQuote> quotes) {

    public EnrichedArticle {
        // articles stored before quotes were read have none
        quotes = quotes == null ? List.of() : quotes;
    }

    public List<ArticleEntity> places() {
        return entities.stream().filter(ArticleEntity::isPlace).toList();
    }
}
