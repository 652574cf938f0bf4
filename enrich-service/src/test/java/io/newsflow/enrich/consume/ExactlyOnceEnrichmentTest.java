package io.newsflow.enrich.consume;

import io.newsflow.common.cloudevents.CloudEventHeaders;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.serde.JsonEventSerializer;
import io.newsflow.enrich.EnrichServiceApplication;
import io.newsflow.enrich.publish.EnrichedArticlePublisher;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Exactly one enriched record per article version through replays, listener restarts and rolled-back
 * transactions, seen by read_committed readers (ADR "exactly-once enrichment"). Each test writes to its own
 * raw partition and ends with a sentinel article on that partition: once the sentinel is enriched, every
 * record before it has been processed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.config.name=" + EnrichServiceApplication.CONFIG_NAMES,
        "newsflow.enrich.retry-backoff=100ms",
        "newsflow.enrich.instance-id=exactly-once-test"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactlyOnceEnrichmentTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    /** Only to inject one producer failure mid-batch, a fault the real broker cannot be asked for. */
    @MockitoSpyBean
    EnrichedArticlePublisher publisher;

    private KafkaProducer<String, byte[]> producer;

    @BeforeAll
    void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void disconnect() {
        producer.close();
    }

    @Test
    void consumesAsTheDocumentedGroupWithAStaticMemberPerListenerThread() throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            Instant deadline = Instant.now().plus(WAIT);
            ConsumerGroupDescription group;
            do {
                assertThat(Instant.now()).as("members in group newsflow-enrich").isBefore(deadline);
                Thread.sleep(200);
                group = admin.describeConsumerGroups(List.of("newsflow-enrich")).all().get().get("newsflow-enrich");
            } while (group.members().isEmpty());

            assertThat(group.members()).extracting(member -> member.groupInstanceId().orElse(null))
                    .containsExactly("newsflow-enrich-exactly-once-test-0");
            assertThat(admin.listGroups().all().get()).extracting(GroupListing::groupId)
                    .as("the listener id is not a consumer group").doesNotContain("raw-articles");
        }
    }

    @Test
    void versionSentTwiceIsEnrichedOnce() throws Exception {
        RawArticleEvent article = article("replayed");
        send(0, article);
        send(0, article);
        RawArticleEvent sentinel = article("sentinel-replay");
        send(0, sentinel);

        List<ConsumerRecord<String, byte[]>> enriched = enrichedUpTo(sentinel.id());
        assertThat(keys(enriched)).containsOnlyOnce(article.id());
        assertThat(processedMarkers(article.id())).hasSize(1);
    }

    @Test
    void versionEnrichedBeforeTheListenerRestartedIsNotEnrichedAgain() throws Exception {
        RawArticleEvent article = article("before-restart");
        send(1, article);
        enrichedUpTo(article.id());

        // a restart revokes and re-assigns every partition: what was processed is read back from Kafka
        MessageListenerContainer container = listeners.getListenerContainer("raw-articles");
        container.stop();
        container.start();

        send(1, article);
        RawArticleEvent sentinel = article("sentinel-restart");
        send(1, sentinel);
        List<ConsumerRecord<String, byte[]>> enriched = enrichedUpTo(sentinel.id());
        assertThat(keys(enriched)).containsOnlyOnce(article.id());
    }

    @Test
    void batchRolledBackMidwayLeavesNothingVisibleAndIsEnrichedOnceOnRetry() throws Exception {
        RawArticleEvent first = article("first-of-batch");
        RawArticleEvent failing = article("fails-once");
        doThrow(new KafkaException("injected: the producer refused the record")).doCallRealMethod()
                .when(publisher).publish(eq(failing.id()), any());

        // written in one transaction, both become visible to enrich's read_committed consumer at once: one batch
        sendInOneTransaction(2, first, failing);

        List<ConsumerRecord<String, byte[]>> enriched = enrichedUpTo(failing.id());
        // the first article was published twice, in the aborted transaction and in the retry, and is seen once
        verify(publisher, times(2)).publish(eq(first.id()), any());
        assertThat(keys(enriched)).containsOnlyOnce(first.id(), failing.id());
        assertThat(processedMarkers(first.id())).hasSize(1);
    }

    private void sendInOneTransaction(int partition, RawArticleEvent... articles) {
        try (KafkaProducer<String, byte[]> transactional = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-raw-" + UUID.randomUUID()),
                new StringSerializer(), new ByteArraySerializer())) {
            transactional.initTransactions();
            transactional.beginTransaction();
            for (RawArticleEvent article : articles) {
                transactional.send(record(partition, article));
            }
            transactional.commitTransaction();
        }
    }

    private static ProducerRecord<String, byte[]> record(int partition, RawArticleEvent article) {
        return new ProducerRecord<>(NewsflowTopics.RAW_ARTICLES, partition, article.id(),
                new JsonEventSerializer<RawArticleEvent>().serialize(NewsflowTopics.RAW_ARTICLES, article));
    }

    private static RawArticleEvent article(String name) {
        String id = "test:" + name + "-" + UUID.randomUUID();
        NinjsItem ninjs = new NinjsItem("urn:newsflow:test:" + UUID.randomUUID(), "text", "1", null,
                "2026-11-26T09:00:00Z", null, "usable", "en",
                List.of(new NinjsText("main", null, "Port of Lisbon reopens", null)),
                List.of(NinjsText.plain("The Port of Lisbon reopened on Tuesday, the harbour authority said. "
                        + name)),
                null, null, null, null, null, null, null);
        return new RawArticleEvent(id, ninjs, new SourceInfo("test", "Test wire", null),
                Instant.parse("2026-11-26T09:00:01Z"), UUID.randomUUID().toString().replace("-", "").repeat(2));
    }

    private void send(int partition, RawArticleEvent article) throws Exception {
        producer.send(record(partition, article)).get();
    }

    /** Every committed enriched record, read until the one with this key has been seen. */
    private List<ConsumerRecord<String, byte[]>> enrichedUpTo(String lastKey) {
        try (KafkaConsumer<String, byte[]> consumer = readCommitted(NewsflowTopics.ENRICHED_ARTICLES)) {
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(WAIT);
            while (records.stream().noneMatch(r -> lastKey.equals(r.key()))) {
                assertThat(Instant.now()).as("enriched record " + lastKey).isBefore(deadline);
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            // anything written after the sentinel's transaction would be a late duplicate: read to the end
            consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
            records.forEach(r -> assertThat(CloudEventHeaders.read(r.headers()).id()).isNotBlank());
            return records;
        }
    }

    private List<ConsumerRecord<String, byte[]>> processedMarkers(String articleId) {
        try (KafkaConsumer<String, byte[]> consumer = readCommitted(NewsflowTopics.ENRICH_PROCESSED)) {
            List<ConsumerRecord<String, byte[]>> markers = new ArrayList<>();
            for (int empty = 0; empty < 3; ) {
                var polled = consumer.poll(Duration.ofMillis(500));
                empty = polled.isEmpty() ? empty + 1 : 0;
                polled.forEach(r -> {
                    if (articleId.equals(new String(r.value()))) {
                        markers.add(r);
                    }
                });
            }
            return markers;
        }
    }

    private static List<String> keys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).toList();
    }

    private KafkaConsumer<String, byte[]> readCommitted(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic + "-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }
}
