package io.newsflow.ingest.health;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code pushApi}: UP when a pushed article can be published now, that is when Kafka answers within
 * {@link #CHECK_TIMEOUT} and every partition of the raw topic has a leader the producer can write to; DOWN with the
 * reason otherwise, when pushes are answered 503.
 *
 * <p>It asks the broker each time rather than trusting the producer's cached metadata, which outlives the broker.
 * Like {@code feeds} it is part of {@code /actuator/health} but not of the readiness group: while Kafka is away the
 * API still answers, with 503 and {@code Retry-After}, which tells a client more than a pod taken out of service.
 */
class PushApiHealthIndicator implements HealthIndicator, AutoCloseable {
    /** A health check must answer quickly; a broker that takes longer than this would time pushes out too. */
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

    private final Admin admin;
    private final String topic;

    /** @param admin a client of the cluster the producer writes to; closed with this indicator */
    PushApiHealthIndicator(Admin admin, String topic) {
        this.admin = admin;
        this.topic = topic;
    }

    @Override
    public Health health() {
        int timeoutMs = Math.toIntExact(CHECK_TIMEOUT.toMillis());
        try {
            TopicDescription description = admin.describeTopics(List.of(topic),
                            new DescribeTopicsOptions().timeoutMs(timeoutMs))
                    .allTopicNames().get(timeoutMs + 500L, TimeUnit.MILLISECONDS).get(topic);
            List<Integer> leaderless = description.partitions().stream()
                    .filter(partition -> partition.leader() == null || partition.leader().isEmpty())
                    .map(TopicPartitionInfo::partition).toList();
            Health.Builder health = leaderless.isEmpty() ? Health.up()
                    : Health.down().withDetail("reason", "partitions without a leader, pushes to them wait: " + leaderless);
            return health.withDetail("topic", topic).withDetail("partitions", description.partitions().size()).build();
        } catch (ExecutionException e) {
            return down(e.getCause() instanceof UnknownTopicOrPartitionException
                    ? "the topic does not exist (ingest-service creates it at startup when Kafka is reachable)"
                    : "Kafka did not describe the topic: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            return down("Kafka did not answer within " + CHECK_TIMEOUT.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted while asking Kafka");
        }
    }

    private Health down(String reason) {
        return Health.down().withDetail("reason", reason).withDetail("topic", topic).build();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
