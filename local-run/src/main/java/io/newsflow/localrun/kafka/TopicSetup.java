package io.newsflow.localrun.kafka;

import io.newsflow.common.event.NewsflowTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates newsflow's topics before the services start, so that neither service depends on automatic topic
 * creation and the launcher's consumer can be assigned every partition up front.
 */
public final class TopicSetup {
    /**
     * Each topic with its partition count: the counts the services declare for the topics they own
     * (ingest-service the raw topic, enrich-service the others), so that neither adds partitions when it
     * starts, which would reshuffle keys and fill the broker log with state-change errors.
     */
    public static final Map<String, Integer> PARTITIONS = partitions();
    public static final List<String> TOPICS = List.copyOf(PARTITIONS.keySet());

    private final String bootstrapServers;

    public TopicSetup(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Creates every missing topic; topics kept from an earlier run are left as they are. */
    public void createTopics(Duration timeout) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : TOPICS) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, PARTITIONS.get(topic), (short) 1)))
                            .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic + " on " + bootstrapServers
                                + ": " + e.getCause().getMessage(), e.getCause());
                    }
                } catch (TimeoutException e) {
                    throw new IllegalStateException("Creating topic " + topic + " on " + bootstrapServers
                            + " took longer than " + timeout.toSeconds() + " s; allow more time with --timeout", e);
                }
            }
        }
    }

    private static Map<String, Integer> partitions() {
        Map<String, Integer> partitions = new LinkedHashMap<>();
        partitions.put(NewsflowTopics.RAW_ARTICLES, 3);
        partitions.put(NewsflowTopics.ENRICHED_ARTICLES, 3);
        partitions.put(NewsflowTopics.DEAD_LETTER, 3);
        return Collections.unmodifiableMap(partitions);
    }

    /** Each topic with its current number of partitions, in {@link #TOPICS} order. */
    public Map<String, Integer> partitionCounts(Duration timeout) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<String, TopicDescription> descriptions = admin.describeTopics(TOPICS).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, Integer> counts = new LinkedHashMap<>();
            TOPICS.forEach(topic -> counts.put(topic, descriptions.get(topic).partitions().size()));
            return counts;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot describe the newsflow topics on " + bootstrapServers + ": "
                    + e.getMessage() + ". Is the broker still running? See its log in the data directory.", e);
        }
    }
}
