package io.newsflow.ingest.versions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.PubStatus;

import java.time.Instant;

/**
 * The value of a published-versions record, keyed by article id: the version of that id last written to the
 * raw topic, and where. Only what {@link PublishRules} compares and what a duplicate push is answered with is
 * kept, so the compacted topic stays small.
 *
 * @param feedId         the feed it came from; null for a pushed article
 * @param version        the ninjs {@code version}
 * @param contentHash    the event's content hash
 * @param pubStatus      the ninjs {@code pubStatus}, {@code usable} when the item had none
 * @param versionCreated the ninjs {@code versionCreated}, to order versions that are not numbers
 * @param publishedAt    when the raw record was written; orders records of one id that sit on different
 *                       partitions (records written before the topic was keyed by article id alone)
 * @param topic          the raw topic the version was written to; null in records written before ingest
 *                       kept it (they still decide, but cannot answer a duplicate push)
 * @param partition      its partition there
 * @param offset         its offset there
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedVersion(String feedId, String version, String contentHash, String pubStatus,
                               String versionCreated, Instant publishedAt, String topic, Integer partition,
                               Long offset) {

    /** The record of an event written to {@code topic}-{@code partition} at {@code offset}. */
    public static PublishedVersion of(RawArticleEvent published, String feedId, String topic, int partition,
                                      long offset, Instant publishedAt) {
        NinjsItem item = published.ninjs();
        return new PublishedVersion(feedId, item.version(), published.contentHash(), pubStatusOf(item.pubStatus()),
                item.versionCreated(), publishedAt, topic, partition, offset);
    }

    /** True when it says where the raw record is, so a duplicate push can be answered with that place. */
    public boolean hasLocation() {
        return topic != null && partition != null && offset != null;
    }

    /** ninjs says an item without pubStatus is usable. */
    public static String pubStatusOf(String pubStatus) {
        return pubStatus == null || pubStatus.isBlank() ? PubStatus.USABLE : pubStatus;
    }
}
