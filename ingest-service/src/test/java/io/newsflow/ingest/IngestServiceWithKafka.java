package io.newsflow.ingest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole service on a random port against a real embedded Kafka broker (KRaft; spring-kafka-test 4 has
 * no ZooKeeper mode left). Small limits so that the limit tests stay small; the topic is created by the
 * service itself with several partitions. Every test class with this annotation shares one context.
 * The local profile leaves the push API open, so these tests are about the API itself; the API keys are
 * tested in io.newsflow.ingest.auth.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + IngestServiceApplication.CONFIG_NAMES,
        // Short, so that a stalled body is answered 408 within the test (HostileRequestsApiTest).
        "server.tomcat.connection-timeout=3s",
        "newsflow.ingest.topic.partitions=" + IngestServiceWithKafka.PARTITIONS,
        "newsflow.ingest.source-names.harbour-wire=Harbour Wire",
        "newsflow.ingest.limits.max-article-size=64KB",
        "newsflow.ingest.limits.max-batch-size=256KB",
        "newsflow.ingest.limits.max-batch-lines=" + IngestServiceWithKafka.MAX_BATCH_LINES,
        "newsflow.ingest.limits.max-body-chars=" + IngestServiceWithKafka.MAX_BODY_CHARS})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ActiveProfiles("local")
public @interface IngestServiceWithKafka {
    int PARTITIONS = 3;
    int MAX_BATCH_LINES = 5;
    int MAX_BODY_CHARS = 20_000;
}
