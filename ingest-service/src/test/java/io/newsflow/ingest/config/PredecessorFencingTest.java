package io.newsflow.ingest.config;

import io.newsflow.ingest.IngestClient;
import io.newsflow.ingest.RawTopicReader;
import io.newsflow.ingest.feeds.it.IngestReplica;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replica killed in the middle of a transaction leaves it open, and an open transaction hides every later record of
 * its partitions from read_committed readers. A replica restarted under the same instance id must abort it at
 * start-up, long before the broker's transaction timeout would.
 */
@EmbeddedKafka
class PredecessorFencingTest {
    private static final String RAW_TOPIC = "newsflow.articles.raw.v1";
    private static final String INSTANCE = "restarted-replica";
    /** Far longer than the test waits: only fencing can end the transaction in time. */
    private static final Duration ZOMBIE_TRANSACTION_TIMEOUT = Duration.ofMinutes(10);

    @Test
    void aRestartedReplicaAbortsTheTransactionItsKilledPredecessorLeftOpen(EmbeddedKafkaBroker broker) {
        String brokers = broker.getBrokersAsString();
        broker.addTopics(TopicBuilder.name(RAW_TOPIC).partitions(3).replicas(1).build());
        KafkaProducer<String, String> killedPredecessor = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                // not the first id of the pool, which the restarted replica's first push would fence anyway
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newsflow-ingest-" + INSTANCE + "-5",
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) ZOMBIE_TRANSACTION_TIMEOUT.toMillis()),
                new StringSerializer(), new StringSerializer());
        killedPredecessor.initTransactions();
        killedPredecessor.beginTransaction();
        for (int partition = 0; partition < 3; partition++) {
            killedPredecessor.send(new ProducerRecord<>(RAW_TOPIC, partition, "push:half-written", "{}"));
        }
        killedPredecessor.flush();

        try (IngestReplica restarted = IngestReplica.against(brokers)
                .property("newsflow.ingest.instance-id", INSTANCE).start();
             RawTopicReader raw = new RawTopicReader(brokers, RAW_TOPIC)) {
            HttpResponse<String> pushed = new IngestClient(restarted.port()).post("/api/v1/articles",
                    "application/json", "{\"id\": \"after-restart\", \"headline\": \"Harbour reopens\", "
                            + "\"body\": \"Ships sail again.\"}");
            assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(202);
            JsonNode answer = IngestClient.json(pushed);

            // read_committed: visible only once the predecessor's transaction before it is aborted
            assertThat(raw.recordAt(answer.get("partition").asInt(), answer.get("offset").asLong()).key())
                    .isEqualTo("push:after-restart");
        } finally {
            killedPredecessor.close(Duration.ZERO);
        }
    }
}
