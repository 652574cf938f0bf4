package io.newsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.ingest.feeds.state.FeedStateProperties;
import io.newsflow.ops.replay.ReplayDeadLetters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import io.newsflow.trends.TrendsServiceApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The Kafka users and ACLs of k8s/base/kafka/users.yaml, loaded into a real broker that requires SCRAM-SHA-512
 * like the Strimzi listener: each service's credentials, passed through the same environment variables the
 * Deployments set, do everything that service does with Kafka and are refused everything else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaAccessControlTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The prefix enrich-service's transactional producers use (Spring Kafka appends a number). */
    private static final String ENRICH_TRANSACTIONAL_ID_PREFIX = "newsflow-enrich-";
    /** The prefix ingest-service's transactional producers use (Spring Kafka appends instance id and a number). */
    private static final String INGEST_TRANSACTIONAL_ID_PREFIX = "newsflow-ingest-";

    @TempDir
    static Path workDir;

    private ScramKafkaBroker broker;
    private final Map<String, String> passwords = new HashMap<>();
    private String enrichGroup;
    private String feedStateGroup;

    @BeforeAll
    void startBrokerWithTheUsersOfTheManifests() throws Exception {
        broker = ScramKafkaBroker.start(workDir, Duration.ofMinutes(2));
        passwords.putAll(broker.applyTopicsAndUsers());
        enrichGroup = serviceConfiguration("enrich-service.yml").bindOrCreate("spring.kafka.consumer.group-id",
                String.class);
        feedStateGroup = serviceConfiguration("ingest-service.yml")
                .bindOrCreate("newsflow.ingest.feeds.state", FeedStateProperties.class).groupId();
    }

    @BeforeEach
    void brokerIsStillRunning() throws IOException {
        broker.assertRunning();
    }

    @AfterAll
    void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void definesOneUserPerServiceAndForTheOperatorAndTheAutoscaler() {
        assertThat(kafkaUsers()).extracting(user -> user.getMetadata().getName())
                .containsExactlyInAnyOrder("ingest-service", "enrich-service", "trends-service", "newsflow-operator",
                        "newsflow-lag-reader");
    }

    @Test
    void ingestPublishesRawArticlesAndKeepsItsFeedState() throws Exception {
        KafkaProperties ingest = clientOf("ingest-service");
        send(ingest, NewsflowTopics.RAW_ARTICLES, "push:ingest-check");
        send(ingest, NewsflowTopics.FEED_STATE, "feed:ingest-check");

        assertThat(consumeInGroup(ingest, NewsflowTopics.FEED_STATE, feedStateGroup))
                .extracting(ConsumerRecord::key).contains("feed:ingest-check");
    }

    @Test
    void ingestWritesARawArticleAndItsPublishedVersionInOneTransaction() throws Exception {
        KafkaProperties ingest = clientOf("ingest-service");
        Map<String, Object> producerConfig = producerConfig(ingest);
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, INGEST_TRANSACTIONAL_ID_PREFIX + "pod-1-0");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(NewsflowTopics.RAW_ARTICLES, "push:tx-check", "raw"));
            producer.send(new ProducerRecord<>(NewsflowTopics.FEED_STATE, "push:tx-check", "version"));
            producer.commitTransaction();
        }
        Map<String, Object> producerOfEnrich = producerConfig(ingest);
        producerOfEnrich.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, ENRICH_TRANSACTIONAL_ID_PREFIX + "0");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerOfEnrich)) {
            assertThatThrownBy(producer::initTransactions).isInstanceOf(TransactionalIdAuthorizationException.class);
        }
    }

    @Test
    void ingestCannotReadEnrichedArticlesNorWriteDeadLettersNorJoinTheEnrichGroup() {
        KafkaProperties ingest = clientOf("ingest-service");
        assertThatThrownBy(() -> readFromStart(ingest, NewsflowTopics.ENRICHED_ARTICLES))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> readFromStart(ingest, NewsflowTopics.RAW_ARTICLES))
                .isInstanceOf(TopicAuthorizationException.class);
        assertRefusedWrite(ingest, NewsflowTopics.DEAD_LETTER);
        assertRefusedWrite(ingest, NewsflowTopics.ENRICHED_ARTICLES);
        assertThatThrownBy(() -> consumeInGroup(ingest, NewsflowTopics.FEED_STATE, enrichGroup))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void enrichConsumesRawArticlesAndPublishesInTransactions() throws Exception {
        send(clientOf("ingest-service"), NewsflowTopics.RAW_ARTICLES, "push:enrich-check");
        KafkaProperties enrich = clientOf("enrich-service");
        Map<String, Object> consumerConfig = consumerConfig(enrich, enrichGroup);
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Object> producerConfig = producerConfig(enrich);
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, ENRICH_TRANSACTIONAL_ID_PREFIX + "0");
        TopicPartition consumed;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig);
             KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            consumer.subscribe(List.of(NewsflowTopics.RAW_ARTICLES));
            ConsumerRecord<String, String> raw = pollUntil(consumer, "push:enrich-check");
            consumed = new TopicPartition(raw.topic(), raw.partition());
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(NewsflowTopics.ENRICHED_ARTICLES, raw.key(), "enriched"));
            producer.send(new ProducerRecord<>(NewsflowTopics.DEAD_LETTER, raw.key(), "dead letter"));
            producer.sendOffsetsToTransaction(Map.of(consumed, new OffsetAndMetadata(raw.offset() + 1)),
                    consumer.groupMetadata());
            producer.commitTransaction();
        }
        try (Admin operator = broker.operatorAdmin()) {
            assertThat(operator.listConsumerGroupOffsets(enrichGroup).partitionsToOffsetAndMetadata()
                    .get(60, TimeUnit.SECONDS)).as("offsets committed in the transaction").containsKey(consumed);
        }
    }

    @Test
    void enrichCannotWriteFeedStateOrRawArticlesNorUseAnotherTransactionalId() {
        KafkaProperties enrich = clientOf("enrich-service");
        assertRefusedWrite(enrich, NewsflowTopics.FEED_STATE);
        assertRefusedWrite(enrich, NewsflowTopics.RAW_ARTICLES);
        assertThatThrownBy(() -> readFromStart(enrich, NewsflowTopics.ENRICHED_ARTICLES))
                .isInstanceOf(TopicAuthorizationException.class);
        Map<String, Object> producerConfig = producerConfig(enrich);
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "ingest-0");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            assertThatThrownBy(producer::initTransactions).isInstanceOf(TransactionalIdAuthorizationException.class);
        }
    }

    @Test
    void operatorReadsDeadLettersAndRepublishesThemButReadsNoEnrichedArticle() throws Exception {
        KafkaProperties operator = clientOf("newsflow-operator");
        readFromStart(operator, NewsflowTopics.DEAD_LETTER);
        send(operator, NewsflowTopics.RAW_ARTICLES, "push:replayed");
        assertThatThrownBy(() -> readFromStart(operator, NewsflowTopics.ENRICHED_ARTICLES))
                .isInstanceOf(TopicAuthorizationException.class);
        assertRefusedWrite(operator, NewsflowTopics.FEED_STATE);
    }

    @Test
    void lagReaderSeesTheEnrichGroupsLagButReadsNoRecord() throws Exception {
        KafkaProperties lagReader = clientOf("newsflow-lag-reader");
        try (Admin admin = Admin.create(lagReader.buildAdminProperties())) {
            TopicPartition raw = new TopicPartition(NewsflowTopics.RAW_ARTICLES, 0);
            admin.listOffsets(Map.of(raw, OffsetSpec.latest())).all().get(60, TimeUnit.SECONDS);
            admin.listConsumerGroupOffsets(enrichGroup).partitionsToOffsetAndMetadata().get(60, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> readFromStart(lagReader, NewsflowTopics.RAW_ARTICLES))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void trendsCountsEnrichedArticlesAndStreamsThemWithItsOwnCredentials() throws Exception {
        String id = "acl:" + UUID.randomUUID();
        send(clientOf("enrich-service"), NewsflowTopics.ENRICHED_ARTICLES, id, enrichedArticle(id));
        Path stateDir = Files.createTempDirectory(workDir, "trends-state");
        Map<String, Object> environment = new HashMap<>(broker.deploymentEnvironment("trends-service",
                passwords.get("trends-service")));
        environment.put("NEWSFLOW_TRENDS_STATE_DIR", stateDir.toString());
        environment.put("NEWSFLOW_TRENDS_ADVERTISED_HOST", "127.0.0.1");
        // trends-service as its StatefulSet runs it: Kafka Streams (exactly-once, internal topics it creates under
        // its prefix) and the article feed, both with the trends-service user only
        try (ConfigurableApplicationContext trends = new SpringApplicationBuilder(TrendsServiceApplication.class)
                .environment(ScramKafkaBroker.springEnvironment(environment))
                .run("--spring.config.name=" + TrendsServiceApplication.CONFIG_NAMES, "--server.port=0",
                        "--logging.level.org.apache.kafka=WARN")) {
            assertThat(readAsSuperUser(TrendsConfiguration.outputTopics().get(0)))
                    .as("the entity counts trends-service wrote").anyMatch(key -> key.startsWith("PERSON:ada lovelace|"));
            String port = trends.getEnvironment().getProperty("local.server.port");
            assertThat(firstStreamedEvent(URI.create("http://127.0.0.1:" + port + "/api/v1/stream?recent=10")))
                    .as("the article feed read the enriched topic").contains(id);
        }
    }

    @Test
    void trendsCannotReadRawArticlesWriteEnrichedOnesNorLeaveItsApplicationId() throws Exception {
        KafkaProperties trends = clientOf("trends-service");
        assertThatThrownBy(() -> readFromStart(trends, NewsflowTopics.RAW_ARTICLES))
                .isInstanceOf(TopicAuthorizationException.class);
        assertRefusedWrite(trends, NewsflowTopics.ENRICHED_ARTICLES);
        assertThatThrownBy(() -> consumeInGroup(trends, NewsflowTopics.ENRICHED_ARTICLES, enrichGroup))
                .isInstanceOf(GroupAuthorizationException.class);
        Map<String, Object> producerConfig = producerConfig(trends);
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, ENRICH_TRANSACTIONAL_ID_PREFIX + "0");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            assertThatThrownBy(producer::initTransactions).isInstanceOf(TransactionalIdAuthorizationException.class);
        }
        try (Admin admin = Admin.create(trends.buildAdminProperties())) {
            assertThatThrownBy(() -> admin.createTopics(List.of(new NewTopic("newsflow.trends.other.v1", 1, (short) 1)))
                    .all().get(60, TimeUnit.SECONDS))
                    .as("it creates topics only under its application id")
                    .cause().isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void refusesAClientWithAWrongPassword() {
        KafkaProperties impostor = client("ingest-service", "not-the-password");
        assertThatThrownBy(() -> readFromStart(impostor, NewsflowTopics.RAW_ARTICLES))
                .isInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void replayCommandRunsWithTheOperatorsCredentialsButNotWithIngests() throws Exception {
        assertThat(replayAs("newsflow-operator")).isZero();
        assertThat(replayAs("ingest-service")).as("ingest may not read dead letters").isEqualTo(1);
    }

    /** replay-dead-letters with a --command-config file holding the user's client settings. */
    private int replayAs(String user) throws IOException {
        Path config = workDir.resolve(user + ".properties");
        Files.writeString(config, String.join("\n",
                "security.protocol=SASL_PLAINTEXT",
                "sasl.mechanism=" + ScramKafkaBroker.SCRAM_MECHANISM,
                "sasl.jaas.config=" + ScramKafkaBroker.strimziJaasConfig(user, passwords.get(user))));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
        return ReplayDeadLetters.run(List.of("--bootstrap-servers", broker.clientBootstrapServers(),
                "--command-config", config.toString(), "--dry-run"), print, print);
    }

    private static List<GenericKubernetesResource> kafkaUsers() {
        return KubernetesManifests.readFile(ScramKafkaBroker.USERS_FILE).custom("KafkaUser");
    }

    private KafkaProperties clientOf(String user) {
        return client(user, passwords.get(user));
    }

    /** Spring Boot's Kafka settings bound from the environment a Deployment gives the service. */
    private KafkaProperties client(String user, String password) {
        try {
            return Binder.get(ScramKafkaBroker.springEnvironment(broker.deploymentEnvironment(user, password)))
                    .bindOrCreate("spring.kafka", KafkaProperties.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Binder serviceConfiguration(String file) {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
                environment.getPropertySources().addLast(source);
            }
            return Binder.get(environment);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    private static Map<String, Object> producerConfig(KafkaProperties client) {
        Map<String, Object> config = new HashMap<>(client.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        return config;
    }

    private static Map<String, Object> consumerConfig(KafkaProperties client, String group) {
        Map<String, Object> config = new HashMap<>(client.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        } else {
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        }
        return config;
    }

    private static void send(KafkaProperties client, String topic, String key) throws Exception {
        send(client, topic, key, "{}");
    }

    private static void send(KafkaProperties client, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(client))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(60, TimeUnit.SECONDS);
        }
    }

    /** An enriched event with the fields trends-service counts (docs/event-contract.md): one person, one topic. */
    private static String enrichedArticle(String id) {
        String published = Instant.now().minusSeconds(60).toString();
        return """
                {"id": "%s", "receivedAt": "%s", "contentHash": "c0ffee",
                 "source": {"id": "acl", "name": "ACL check"},
                 "ninjs": {"uri": "urn:test:%s", "type": "text", "version": "1", "firstCreated": "%s",
                           "versionCreated": "%s", "pubStatus": "usable",
                           "headlines": [{"role": "main", "value": "Ada Lovelace honoured"}],
                           "bodies": [{"role": "text", "contentType": "text/plain", "value": "Ada Lovelace was honoured."}]},
                 "enrichment": {"pipelineVersion": "newsflow-enrich/test", "cleanedText": "Ada Lovelace was honoured.",
                                "entities": [{"id": "E1", "type": "PERSON", "canonicalName": "Ada Lovelace",
                                              "salience": 0.5, "mentions": [{"start": 0, "end": 12,
                                              "text": "Ada Lovelace", "sentence": 0}],
                                              "sentiment": {"score": 0.2, "label": "neutral"}}],
                                "topics": [{"qcode": "medtop:01000000", "label": "arts, culture", "level": 1,
                                            "relevance": 0.5, "confidence": 0.9}]}}
                """.formatted(id, published, id, published, published);
    }

    /** The keys of a topic, read on the broker's super-user listener (the test's own check, not a service's). */
    private List<String> readAsSuperUser(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.operatorBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "acl-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<String> keys = new ArrayList<>();
            while (keys.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> keys.add(record.key()));
            }
            return keys;
        }
    }

    /** The first data line of a Server-Sent Events stream (the stream stays open; the line is enough). */
    private static String firstStreamedEvent(URI stream) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(HttpRequest.newBuilder(stream).build(), HttpResponse.BodyHandlers.ofLines())
                .get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        CompletableFuture<String> data = CompletableFuture.supplyAsync(() -> {
            try (java.util.stream.Stream<String> lines = response.body()) {
                return lines.filter(line -> line.startsWith("data:")).findFirst().orElse("");
            }
        });
        return data.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static void assertRefusedWrite(KafkaProperties client, String topic) {
        assertThatThrownBy(() -> send(client, topic, "refused"))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TopicAuthorizationException.class);
    }

    /** Reads the topic's first partition from the start without a group, as the replay command does. */
    private static void readFromStart(KafkaProperties client, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(client, null))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            // position needs Describe on the topic, fetching needs Read: each refusal surfaces here
            consumer.position(partition, WAIT);
            consumer.poll(Duration.ofSeconds(2));
        }
    }

    private static List<ConsumerRecord<String, String>> consumeInGroup(KafkaProperties client, String topic,
            String group) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(client, group))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    consumer.commitSync();
                    List<ConsumerRecord<String, String>> received = new ArrayList<>();
                    records.forEach(received::add);
                    return received;
                }
            }
            throw new AssertionError("No record arrived on " + topic + " within " + WAIT.toSeconds() + " s");
        }
    }

    private static ConsumerRecord<String, String> pollUntil(KafkaConsumer<String, String> consumer, String key) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.key().equals(key)) {
                    return record;
                }
            }
        }
        throw new AssertionError("The record " + key + " did not arrive within " + WAIT.toSeconds() + " s");
    }
}
