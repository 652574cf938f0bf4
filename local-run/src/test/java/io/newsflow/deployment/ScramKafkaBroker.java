package io.newsflow.deployment;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A real Apache Kafka broker (KRaft, one combined node) in its own JVM, set up like the Strimzi cluster in
 * k8s/: clients must authenticate with SCRAM-SHA-512 and are then held to their ACLs by the standard
 * authorizer. A second, unauthenticated listener stands in for the certificate-authenticated listener Strimzi's
 * operators use: whoever connects there is a super user, and the tests use it only to create users, ACLs and
 * topics, as the user and topic operators would.
 *
 * <p>Its own JVM, so that the broker's JAAS and authorizer settings stay out of the test JVM.
 */
final class ScramKafkaBroker implements AutoCloseable {

    static final String SCRAM_MECHANISM = "SCRAM-SHA-512";
    static final String USERS_FILE = "k8s/base/kafka/users.yaml";
    private static final String HOST = "127.0.0.1";

    private final Path workDir;
    private final int clientPort;
    private final int operatorPort;
    private final int controllerPort;
    private Process broker;

    private ScramKafkaBroker(Path workDir) throws IOException {
        this.workDir = workDir;
        this.clientPort = freePort();
        this.operatorPort = freePort();
        this.controllerPort = freePort();
    }

    /** Formats a new log directory under {@code workDir} and starts the broker; returns once it answers. */
    static ScramKafkaBroker start(Path workDir, Duration timeout) throws Exception {
        ScramKafkaBroker started = new ScramKafkaBroker(workDir);
        started.formatAndStart(timeout);
        return started;
    }

    /** The listener that requires SCRAM, like the {@code plain} listener in k8s/base/kafka/kafka.yaml. */
    String clientBootstrapServers() {
        return HOST + ":" + clientPort;
    }

    /** The unauthenticated super-user listener: for the test's own set-up and checks, never for a service. */
    String operatorBootstrapServers() {
        return HOST + ":" + operatorPort;
    }

