package io.newsflow.ingest.config;

import io.newsflow.common.event.RawArticleEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KafkaPublishingConfigurationTest {

    private static IngestProperties withPublishTimeout(Duration publishTimeout) {
        return new IngestProperties("push", Map.of(), new IngestProperties.Topic("raw", 3, (short) 1), publishTimeout,
                Duration.ofSeconds(5), new IngestProperties.Limits(DataSize.ofMegabytes(1), DataSize.ofMegabytes(4), 10, 100, 1000, 100, 100),
                "ingest-7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0.1S", "PT1.5S", "PT10S", "PT5M"})
    void boundsEveryProducerWaitByThePublishTimeout(String timeout) {
        Duration publishTimeout = Duration.parse(timeout);
        Map<String, Object> settings = KafkaPublishingConfiguration.producerSettings(withPublishTimeout(publishTimeout));

        long maxBlock = ((Number) settings.get(ProducerConfig.MAX_BLOCK_MS_CONFIG)).longValue();
        long delivery = ((Number) settings.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)).longValue();
        long request = ((Number) settings.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG)).longValue();
        long linger = ((Number) settings.get(ProducerConfig.LINGER_MS_CONFIG)).longValue();
        assertThat(maxBlock).isEqualTo(publishTimeout.toMillis());
        assertThat(delivery).isEqualTo(publishTimeout.toMillis());
        assertThat(linger + request).isLessThanOrEqualTo(delivery);
    }

    @Test
    void asksForAcknowledgementByAllReplicasWithoutDuplicates() {
        Map<String, Object> settings = KafkaPublishingConfiguration.producerSettings(withPublishTimeout(Duration.ofSeconds(10)));

        assertThat(settings).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0.1S", "PT10S", "PT5M"})
    void keepsATransactionOpenNoLongerThanNeededButLongerThanThePublishTimeout(String timeout) {
        Duration publishTimeout = Duration.parse(timeout);
        Map<String, Object> settings = KafkaPublishingConfiguration.producerSettings(withPublishTimeout(publishTimeout));

        long transactionTimeout = ((Number) settings.get(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG)).longValue();
        assertThat(transactionTimeout).isGreaterThan(publishTimeout.toMillis())
                .isLessThanOrEqualTo(Math.max(15_000, publishTimeout.toMillis() + 1_000));
    }

    @Test
    void namesTheTransactionsAfterTheInstance() {
        assertThat(KafkaPublishingConfiguration.transactionIdPrefix(withPublishTimeout(Duration.ofSeconds(10))))
                .isEqualTo("newsflow-ingest-ingest-7-");
    }

    @Test
    void kafkaAcceptsTheSettings() {
        Map<String, Object> config = new HashMap<>(
                KafkaPublishingConfiguration.producerSettings(withPublishTimeout(Duration.ofMillis(100))));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsflow-ingest-check-0");

        // The producer validates its configuration when it is built, before it connects anywhere.
        try (KafkaProducer<String, RawArticleEvent> producer = new KafkaProducer<>(config)) {
            assertThat(producer.metrics()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0.099S", "PT5M0.001S"})
    void refusesAPublishTimeoutOutsideTheSupportedRange(String timeout) {
        assertThatIllegalArgumentException().isThrownBy(() -> withPublishTimeout(Duration.parse(timeout)))
                .withMessageContaining("newsflow.ingest.publish-timeout");
    }
}
