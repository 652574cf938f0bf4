package io.newsflow.enrich.config;

import io.newsflow.common.event.NewsflowTopics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Settings of enrich-service, under {@code newsflow.enrich}.
 *
 * @param rawTopic          topic of raw articles to read
 * @param enrichedTopic     topic enriched articles are written to
 * @param deadLetterTopic   topic for raw records that cannot be enriched; the failure is in its headers
 * @param topicPartitions   partitions of the topics this service creates when they do not exist yet
 * @param topicReplicas     replication factor of the topics this service creates
 * @param concurrency       listener threads; more than the raw topic's partitions is wasted
 * @param publishTimeout    how long to wait for the broker to acknowledge an enriched record; past it
 *                          the raw record is retried, so nothing is committed that was not written
 * @param maxAttempts       attempts for a record that failed with a transient error before it is
 *                          dead-lettered (invalid records are dead-lettered at once)
 * @param retryBackoff      pause between those attempts
 * @param stages            the enrichment stages to run, by name; empty (the default) runs every stage. clean,
 *                          language and segment cannot be left out; ner, entities, places, quotes, topics, sentiment and ninjs can,
 *                          as long as no remaining stage reads what a left-out one writes (start-up fails saying
 *                          which). The order is the pipeline's own, whatever the order here.
 */
@ConfigurationProperties("newsflow.enrich")
public record EnrichProperties(
        @DefaultValue(NewsflowTopics.RAW_ARTICLES) String rawTopic,
        @DefaultValue(NewsflowTopics.ENRICHED_ARTICLES) String enrichedTopic,
        @DefaultValue(NewsflowTopics.DEAD_LETTER) String deadLetterTopic,
        @DefaultValue("3") int topicPartitions,
        @DefaultValue("1") short topicReplicas,
        @DefaultValue("1") int concurrency,
        @DefaultValue("10s") Duration publishTimeout,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue List<String> stages) {
}
