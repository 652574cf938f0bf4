package io.newsflow.ingest.versions;

import io.newsflow.common.event.NewsflowTopics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Where ingest replicas keep the versions they wrote to the raw topic, pushed and polled alike; under
 * {@code newsflow.ingest.versions}. See the ADR "one record of published versions".
 *
 * @param topic       compacted topic holding, per article id, the version last written and where; the feed
 *                    replicas also divide the feeds by its partitions (ADR 0004), hence its name
 * @param partitions  partitions when ingest-service creates the topic; also the most replicas that can share
 *                    the feeds
 * @param replicas    replication factor when ingest-service creates the topic
 * @param pollTimeout longest one poll of the topic waits for records; bounds how quickly a stop is noticed
 */
@ConfigurationProperties("newsflow.ingest.versions")
public record PublishedVersionsProperties(
        @DefaultValue(NewsflowTopics.FEED_STATE) String topic,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("500ms") Duration pollTimeout) {

    public PublishedVersionsProperties {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("newsflow.ingest.versions.topic must name a topic");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("newsflow.ingest.versions.partitions is " + partitions
                    + "; set it to at least 1 (and at least the number of ingest replicas that should share feeds)");
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("newsflow.ingest.versions.replicas must be at least 1");
        }
        if (pollTimeout.isNegative() || pollTimeout.isZero()) {
            throw new IllegalArgumentException("newsflow.ingest.versions.poll-timeout must be positive, e.g. 500ms");
        }
    }
}