    /** Super-user access without credentials, for setting up users, ACLs and topics. */
    Admin operatorAdmin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, operatorBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /**
     * What Strimzi's operators would do with k8s/base/kafka: the topics of topics.yaml (on this one broker, with
     * one replica each), and each KafkaUser of users.yaml with a new random password and its ACLs.
     *
     * @return the password of each user
     */
    Map<String, String> applyTopicsAndUsers() throws Exception {
        Map<String, String> passwords = new HashMap<>();
        try (Admin operator = operatorAdmin()) {
            List<NewTopic> topics = KubernetesManifests.readFile("k8s/base/kafka/topics.yaml").custom("KafkaTopic")
                    .stream().map(TopicLayout::fromKafkaTopic)
                    .map(topic -> {
                        Map<String, String> config = new HashMap<>(topic.config());
                        config.remove("min.insync.replicas");
                        return new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(config);
                    })
                    .toList();
            operator.createTopics(topics).all().get(60, TimeUnit.SECONDS);
            for (GenericKubernetesResource user : KubernetesManifests.readFile(USERS_FILE).custom("KafkaUser")) {
                KafkaUserAcls acls = KafkaUserAcls.of(user);
                String password = UUID.randomUUID().toString();
                operator.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(acls.userName(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)))
                        .all().get(60, TimeUnit.SECONDS);
                operator.createAcls(acls.bindings()).all().get(60, TimeUnit.SECONDS);
                passwords.put(acls.userName(), password);
            }
        }
        return passwords;
    }

    /** What the Strimzi user operator puts under {@code sasl.jaas.config} in a user's Secret. */
    static String strimziJaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /**
     * The environment a Deployment gives a service: the variables of k8s/base/newsflow.env, with this broker's
     * address, and the user's {@code SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG} from its Secret.
     */
    Map<String, Object> deploymentEnvironment(String user, String password) throws IOException {
        Properties variables = new Properties();
        try (Reader reader = Files.newBufferedReader(RepositoryRoot.resolve("k8s/base/newsflow.env"))) {
            variables.load(reader);
        }
        Map<String, Object> environment = new HashMap<>();
        variables.stringPropertyNames().forEach(name -> environment.put(name, variables.getProperty(name)));
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", clientBootstrapServers());
        environment.put("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", strimziJaasConfig(user, password));
        return environment;
    }

    /**
     * A Spring environment holding {@code variables} in place of this machine's environment variables, under the
     * name that makes Spring Boot map them as it does in a container
     * ({@code SPRING_KAFKA_PROPERTIES_SASL_MECHANISM} to {@code spring.kafka.properties[sasl.mechanism]}).
     */
    static StandardEnvironment springEnvironment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        // Nor this JVM's system properties: an earlier test's embedded broker leaves spring.kafka.bootstrap-servers
        // there, and a container has none.
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        return environment;
    }

    private void formatAndStart(Duration timeout) throws Exception {
        Files.createDirectories(workDir);
        Path serverProperties = workDir.resolve("server.properties");
        Files.writeString(serverProperties, serverProperties(), StandardCharsets.UTF_8);
        Process format = java(workDir.resolve("format.out"), "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", serverProperties.toString());
        if (!format.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || format.exitValue() != 0) {
            format.destroyForcibly();
            throw new IllegalStateException("Formatting the broker storage failed: "
                    + Files.readString(workDir.resolve("format.out")));
        }
        broker = java(workDir.resolve("broker.out"), "kafka.Kafka", serverProperties.toString());
        awaitReady(timeout);
    }

    private String serverProperties() {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@%1$s:%4$d
                listeners=CLIENTS://%1$s:%2$d,OPERATOR://%1$s:%3$d,CONTROLLER://%1$s:%4$d
                advertised.listeners=CLIENTS://%1$s:%2$d,OPERATOR://%1$s:%3$d
                listener.security.protocol.map=CLIENTS:SASL_PLAINTEXT,OPERATOR:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=OPERATOR
                listener.name.clients.sasl.enabled.mechanisms=%5$s
                listener.name.clients.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                # the operator and controller listeners are unauthenticated: their principal is ANONYMOUS
                super.users=User:ANONYMOUS
                allow.everyone.if.no.acl.found=false
                auto.create.topics.enable=false
                log.dirs=%6$s
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(HOST, clientPort, operatorPort, controllerPort, SCRAM_MECHANISM,
                workDir.resolve("data").toAbsolutePath().toString().replace('\\', '/'));
    }

    private Process java(Path output, String mainClass, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", testClasspath(), mainClass));
        command.addAll(Arrays.asList(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = operatorAdmin()) {
            while (true) {
                if (!broker.isAlive()) {
                    throw new IllegalStateException("The broker exited with " + broker.exitValue() + ": "
                            + Files.readString(workDir.resolve("broker.out")));
                }
                try {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // the listeners open before the node has joined its own quorum
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The broker did not answer within " + timeout.toSeconds()
                            + " s; see " + workDir.resolve("broker.out"));
                }
                Thread.sleep(200);
            }
        }
    }

    /** Surefire puts the full test classpath, kafka_2.13 and an SLF4J backend included, in java.class.path. */
    private static String testClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        }
    }

    /**
     * Fails with the broker's own last words when its process is gone, so that a test sees why instead of a
     * client timeout.
     */
    void assertRunning() throws IOException {
        if (!broker.isAlive()) {
            List<String> output = Files.readAllLines(workDir.resolve("broker.out"));
            throw new IllegalStateException("The test broker exited with " + broker.exitValue() + "; last output:\n"
                    + String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size())));
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (broker != null && broker.isAlive()) {
            broker.destroy();
            if (!broker.waitFor(30, TimeUnit.SECONDS)) {
                broker.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
