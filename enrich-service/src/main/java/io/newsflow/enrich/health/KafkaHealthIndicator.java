package io.newsflow.enrich.health;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code kafka}, part of the readiness group: UP when the broker answers within {@link #CHECK_TIMEOUT} and the raw
 * article listener is running; DOWN with the reason otherwise. An instance that cannot reach Kafka, or whose
 * listener has stopped (shutting down), enriches nothing, so it should not count as ready.
 */
class KafkaHealthIndicator implements HealthIndicator, AutoCloseable {
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

    private final Admin admin;
    private final KafkaListenerEndpointRegistry listeners;
    private final String listenerId;

    KafkaHealthIndicator(Admin admin, KafkaListenerEndpointRegistry listeners, String listenerId) {
        this.admin = admin;
        this.listeners = listeners;
        this.listenerId = listenerId;
    }

    @Override
    public Health health() {
        MessageListenerContainer listener = listeners.getListenerContainer(listenerId);
        if (listener == null || !listener.isRunning()) {
            return Health.down().withDetail("reason", "the raw article listener is not running").build();
        }
        int timeoutMs = Math.toIntExact(CHECK_TIMEOUT.toMillis());
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs)).nodes()
                    .get(timeoutMs + 500L, TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("brokers", brokers).build();
        } catch (ExecutionException e) {
            return down("Kafka did not describe the cluster: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            return down("Kafka did not answer within " + CHECK_TIMEOUT.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted while asking Kafka");
        }
    }

    private static Health down(String reason) {
        return Health.down().withDetail("reason", reason).build();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
