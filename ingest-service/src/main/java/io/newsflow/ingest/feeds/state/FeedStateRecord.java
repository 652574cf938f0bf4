package io.newsflow.ingest.feeds.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.PubStatus;

import java.time.Instant;

/**
 * The value of a feed-state record, keyed by article id: what was last published for that id. Only what
 * {@link PublishRules} compares is kept, so the compacted topic stays small.
 *
 * @param feedId         the feed it came from; decides the partition, so state moves with feed ownership
 * @param version        the ninjs {@code version}
 * @param contentHash    the event's content hash
 * @param pubStatus      the ninjs {@code pubStatus}, {@code usable} when the item had none
 * @param versionCreated the ninjs {@code versionCreated}, to order versions that are not numbers
 * @param publishedAt    when Kafka acknowledged the article; orders the records of one id written for
 *                       different feeds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedStateRecord(String feedId, String version, String contentHash, String pubStatus,
                              String versionCreated, Instant publishedAt) {

    static FeedStateRecord of(String feedId, RawArticleEvent published, Instant publishedAt) {
        NinjsItem item = published.ninjs();
        return new FeedStateRecord(feedId, item.version(), published.contentHash(), pubStatusOf(item.pubStatus()),
                item.versionCreated(), publishedAt);
    }

    /** ninjs says an item without pubStatus is usable. */
    static String pubStatusOf(String pubStatus) {
        return pubStatus == null || pubStatus.isBlank() ? PubStatus.USABLE : pubStatus;
    }
}
