package io.newsflow.e2e;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The end-to-end scenario against the official apache/kafka image, for machines with Docker. Where Docker is
 * missing JUnit reports it as skipped; {@link EmbeddedKafkaEndToEndTest} proves the same without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersEndToEndTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Test
    void postedArticleComesOutEnrichedThroughContainerisedKafka() throws Exception {
        try (RunningServices services = RunningServices.start(KAFKA.getBootstrapServers())) {
            ConsumerRecord<String, byte[]> record =
                    ArticleScenario.postAndAwaitEnriched(services, KAFKA.getBootstrapServers());
            ArticleScenario.assertEnrichedLikeAnEditorWould(record);
        }
    }
}
