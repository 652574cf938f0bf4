package io.newsflow.trends.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * trends-service configuration ({@code newsflow.trends.*}); defaults in {@code trends-service.yml} and the README.
 *
 * @param enrichedTopic   the topic read
 * @param entitiesTopic   compacted output: entity trends per window
 * @param topicsTopic     compacted output: IPTC topic trends per window
 * @param placesTopic     compacted output: place trends per window
 * @param storiesTopic    compacted output: stories
 * @param storyLookBack   how far apart in publication time two articles of one story may be; also how long after
 *                        its publication an article stays in the story matcher's band index
 * @param storyRetention  how long after its latest article's publication a story is kept (store and compacted
 *                        topic); an update of an article of a forgotten story starts a new story
 * @param articleRetention how long after its publication an article's counted version is kept; events for older
 *                        articles are ignored. At least the longest trend window plus its retention (1 d + 90 d), or an
 *                        update of an article still counted in a day window would be counted twice
 * @param streamBuffer    articles each instance keeps for {@code /api/v1/stream} clients that resume
 * @param streamClientQueue events that may wait for one slow stream client before it is dropped
 * @param topicPartitions partitions of the output topics when trends-service creates them
 * @param topicReplicas   replicas of the output topics when trends-service creates them
 * @param emitInterval    how often each changed trend window is written to its store and its view published (a
 *                        commit follows): the trends topics lag the enriched topic by about this much. Shorter
 *                        publishes sooner; longer writes a busy window once for more articles (ADR 0032)
 */
@ConfigurationProperties("newsflow.trends")
public record TrendsProperties(
        @DefaultValue("newsflow.articles.enriched.v1") String enrichedTopic,
        @DefaultValue("newsflow.trends.entities.v1") String entitiesTopic,
        @DefaultValue("newsflow.trends.topics.v1") String topicsTopic,
        @DefaultValue("newsflow.trends.places.v1") String placesTopic,
        @DefaultValue("newsflow.stories.v1") String storiesTopic,
        @DefaultValue("48h") Duration storyLookBack,
        @DefaultValue("14d") Duration storyRetention,
        @DefaultValue("91d") Duration articleRetention,
        @DefaultValue("2000") int streamBuffer,
        @DefaultValue("256") int streamClientQueue,
        @DefaultValue("3") int topicPartitions,
        @DefaultValue("1") int topicReplicas,
        @DefaultValue("250ms") Duration emitInterval) {
}
