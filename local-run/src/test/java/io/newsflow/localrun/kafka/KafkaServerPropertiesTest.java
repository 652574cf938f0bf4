package io.newsflow.localrun.kafka;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaServerPropertiesTest {

    private final Properties rendered = load(new KafkaServerProperties("127.0.0.1", 19092, 19093,
            Path.of("/data/newsflow/kafka/storage")).render());

    @Test
    void runsBrokerAndControllerInOneNode() {
        assertThat(rendered.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(rendered.getProperty("node.id")).isEqualTo("1");
        assertThat(rendered.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
        assertThat(rendered.getProperty("controller.listener.names")).isEqualTo("CONTROLLER");
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() {
        assertThat(rendered.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(rendered.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
        assertThat(rendered.getProperty("listener.security.protocol.map"))
                .isEqualTo("PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    }

    @Test
    void keepsDataInTheGivenDirectory() {
        assertThat(rendered.getProperty("log.dirs")).isEqualTo("/data/newsflow/kafka/storage");
    }

    @Test
    void givesEveryInternalTopicOneReplica() {
        assertThat(rendered.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(rendered.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
        assertThat(rendered.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(rendered.getProperty("share.coordinator.state.topic.replication.factor")).isEqualTo("1");
    }

    @Test
    void keepsTheInternalTopicsSmallSoThatARestartRecoversFewPartitions() {
        assertThat(rendered.getProperty("offsets.topic.num.partitions")).isEqualTo("3");
        assertThat(rendered.getProperty("transaction.state.log.num.partitions")).isEqualTo("3");
    }

    @Test
    void letsARestartedBrokerRegisterSoonAfterItsPredecessorWasKilled() {
        // the controller refuses the new incarnation until the killed one's session expires
        assertThat(Integer.parseInt(rendered.getProperty("broker.session.timeout.ms"))).isLessThanOrEqualTo(3000);
        assertThat(Integer.parseInt(rendered.getProperty("broker.heartbeat.interval.ms")))
                .isLessThan(Integer.parseInt(rendered.getProperty("broker.session.timeout.ms")) / 2);
    }

    @Test
    void bootstrapServersPointAtTheClientListener() {
        assertThat(new KafkaServerProperties("127.0.0.1", 19092, 19093, Path.of("x")).bootstrapServers())
                .isEqualTo("127.0.0.1:19092");
    }

    private static Properties load(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
