package io.newsflow.enrich.health;

import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.serde.EventJson;
import io.newsflow.common.serde.JsonEventSerializer;
import io.newsflow.enrich.EnrichServiceApplication;
import io.newsflow.enrich.pipeline.EnrichmentPipeline;
import io.newsflow.enrich.pipeline.FailingStage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What SIGTERM does to enrich-service, with the real Spring application and a real (embedded, KRaft) broker:
 * the JVM's shutdown hook closes the application context, which is what this test does while a batch is being
 * enriched. Readiness must go down first, the listener must finish the batch in hand and commit it (enriched
 * records and raw offsets, once), and the close must end well within a 30-second grace period. A test-only
 * stage makes each article take 300 ms, so that the batch is surely in hand when the close begins.
 */
class GracefulShutdownTest {
    private static final int ARTICLES = 12;
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final CountDownLatch FIRST_ARTICLE_STARTED = new CountDownLatch(1);
    private static final List<Instant> ENRICHED_AT = new CopyOnWriteArrayList<>();
    private static final FailingStage SLOW_STAGE = new FailingStage(attempt -> {
        FIRST_ARTICLE_STARTED.countDown();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ENRICHED_AT.add(Instant.now());
        return null;
    });

    /** The service's pipeline with the slow stage; given to the application as a source. */
    @Configuration(proxyBeanMethods = false)
    static class SlowPipeline {
        @Bean
        @Primary
        EnrichmentPipeline slowPipeline() {
            return SLOW_STAGE.afterRequiredStages();
        }
    }

