package io.newsflow.ingest.api;

import io.newsflow.ingest.IngestClient;
import io.newsflow.ingest.RawTopicReader;
import io.newsflow.ingest.feeds.it.IngestReplica;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.newsflow.ingest.IngestClient.json;
import static io.newsflow.ingest.api.ArticlePushApiTest.simpleJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole ingest-service instances on one real broker: a client that resends to another replica, or to a replica
 * restarted since, is answered that the version is already there, with the original record, and nothing is written
 * again.
 */
@EmbeddedKafka
class PushAcrossReplicasTest {
    private static final String ARTICLES = "/api/v1/articles";
    private static final String RAW_TOPIC = "newsflow.articles.raw.v1";

    private String brokers;
    private RawTopicReader raw;

    @BeforeEach
    void connect(EmbeddedKafkaBroker broker) {
        brokers = broker.getBrokersAsString();
        raw = new RawTopicReader(brokers, RAW_TOPIC);
    }

    @AfterEach
    void disconnect() {
        raw.close();
    }

    private IngestReplica replica() {
        return IngestReplica.against(brokers).start();
    }

    private static HttpResponse<String> push(IngestReplica replica, String article) {
        return new IngestClient(replica.port()).post(ARTICLES, "application/json", article);
    }

    private long recordsOf(String id) {
        return raw.allRecords().stream().map(ConsumerRecord::key).filter(id::equals).count();
    }

    private static void assertDuplicateOf(HttpResponse<String> resend, JsonNode original) {
        assertThat(resend.statusCode()).as(resend.body()).isEqualTo(200);
        JsonNode answer = json(resend);
        assertThat(answer.get("duplicate").asBoolean()).isTrue();
        assertThat(answer.get("topic").asString()).isEqualTo(original.get("topic").asString());
        assertThat(answer.get("partition").asInt()).isEqualTo(original.get("partition").asInt());
        assertThat(answer.get("offset").asLong()).isEqualTo(original.get("offset").asLong());
    }

    @Test
    void aResendToAnotherReplicaOrAfterARestartIsAnsweredWithTheOriginalRecord() {
        String ferry = simpleJson(Map.of("id", "ferry-77", "headline", "Ferry strike ends",
                "body", "Crews return to the harbour ferries on Friday."));
        JsonNode original;
        try (IngestReplica a = replica(); IngestReplica b = replica()) {
            HttpResponse<String> first = push(a, ferry);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
            original = json(first);

            assertDuplicateOf(push(b, ferry), original);
        }

        JsonNode changedPlace;
        try (IngestReplica restarted = replica()) {
            assertDuplicateOf(push(restarted, ferry), original);

            String corrected = simpleJson(Map.of("id", "ferry-77", "headline", "Ferry strike ends",
                    "body", "Crews return to the harbour ferries on Saturday."));
            HttpResponse<String> changed = push(restarted, corrected);
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(202);
            changedPlace = json(changed);
            assertThat(changedPlace.get("offset").asLong()).isNotEqualTo(original.get("offset").asLong());
        }
        // readable once the broker wrote the commit markers, just after the commit returned
        raw.recordAt(changedPlace.get("partition").asInt(), changedPlace.get("offset").asLong());
        assertThat(recordsOf("push:ferry-77")).isEqualTo(2);
    }
}
