package io.newsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.newsflow.common.event.NewsflowTopics;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml: valid for docker-compose, and wired so that the stack comes up in order and
 * matches what Kubernetes runs. Nothing here starts a container; that needs a Docker engine.
 */
class DockerComposeFileTest {

    private static final String BROKER = "kafka";
    private static final String TOPIC_INIT = "topic-init";
    private static final List<String> APPLICATIONS = List.of("ingest-service", "enrich-service", "trends-service");
    private static final Map<String, Integer> HTTP_PORTS = Map.of("ingest-service", 8080, "enrich-service", 8081,
            "trends-service", 8082);
    private static final Map<String, String> KUBERNETES_DEPLOYMENTS = Map.of(
            "ingest-service", "k8s/base/ingest/deployment.yaml",
            "enrich-service", "k8s/base/enrich/deployment.yaml",
            "trends-service", "k8s/base/trends/statefulset.yaml");

    private final ComposeFile compose = ComposeFile.read();

    @Test
    void isValidForDockerCompose() {
        assumeTrue(ExternalCommand.isOnPath("docker-compose"),
                "docker-compose is not on the PATH; install it (Debian: apt-get install --no-install-recommends"
                        + " docker-compose) to validate " + ComposeFile.FILE_NAME);

        ExternalCommand.Output output = ExternalCommand.run(RepositoryRoot.path(),
                "docker-compose", "-f", ComposeFile.FILE_NAME, "config", "-q");

        assertThat(output.exitCode()).as(output.describe()).isZero();
    }

    @Test
    void createsEveryNewsflowTopicBeforeTheServicesStart() {
        List<TopicLayout> created = topicInitScript().topicsCreated();

        List<String> expected = new java.util.ArrayList<>(List.of(
                NewsflowTopics.RAW_ARTICLES, NewsflowTopics.ENRICHED_ARTICLES, NewsflowTopics.DEAD_LETTER,
                NewsflowTopics.FEED_STATE, NewsflowTopics.ENRICH_PROCESSED));
        expected.addAll(TrendsConfiguration.outputTopics());
        assertThat(created).extracting(TopicLayout::name).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(compose.commandLine(TOPIC_INIT)).as("a second `up` must not fail on existing topics")
                .contains("--if-not-exists");
        for (String application : APPLICATIONS) {
            assertThat(compose.dependencies(application)).as(application + " depends_on")
                    .containsEntry(TOPIC_INIT, "service_completed_successfully");
        }
    }

    @Test
    void leavesTopicCreationToTopicInit() {
        // Otherwise a service would create a missing topic with its own defaults, or add partitions.
        for (String application : APPLICATIONS) {
            assertThat(compose.environment(application)).as(application + " environment")
                    .containsEntry("SPRING_KAFKA_ADMIN_AUTO_CREATE", "false");
        }
    }

    @Test
    void createsTopicsLaidOutLikeTheKafkaTopicResources() {
        Map<String, TopicLayout> kubernetes = KubernetesManifests.readFile("k8s/base/kafka/topics.yaml")
                .custom("KafkaTopic").stream()
                .map(TopicLayout::fromKafkaTopic)
                .collect(Collectors.toMap(TopicLayout::name, Function.identity()));

        for (TopicLayout local : topicInitScript().topicsCreated()) {
            TopicLayout deployed = kubernetes.get(local.name());
            assertThat(deployed).as("KafkaTopic for " + local.name()).isNotNull();
            assertThat(local.partitions()).as(local.name() + " partitions").isEqualTo(deployed.partitions());
            assertThat(local.retentionConfig()).as(local.name() + " retention and cleanup")
                    .isEqualTo(deployed.retentionConfig());
        }
    }

