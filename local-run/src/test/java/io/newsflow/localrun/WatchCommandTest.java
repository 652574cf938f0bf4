package io.newsflow.localrun;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.serde.EventJson;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./run-local watch} against a real broker: the enriched events enrich-service committed, in the console
 * summary, and not those of an aborted transaction.
 */
@EmbeddedKafka(partitions = 1)
class WatchCommandTest {
    private static String bootstrapServers;
    private static int kafkaPort;

    @BeforeAll
    static void writeEnrichedEvents() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        bootstrapServers = broker.getBrokersAsString();
        kafkaPort = Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1).split(",")[0]);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(NewsflowTopics.ENRICHED_ARTICLES, 2, (short) 1),
                    new NewTopic(NewsflowTopics.DEAD_LETTER, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "watch-test"), new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            send(producer, enriched("samples:committed", "Harbour reopens after the strike"));
            producer.commitTransaction();
            producer.beginTransaction();
            send(producer, enriched("samples:aborted", "Never enriched"));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(NewsflowTopics.DEAD_LETTER, "samples:broken",
                    "{".getBytes(StandardCharsets.UTF_8))).get();
            producer.commitTransaction();
        }
    }

    @Test
    void printsEveryCommittedEnrichedEventAndDeadLetterFromTheBeginning() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        LocalRun watch = new LocalRun(LocalRunOptions.parse("watch", "--kafka-port", String.valueOf(kafkaPort)),
                new PrintStream(console, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread watching = new Thread(() -> exitCode.set(watch.watchUntilInterrupted()), "watch-under-test");
        watching.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> console.toString(StandardCharsets.UTF_8)
                .contains("DEAD LETTER samples:broken"));
        await().atMost(Duration.ofSeconds(60)).until(() -> console.toString(StandardCharsets.UTF_8)
                .contains("ENRICHED samples:committed"));
        watching.interrupt();
        watching.join(10_000);

        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(watching.isAlive()).isFalse();
        assertThat(exitCode.get()).isZero();
        assertThat(printed).contains("Watching newsflow.articles.enriched.v1 and newsflow.articles.raw.v1.dlt on 127.0.0.1:"
                        + kafkaPort)
                .contains("headline      Harbour reopens after the strike")
                .contains("topics        economy, business and finance (confidence 0.91)")
                .doesNotContain("samples:aborted");
        assertThat(errors.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void saysHowToStartABrokerWhenNoneAnswers() throws Exception {
        int noBroker;
        try (ServerSocket socket = new ServerSocket(0)) {
            noBroker = socket.getLocalPort();
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        LocalRun watch = new LocalRun(LocalRunOptions.parse("watch", "--kafka-port", String.valueOf(noBroker)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(watch.watchUntilInterrupted()).isEqualTo(LocalRun.EXIT_FAILED);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("No Kafka broker answered on 127.0.0.1:" + noBroker,
                "./run-local", "--kafka-port");
    }

    private static void send(KafkaProducer<String, byte[]> producer, EnrichedArticleEvent event) throws Exception {
        producer.send(new ProducerRecord<>(NewsflowTopics.ENRICHED_ARTICLES, event.id(),
                EventJson.mapper().writeValueAsBytes(event))).get();
    }

    private static EnrichedArticleEvent enriched(String id, String headline) {
        return new EnrichedArticleEvent(id,
                new NinjsItem("urn:x:" + id, "text", "1", null, null, null, "usable", "en",
                        List.of(NinjsText.plain(headline)), List.of(NinjsText.plain("body")), null, null,
                        List.of(), List.of(NinjsEntityRef.named("Port of Rotterdam", null)), List.of(), null, null),
                new SourceInfo("samples", "Samples", null), Instant.parse("2026-12-07T10:00:00Z"), "abc",
                Enrichment.builder().pipelineVersion("0.1.0").stagesRun(List.of("clean", "language"))
                        .language(new Enrichment.Language("en", 0.9999)).cleanedText(headline + "\n\nbody")
                        .tokenCount(7)
                        .topics(List.of(new Enrichment.Topic("medtop:04000000", "economy, business and finance", 1,
                                null, 1.0, 0.91)))
                        .stageMillis(Map.of("clean", 1.0)).build());
    }
}
