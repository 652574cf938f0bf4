package io.newsflow.ingest.api;

import io.newsflow.common.schema.EventSchemaValidator;
import io.newsflow.ingest.IngestClient;
import io.newsflow.ingest.RawTopicReader;
import io.newsflow.ingest.config.IngestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * What every push API test needs: an HTTP client for the running service, a reader of the raw topic on the
 * context's own broker, and the event schema. Subclasses bring their own Spring Boot test configuration.
 */
abstract class PushApiTest {
    @LocalServerPort
    int port;
    /** From the broker itself: the address properties are JVM-wide and other test classes' brokers replace them. */
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    IngestProperties properties;

    final EventSchemaValidator validator = new EventSchemaValidator();
    IngestClient client;
    RawTopicReader topic;

    @BeforeEach
    void connect() {
        client = new IngestClient(port);
        topic = new RawTopicReader(broker.getBrokersAsString(), properties.topic().name());
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }
}
