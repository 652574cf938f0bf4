package io.newsflow.ingest.feeds.state;

import io.newsflow.common.event.RawArticleEvent;

/**
 * What has been published for each article id (version, content hash, pubStatus), kept so that the same
 * version is published once, across restarts and replicas.
 */
public interface PublishedVersions {

    /** Compares a candidate with what was published for its id. Cheap; never blocks on the network. */
    PublishDecision decide(RawArticleEvent candidate);

    /**
     * Remembers an event once Kafka acknowledged it on the raw topic.
     *
     * @throws IllegalStateException when the record could not be stored (the caller retries the item on the
     *                               next poll; publishing twice is then prevented by {@code ce_id})
     */
    void recordPublished(String feedId, RawArticleEvent published);
}
