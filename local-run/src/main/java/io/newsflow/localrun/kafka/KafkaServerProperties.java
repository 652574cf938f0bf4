package io.newsflow.localrun.kafka;

import java.nio.file.Path;

/**
 * The {@code server.properties} of a single-node KRaft cluster: one JVM that is both broker and controller,
 * listening on the loopback interface only.
 *
 * @param host           interface both listeners bind to and the address clients are told to use
 * @param port           the client (PLAINTEXT) listener
 * @param controllerPort the KRaft controller listener
 * @param logDir         where the broker keeps its partitions and the metadata log
 */
public record KafkaServerProperties(String host, int port, int controllerPort, Path logDir) {

    public static final int NODE_ID = 1;
    /** Partitions of the consumer offsets and transaction state topics. */
    public static final int INTERNAL_TOPIC_PARTITIONS = 3;

    public String bootstrapServers() {
        return host + ":" + port;
    }

    public String render() {
        return """
                # Written by newsflow local-run on every start; edits are overwritten.
                process.roles=broker,controller
                node.id=%1$d
                # a static one-voter quorum: formatting needs no --standalone and a restart on kept data
                # finds the same voter set
                controller.quorum.voters=%1$d@%2$s:%4$d
                listeners=PLAINTEXT://%2$s:%3$d,CONTROLLER://%2$s:%4$d
                advertised.listeners=PLAINTEXT://%2$s:%3$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%5$s
                # one broker, so every internal topic has one replica
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                # nobody else will join the consumer groups; do not make the first one wait
                group.initial.rebalance.delay.ms=0
                # a handful of groups and transactional ids, not the production default of 50 partitions each:
                # after a crash the broker recovers every partition before it listens, and 100 near-empty
                # internal partitions cost seconds of a restart on two cores (ADR "broker restart in a local run")
                offsets.topic.num.partitions=%6$d
                transaction.state.log.num.partitions=%6$d
                # after a SIGKILL the restarted controller still holds the dead incarnation's registration and
                # refuses the new one (DUPLICATE_BROKER_REGISTRATION) until that session expires: 9 s by
                # default, most of a restart. Broker and controller share this process, so a short session
                # fences nothing that is alive (ADR 0024)
                broker.session.timeout.ms=3000
                broker.heartbeat.interval.ms=500
                """.formatted(NODE_ID, host, port, controllerPort, logDir.toAbsolutePath().toString().replace('\\', '/'),
                INTERNAL_TOPIC_PARTITIONS);
    }
}