    /** Keeps other test classes' @TestConfiguration pipelines out of the scan, as a @SpringBootTest would. */
    static final class OtherTestConfigurationsOut extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }
    }

    private EmbeddedKafkaKraftBroker broker;

    @BeforeEach
    void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 1, NewsflowTopics.RAW_ARTICLES);
        // one broker: the transaction and offsets topics cannot have three replicas
        broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1", "offsets.topic.replication.factor", "1"));
        broker.afterPropertiesSet();
    }

    @AfterEach
    void stopBroker() {
        broker.destroy();
    }

    @Test
    void finishesAndCommitsTheBatchInHandAndExitsWithinTheGracePeriod() throws Exception {
        List<Instant> notReady = new CopyOnWriteArrayList<>();
        ConfigurableApplicationContext service = new SpringApplicationBuilder(EnrichServiceApplication.class,
                SlowPipeline.class)
                .initializers(context -> context.getBeanFactory().registerSingleton(
                        OtherTestConfigurationsOut.class.getName(), new OtherTestConfigurationsOut()))
                .listeners((ApplicationListener<AvailabilityChangeEvent<?>>) event -> {
                    if (event.getState() == ReadinessState.REFUSING_TRAFFIC) {
                        notReady.add(Instant.now());
                    }
                })
                // arguments, not default properties: enrich-service.yml would override those
                .run("--spring.config.name=" + EnrichServiceApplication.CONFIG_NAMES,
                        "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--spring.kafka.consumer.max-poll-records=" + ARTICLES,
                        "--server.port=0",
                        "--newsflow.enrich.instance-id=shutdown-test",
                        "--newsflow.enrich.stages=clean,language,segment");

        HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port")
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        JsonNode health = EventJson.mapper().readTree(readiness.body());
        assertThat(health.at("/components/kafka/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/pipeline/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/pipeline/details/stages/language").asString()).startsWith("lingua-");

        List<String> ids = IntStream.range(0, ARTICLES).mapToObj(i -> "test:shutdown-" + i + "-" + UUID.randomUUID())
                .toList();
        sendInOneTransaction(ids);
        assertThat(FIRST_ARTICLE_STARTED.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("batch started").isTrue();

        Instant closeStarted = Instant.now();
        service.close();
        Duration closing = Duration.between(closeStarted, Instant.now());

        assertThat(closing).as("time from SIGTERM's close to the end").isLessThan(Duration.ofSeconds(30));
        assertThat(notReady).as("readiness went down").isNotEmpty();
        assertThat(notReady.get(0)).as("readiness down before the batch was finished")
                .isBefore(ENRICHED_AT.get(ENRICHED_AT.size() - 1));
        assertThat(enrichedKeys()).as("every record of the batch enriched and committed, once")
                .containsExactlyInAnyOrderElementsOf(ids);
        Map<TopicPartition, Long> enrichedUpTo = rawOffsetsEnrichedUpTo();
        assertThat(committedRawOffsets()).as("the raw offsets committed with them")
                .containsExactlyInAnyOrderEntriesOf(enrichedUpTo);
        System.out.printf("closed in %d ms with a batch of %d articles in hand%n", closing.toMillis(), ARTICLES);
    }

    /** One transaction, so that the listener's read_committed consumer gets all of them in one poll. */
    private void sendInOneTransaction(List<String> ids) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "shutdown-test-" + UUID.randomUUID()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (String id : ids) {
                producer.send(new ProducerRecord<>(NewsflowTopics.RAW_ARTICLES, id,
                        new JsonEventSerializer<RawArticleEvent>().serialize(NewsflowTopics.RAW_ARTICLES, article(id))));
            }
            producer.commitTransaction();
        }
    }

    private static RawArticleEvent article(String id) {
        NinjsItem ninjs = new NinjsItem("urn:newsflow:test:" + UUID.randomUUID(), "text", "1", null,
                "2026-11-26T09:00:00Z", null, "usable", "en",
                List.of(new NinjsText("main", null, "Port of Lisbon reopens", null)),
                List.of(NinjsText.plain("The Port of Lisbon reopened on Tuesday, the harbour authority said.")),
                null, null, null, null, null, null, null);
        return new RawArticleEvent(id, ninjs, new SourceInfo("test", "Test wire", null),
                Instant.parse("2026-11-26T09:00:01Z"), UUID.randomUUID().toString().replace("-", "").repeat(2));
    }

    /** Every committed enriched record's key, read to the end of the topic. */
    private List<String> enrichedKeys() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(NewsflowTopics.ENRICHED_ARTICLES));
            List<String> keys = new ArrayList<>();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            for (int empty = 0; empty < 4 && Instant.now().isBefore(deadline); ) {
                var polled = consumer.poll(Duration.ofMillis(500));
                empty = polled.isEmpty() && !keys.isEmpty() ? empty + 1 : 0;
                polled.forEach(record -> keys.add(record.key()));
            }
            return keys;
        }
    }

    /** The consumer group's committed offset of every raw partition it has committed. */
    private Map<TopicPartition, Long> committedRawOffsets() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> committed = new HashMap<>();
            admin.listConsumerGroupOffsets("newsflow-enrich").partitionsToOffsetAndMetadata().get()
                    .forEach((partition, offset) -> committed.put(partition, offset.offset()));
            return committed;
        }
    }

    /**
     * Just past the last record of every raw partition that holds records: each record was enriched (checked
     * above), so that is where its committed offset must be. The partition's end is one further: the commit
     * marker of the transaction that wrote the records, which is no record.
     */
    private Map<TopicPartition, Long> rawOffsetsEnrichedUpTo() throws Exception {
        try (Admin admin = admin()) {
            int partitions = admin.describeTopics(List.of(NewsflowTopics.RAW_ARTICLES)).allTopicNames().get()
                    .get(NewsflowTopics.RAW_ARTICLES).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            IntStream.range(0, partitions).forEach(p ->
                    latest.put(new TopicPartition(NewsflowTopics.RAW_ARTICLES, p), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, end) -> {
                if (end.offset() > 0) {
                    ends.put(partition, end.offset() - 1);
                }
            });
            return ends;
        }
    }

    private Admin admin() {
        return Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()));
    }
}
