package io.newsflow.ingest.feeds.it;

import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.serde.EventJson;
import io.newsflow.ingest.RawTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The raw-article records of one feed, read back from the broker with a plain Kafka consumer. */
final class RawRecords {
    private final String bootstrapServers;

    RawRecords(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every event on the raw topic whose key is an article id of {@code feedId}, in offset order per id. */
    List<RawArticleEvent> of(String feedId) {
        try (RawTopicReader reader = new RawTopicReader(bootstrapServers, NewsflowTopics.RAW_ARTICLES)) {
            return reader.allRecords().stream().filter(r -> r.key().startsWith(feedId + ":"))
                    .sorted(Comparator.comparingInt(ConsumerRecord<String, byte[]>::partition)
                            .thenComparingLong(ConsumerRecord::offset))
                    .map(r -> EventJson.mapper().readValue(r.value(), RawArticleEvent.class)).toList();
        }
    }

    /** How many records each article id of {@code feedId} has. */
    Map<String, Integer> countsById(String feedId) {
        Map<String, Integer> counts = new TreeMap<>();
        of(feedId).forEach(event -> counts.merge(event.id(), 1, Integer::sum));
        return counts;
    }
}