    @Test
    void pointsEveryClientAtTheBrokersInNetworkListener() {
        String inNetwork = advertisedListeners().values().stream()
                .filter(address -> address.startsWith(compose.hostname(BROKER) + ":"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the broker must advertise a listener on its own host name"));

        for (String application : APPLICATIONS) {
            assertThat(compose.environment(application)).as(application + " environment")
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", inNetwork);
        }
        assertThat(topicInitScript().bootstrapServers()).containsOnly(inNetwork);
    }

    @Test
    void letsProgramsOnTheHostReachTheBroker() {
        List<Integer> hostPorts = advertisedListeners().values().stream()
                .filter(address -> address.startsWith("localhost:"))
                .map(address -> Integer.valueOf(address.substring("localhost:".length())))
                .toList();

        assertThat(hostPorts).as("a listener advertised as localhost").hasSize(1);
        assertThat(compose.publishedPorts(BROKER)).containsEntry(hostPorts.get(0), hostPorts.get(0));
    }

    @Test
    void runsTheBrokerInKraftModeAtTheVersionOfTheKafkaClients() throws IOException {
        assertThat(compose.image(BROKER)).isEqualTo("apache/kafka:" + kafkaClientsVersion());
        assertThat(compose.image(TOPIC_INIT)).isEqualTo(compose.image(BROKER));
        assertThat(compose.environment(BROKER).get("KAFKA_PROCESS_ROLES").split(","))
                .containsExactlyInAnyOrder("broker", "controller");
        assertThat(compose.environment(BROKER)).as("topics come from topic-init only")
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    @Test
    void startsEachServiceOnlyOnceWhatItDependsOnIsHealthy() {
        assertThat(compose.dependencies(TOPIC_INIT)).containsEntry(BROKER, "service_healthy");
        for (String service : List.of(BROKER, TOPIC_INIT, "ingest-service", "enrich-service")) {
            compose.dependencies(service).forEach((dependency, condition) -> {
                if (condition.equals("service_healthy")) {
                    assertThat(compose.healthcheck(dependency))
                            .as(service + " waits for " + dependency + " to be healthy, so it needs a healthcheck")
                            .isNotBlank();
                }
            });
        }
    }

    @Test
    void publishesEachServicesPortAndChecksItsReadiness() {
        HTTP_PORTS.forEach((application, port) -> {
            assertThat(compose.publishedPorts(application)).containsEntry(port, port);
            assertThat(compose.healthcheck(application)).as(application + " healthcheck")
                    .contains("http://localhost:" + port + "/actuator/health/readiness");
        });
    }

    @Test
    void buildsTheImagesTheKubernetesManifestsDeploy() {
        for (String application : APPLICATIONS) {
            String dockerfile = compose.buildContext(application) + "/Dockerfile";
            assertThat(Files.isRegularFile(RepositoryRoot.resolve(dockerfile))).as(dockerfile).isTrue();

            KubernetesManifests manifest = KubernetesManifests.readFile(KUBERNETES_DEPLOYMENTS.get(application));
            String deployed = (manifest.all(Deployment.class).isEmpty()
                    ? manifest.named(StatefulSet.class, application).getSpec().getTemplate()
                    : manifest.named(Deployment.class, application).getSpec().getTemplate())
                    .getSpec().getContainers().get(0).getImage();
            assertThat(compose.image(application)).as("the tag docker-compose builds, which the local overlay runs")
                    .isEqualTo(deployed);
        }
    }

    /**
     * The version of the kafka-clients jar the services are built with. Read from the jar itself because
     * Kafka's AppInfoParser initialises a logger, which should not decide whether this test can run.
     */
    private static String kafkaClientsVersion() throws IOException {
        URL clientsJar = KafkaProducer.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader onlyThatJar = new URLClassLoader(new URL[] {clientsJar}, null);
                InputStream properties = onlyThatJar.getResourceAsStream("kafka/kafka-version.properties")) {
            assertThat(properties).as("kafka/kafka-version.properties in " + clientsJar).isNotNull();
            Properties version = new Properties();
            version.load(properties);
            return version.getProperty("version");
        }
    }

    private KafkaTopicsScript topicInitScript() {
        return KafkaTopicsScript.parse(compose.commandLine(TOPIC_INIT));
    }

    /** KAFKA_ADVERTISED_LISTENERS as listener name to host:port. */
    private Map<String, String> advertisedListeners() {
        return Arrays.stream(compose.environment(BROKER).get("KAFKA_ADVERTISED_LISTENERS").split(","))
                .map(listener -> listener.trim().split("://", 2))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
    }
}
