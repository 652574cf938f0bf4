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
 * @param publishTimeout    longest a blocking producer call waits (sending, committing a batch's transaction);
 *                          past it the transaction is aborted and the batch read again, so nothing is
 *                          committed that was not written
 * @param maxAttempts       attempts of an enrichment that failed with an error not known to be permanent,
 *                          before the record is dead-lettered (invalid records are dead-lettered at once)
 * @param retryBackoff      pause between those attempts; also the first pause before a rolled-back batch is
 *                          read again (doubling up to 5 s, without end)
 * @param processedTopic    compacted topic recording which article versions were enriched (ADR
 *                          "exactly-once enrichment"); written in the same transaction as the enriched record
 * @param processedRetention how long a version stays recorded as enriched; a replay of a version older than
 *                          this is enriched again
 * @param instanceId        this instance's stable identity: the consumer's {@code group.instance.id} (static
 *                          membership) and the prefix of its transactional ids. A restarted instance with the
 *                          same id takes its partitions back at once and aborts its predecessor's open
 *                          transaction. Empty means the host name. Two instances on one host need distinct ids.
 * @param shutdownTimeout   on SIGTERM, how long the listener may take to finish and commit the batch in hand
 *                          before the service stops anyway (the batch is then aborted and read again by the
 *                          next instance); keep it under the platform's grace period (Kubernetes: 30 s)
 * @param stages            the enrichment stages to run, by name; empty (the default) runs every stage. clean,
 *                          language and segment cannot be left out; ner, entities, places, quotes, expressions, topics, sentiment and ninjs can,
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
        @DefaultValue(NewsflowTopics.ENRICH_PROCESSED) String processedTopic,
        @DefaultValue("30d") Duration processedRetention,
        @DefaultValue("") String instanceId,
        @DefaultValue("20s") Duration shutdownTimeout,
        @DefaultValue List<String> stages) {
}
