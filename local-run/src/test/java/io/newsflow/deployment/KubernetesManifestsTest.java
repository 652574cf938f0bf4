package io.newsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.newsflow.common.event.NewsflowTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every kustomize overlay under k8s/overlays with kubectl and checks what a cluster would
 * receive: the wiring between resources, the properties each pod must have, and the Strimzi topics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubernetesManifestsTest {

    private static final String NAMESPACE = "newsflow";
    private static final String STRIMZI_API_VERSION = "kafka.strimzi.io/v1";
    private static final String KEDA_API_VERSION = "keda.sh/v1alpha1";
    private static final String PROMETHEUS_OPERATOR_API_VERSION = "monitoring.coreos.com/v1";
    private static final String READINESS_PATH = "/actuator/health/readiness";
    private static final String LIVENESS_PATH = "/actuator/health/liveness";
    private static final String METRICS_PATH = "/actuator/prometheus";
    private static final String BOOTSTRAP_SERVERS_VARIABLE = "SPRING_KAFKA_BOOTSTRAP_SERVERS";
    private static final String TOPIC_AUTO_CREATE_VARIABLE = "SPRING_KAFKA_ADMIN_AUTO_CREATE";
    /** What the CoreNLP NER model needs to load and run. */
    private static final long NER_MODEL_HEAP_BYTES = 1536L * 1024 * 1024;
    private static final Pattern MAX_RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
    private static final Map<String, ExpectedService> SERVICES = Map.of(
            "ingest-service", new ExpectedService("newsflow/ingest-service", 8080),
            "enrich-service", new ExpectedService("newsflow/enrich-service", 8081),
            "trends-service", new ExpectedService("newsflow/trends-service", 8082));

    private final Map<String, KubernetesManifests> rendered = new HashMap<>();

    @BeforeAll
    void kubectlIsInstalled() {
        assumeTrue(ExternalCommand.isOnPath("kubectl"),
                "kubectl is not on the PATH, so k8s/overlays cannot be rendered: install kubectl (it includes"
                        + " kustomize) to run these checks");
    }

    /** Every directory under k8s/overlays, so that a new overlay is checked without touching this test. */
    static Stream<String> overlays() {
        try (Stream<Path> directories = Files.list(RepositoryRoot.resolve("k8s/overlays"))) {
            return directories.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted()
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list k8s/overlays", e);
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("io.newsflow.deployment.KubernetesManifestsTest#overlays")
    @interface ForEachOverlay {
    }

    @Test
    void hasTheLocalAndProductionOverlays() {
        assertThat(overlays()).contains("local", "production");
    }

    @ForEachOverlay
    void rendersNoFieldKubernetesDoesNotDefine(String overlay) {
        List<String> unknownFields = new ArrayList<>();
        for (HasMetadata resource : render(overlay).all()) {
            if (!(resource instanceof GenericKubernetesResource)) {
                UnknownFieldFinder.find(resource)
                        .forEach(path -> unknownFields.add(describe(resource) + path));
            }
        }
        assertThat(unknownFields).as("fields the API server would silently drop").isEmpty();
    }

    @ForEachOverlay
    void leavesOnlyOperatorResourcesUntyped(String overlay) {
        // A misspelt apiVersion or kind of a built-in resource also ends up untyped, and unchecked.
        List<String> untyped = render(overlay).all(GenericKubernetesResource.class).stream()
                .map(resource -> resource.getApiVersion() + " " + resource.getKind()).toList();
        assertThat(untyped).contains(STRIMZI_API_VERSION + " Kafka", STRIMZI_API_VERSION + " KafkaNodePool",
                STRIMZI_API_VERSION + " KafkaTopic", STRIMZI_API_VERSION + " KafkaUser");
        assertThat(untyped).isSubsetOf(STRIMZI_API_VERSION + " Kafka", STRIMZI_API_VERSION + " KafkaNodePool",
                STRIMZI_API_VERSION + " KafkaTopic", STRIMZI_API_VERSION + " KafkaUser",
                KEDA_API_VERSION + " ScaledObject", KEDA_API_VERSION + " TriggerAuthentication",
                PROMETHEUS_OPERATOR_API_VERSION + " PodMonitor", PROMETHEUS_OPERATOR_API_VERSION + " PrometheusRule");
    }

    @ForEachOverlay
    void placesEverythingInTheNewsflowNamespace(String overlay) {
        KubernetesManifests manifests = render(overlay);
        manifests.named(Namespace.class, NAMESPACE);
        List<String> elsewhere = manifests.all().stream()
                .filter(resource -> !(resource instanceof Namespace))
                .filter(resource -> !NAMESPACE.equals(resource.getMetadata().getNamespace()))
                .map(resource -> describe(resource) + " in namespace " + resource.getMetadata().getNamespace())
                .toList();
        assertThat(elsewhere).isEmpty();
    }

    @ForEachOverlay
    void runsTheNewsflowImageOfEachService(String overlay) {
        KubernetesManifests manifests = render(overlay);
        SERVICES.forEach((name, expected) -> {
            String image = onlyContainer(workload(manifests, name)).getImage();
            String repository = image.substring(0, image.lastIndexOf(':'));
            assertThat(repository).as(name + " image " + image)
                    .satisfiesAnyOf(
                            actual -> assertThat(actual).isEqualTo(expected.imageRepository()),
                            actual -> assertThat(actual).endsWith("/" + expected.imageRepository()));
            assertThat(image).as(name + " image needs an explicit tag").doesNotEndWith(":latest");
        });
    }

    @ForEachOverlay
    void limitsCpuAndMemoryOfEveryContainer(String overlay) {
        for (Container container : containersOf(render(overlay))) {
            Map<String, Quantity> requests = container.getResources().getRequests();
            Map<String, Quantity> limits = container.getResources().getLimits();
            assertThat(limits).as(container.getName() + " limits").containsKeys("cpu", "memory");
            assertThat(requests).as(container.getName() + " requests").containsKeys("cpu", "memory");
            for (String resource : List.of("cpu", "memory")) {
                assertThat(amount(requests.get(resource))).as(container.getName() + " " + resource + " request")
                        .isLessThanOrEqualTo(amount(limits.get(resource)));
            }
        }
    }

    @ForEachOverlay
    void probesTheActuatorHealthGroupsOfEveryService(String overlay) {
        KubernetesManifests manifests = render(overlay);
        SERVICES.forEach((name, expected) -> {
            Container container = onlyContainer(workload(manifests, name));
            assertProbe(container, "readiness", container.getReadinessProbe(), READINESS_PATH, expected.port());
            assertProbe(container, "liveness", container.getLivenessProbe(), LIVENESS_PATH, expected.port());
            // Holds the liveness probe off until the application is up (the NER model takes a while).
            assertProbe(container, "startup", container.getStartupProbe(), LIVENESS_PATH, expected.port());
        });
    }

    @ForEachOverlay
    void runsEveryPodAsNonRootOnAReadOnlyRootFilesystem(String overlay) {
        for (Workload deployment : workloads(render(overlay))) {
            PodSpec pod = deployment.template().getSpec();
            PodSecurityContext podSecurity = pod.getSecurityContext();
            assertThat(podSecurity).as(deployment.describe() + " pod securityContext").isNotNull();
            assertThat(podSecurity.getRunAsNonRoot()).as(deployment.describe() + " runAsNonRoot").isTrue();
            assertThat(podSecurity.getRunAsUser()).as(deployment.describe() + " runAsUser").isNotNull().isPositive();
            for (Container container : pod.getContainers()) {
                SecurityContext security = container.getSecurityContext();
                assertThat(security).as(container.getName() + " securityContext").isNotNull();
                assertThat(security.getReadOnlyRootFilesystem()).as(container.getName() + " readOnlyRootFilesystem")
                        .isTrue();
                assertThat(security.getAllowPrivilegeEscalation()).as(container.getName() + " allowPrivilegeEscalation")
                        .isFalse();
                assertThat(security.getCapabilities().getDrop()).as(container.getName() + " dropped capabilities")
                        .contains("ALL");
                assertThat(emptyDirMountedAt(pod, container, "/tmp"))
                        .as(container.getName() + " needs a writable /tmp from an emptyDir").isTrue();
            }
        }
    }

    @ForEachOverlay
    void tellsPrometheusToScrapeTheActuatorEndpoint(String overlay) {
        KubernetesManifests manifests = render(overlay);
        SERVICES.forEach((name, expected) -> {
            Workload deployment = workload(manifests, name);
            Map<String, String> annotations = deployment.template().getMetadata().getAnnotations();
            assertThat(annotations).as(name + " pod annotations")
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", METRICS_PATH)
                    .containsEntry("prometheus.io/port", String.valueOf(expected.port()));
            assertThat(onlyContainer(deployment).getPorts()).extracting(ContainerPort::getContainerPort)
                    .as(name + " must declare the port Prometheus scrapes").contains(expected.port());
        });
    }

    @ForEachOverlay
    void pointsEveryServiceAtTheStrimziBootstrapService(String overlay) {
        KubernetesManifests manifests = render(overlay);
        String bootstrap = strimziBootstrapAddress(manifests);
        SERVICES.keySet().forEach(name -> {
            Container container = onlyContainer(workload(manifests, name));
            assertThat(environmentOf(container, manifests)).as(name + " environment")
                    .containsEntry(BOOTSTRAP_SERVERS_VARIABLE, bootstrap);
        });
    }

    @ForEachOverlay
    void leavesTopicsToTheTopicOperator(String overlay) {
        // A service creating a missing topic or adding partitions would fight the KafkaTopic resources.
        KubernetesManifests manifests = render(overlay);
        SERVICES.keySet().forEach(name -> {
            Container container = onlyContainer(workload(manifests, name));
            assertThat(environmentOf(container, manifests)).as(name + " environment")
                    .containsEntry(TOPIC_AUTO_CREATE_VARIABLE, "false");
        });
    }

    @ForEachOverlay
    void referencesOnlyConfigMapsThatExistAndSecretsThatExistOrAreOptional(String overlay) {
        KubernetesManifests manifests = render(overlay);
        Set<String> configMaps = names(manifests.all(ConfigMap.class));
        Set<String> secrets = names(manifests.all(Secret.class));
        for (Container container : containersOf(manifests)) {
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getConfigMapRef() != null) {
                    assertThat(configMaps).as(container.getName() + " envFrom ConfigMap")
                            .contains(source.getConfigMapRef().getName());
                }
                if (source.getSecretRef() != null && !secrets.contains(source.getSecretRef().getName())) {
                    // Until issue 4 ships the API-key Secret, a pod must start without it.
                    assertThat(source.getSecretRef().getOptional())
                            .as(container.getName() + " refers to Secret " + source.getSecretRef().getName()
                                    + " that this overlay does not create, so the reference must be optional")
                            .isTrue();
                }
            }
        }
    }

    @ForEachOverlay
    void selectsPodsFromEveryServiceAndDisruptionBudget(String overlay) {
        KubernetesManifests manifests = render(overlay);
        for (Service service : manifests.all(Service.class)) {
            Workload target = onlyWorkloadSelectedBy(manifests, service.getSpec().getSelector(), describe(service));
            Container container = onlyContainer(target);
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(resolvePort(container, port.getTargetPort()))
                        .as(describe(service) + " port " + port.getName() + " must reach a port the container declares")
                        .isNotNull();
            }
        }
        for (PodDisruptionBudget budget : manifests.all(PodDisruptionBudget.class)) {
            onlyWorkloadSelectedBy(manifests, budget.getSpec().getSelector().getMatchLabels(), describe(budget));
        }
        assertThat(manifests.all(PodDisruptionBudget.class)).extracting(budget -> budget.getMetadata().getName())
                .as("every service has a disruption budget").containsExactlyInAnyOrderElementsOf(SERVICES.keySet());
    }

    @ForEachOverlay
    @SuppressWarnings("unchecked")
    void requiresScramOnEveryListenerAndAuthorizesEveryClient(String overlay) {
        KubernetesManifests manifests = render(overlay);
        Map<String, Object> kafkaSpec = (Map<String, Object>) manifests.onlyCustom("Kafka")
                .<Map<String, Object>>get("spec").get("kafka");
        for (Map<String, Object> listener : (List<Map<String, Object>>) kafkaSpec.get("listeners")) {
            assertThat((Map<String, Object>) listener.get("authentication")).as("listener " + listener.get("name"))
                    .containsEntry("type", "scram-sha-512");
        }
        assertThat((Map<String, Object>) kafkaSpec.get("authorization")).containsEntry("type", "simple");
        Map<String, Object> entityOperator = (Map<String, Object>) manifests.onlyCustom("Kafka")
                .<Map<String, Object>>get("spec").get("entityOperator");
        assertThat(entityOperator).isNotNull().as("the user operator turns KafkaUsers into credentials").containsKey("userOperator");
    }

    @ForEachOverlay
    void givesEveryServiceItsOwnKafkaUserThroughSpringKafkaProperties(String overlay) {
        KubernetesManifests manifests = render(overlay);
        String cluster = manifests.onlyCustom("Kafka").getMetadata().getName();
        Set<String> users = names(manifests.custom("KafkaUser"));
        for (GenericKubernetesResource user : manifests.custom("KafkaUser")) {
            assertThat(user.getMetadata().getLabels()).as(describe(user)).containsEntry("strimzi.io/cluster", cluster);
            assertThat(user.<Map<String, Object>>get("spec").get("authentication"))
                    .as(describe(user) + " authentication").isEqualTo(Map.of("type", "scram-sha-512"));
        }
        SERVICES.keySet().forEach(name -> {
            Container container = onlyContainer(workload(manifests, name));
            assertThat(environmentOf(container, manifests)).as(name + " environment")
                    .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
            EnvVar jaas = container.getEnv().stream()
                    .filter(variable -> variable.getName().equals("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + " needs SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"));
            SecretKeySelector secret = jaas.getValueFrom().getSecretKeyRef();
            assertThat(secret.getName()).as(name + " reads the Secret of its own KafkaUser").isEqualTo(name).isIn(users);
            assertThat(secret.getKey()).isEqualTo("sasl.jaas.config");
        });
    }

    @ForEachOverlay
    void grantsAccessOnlyToTopicsThatExist(String overlay) {
        KubernetesManifests manifests = render(overlay);
        Set<String> topics = topics(manifests).keySet();
        for (GenericKubernetesResource user : manifests.custom("KafkaUser")) {
            List<AclBinding> bindings = KafkaUserAcls.of(user).bindings();
            for (AclBinding binding : bindings) {
                if (binding.pattern().resourceType() == ResourceType.TOPIC
                        && binding.pattern().patternType() == PatternType.PREFIXED) {
                    // Kafka Streams' internal topics: named after the application id, which is the user's group
                    String prefix = binding.pattern().name();
                    assertThat(bindings).as(describe(user) + " " + binding + " is the prefix of a Kafka Streams"
                            + " application id the user consumes as").anySatisfy(group -> {
                                assertThat(group.pattern().resourceType()).isEqualTo(ResourceType.GROUP);
                                assertThat(group.pattern().patternType()).isEqualTo(PatternType.LITERAL);
                                assertThat(group.pattern().name() + "-").isEqualTo(prefix);
                            });
                    assertThat(topics).as(describe(user) + " " + binding + " must not cover a newsflow topic")
                            .noneMatch(topic -> topic.startsWith(prefix));
                } else if (binding.pattern().resourceType() == ResourceType.TOPIC) {
                    assertThat(binding.pattern().patternType()).as(describe(user) + " " + binding)
                            .isEqualTo(PatternType.LITERAL);
                    assertThat(topics).as(describe(user) + " " + binding).contains(binding.pattern().name());
                }
                assertThat(binding.pattern().name()).as(describe(user) + " must not grant on every resource")
                        .isNotEqualTo("*");
                assertThat(binding.entry().operation()).as(describe(user) + " " + binding)
                        .isNotEqualTo(AclOperation.ALL);
            }
        }
    }

    @ForEachOverlay
    void deniesAllTrafficInTheNamespaceThatNoPolicyAllows(String overlay) {
        assertThat(render(overlay).all(NetworkPolicy.class)).as("a default-deny policy")
                .anySatisfy(policy -> {
                    assertThat(selectsEveryPod(policy.getSpec().getPodSelector())).isTrue();
                    assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
                    assertThat(policy.getSpec().getIngress()).isEmpty();
                    assertThat(policy.getSpec().getEgress()).isEmpty();
                });
    }

    @ForEachOverlay
    void admitsTrafficToTheServicesOnlyOnTheirHttpPortFromTheIngressControllerAndPrometheus(String overlay) {
        KubernetesManifests manifests = render(overlay);
        SERVICES.forEach((name, expected) -> {
            Workload deployment = workload(manifests, name);
            Container container = onlyContainer(deployment);
            List<NetworkPolicyIngressRule> rules = policiesSelecting(manifests, deployment).stream()
                    .flatMap(policy -> policy.getSpec().getIngress().stream()).toList();
            List<String> sources = new ArrayList<>();
            for (NetworkPolicyIngressRule rule : rules) {
                assertThat(rule.getFrom()).as(name + " ingress from nowhere in particular is from everywhere")
                        .isNotEmpty();
                assertThat(rule.getPorts()).as(name + " ingress ports").isNotEmpty().allSatisfy(port ->
                        assertThat(resolvePort(container, port.getPort())).as(name + " ingress port " + port.getPort())
                                .isEqualTo(expected.port()));
                rule.getFrom().forEach(peer -> sources.add(describePeer(peer)));
            }
            Set<String> allowedSources = switch (name) {
                case "ingest-service" -> Set.of(PROMETHEUS_PEER, INGRESS_CONTROLLER_PEER);
                // the API and dashboard, and interactive queries forwarded by the other trends pods
                case "trends-service" -> Set.of(PROMETHEUS_PEER, INGRESS_CONTROLLER_PEER, TRENDS_PEER);
                default -> Set.of(PROMETHEUS_PEER);
            };
            assertThat(sources).as(name + " is reachable from").containsAll(allowedSources).isSubsetOf(allowedSources);
        });
    }

    @ForEachOverlay
    void letsTheServicesReachOnlyKafkaAndDnsAndIngestAlsoPublicWebServers(String overlay) {
        KubernetesManifests manifests = render(overlay);
        String kafkaPods = "pods strimzi.io/cluster=" + manifests.onlyCustom("Kafka").getMetadata().getName()
                + ",strimzi.io/name=" + manifests.onlyCustom("Kafka").getMetadata().getName() + "-kafka";
        String clientPort = "TCP/" + strimziBootstrapAddress(manifests).split(":")[1];
        SERVICES.keySet().forEach(name -> {
            Map<String, Set<String>> reachable = new HashMap<>();
            for (NetworkPolicy policy : policiesSelecting(manifests, workload(manifests, name))) {
                for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
                    assertThat(rule.getTo()).as(name + " egress to nowhere in particular is to everywhere").isNotEmpty();
                    assertThat(rule.getPorts()).as(name + " egress on every port").isNotEmpty();
                    Set<String> ports = rule.getPorts().stream()
                            .map(port -> port.getProtocol() + "/" + port.getPort().getIntVal())
                            .collect(Collectors.toSet());
                    rule.getTo().forEach(peer -> reachable.computeIfAbsent(describePeer(peer), key -> new java.util.TreeSet<>())
                            .addAll(ports));
                }
            }
            Map<String, Set<String>> expected = new HashMap<>(Map.of(
                    kafkaPods, Set.of(clientPort),
                    KUBE_DNS_PEER, Set.of("UDP/53", "TCP/53")));
            if (name.equals("ingest-service")) {
                expected.put(PUBLIC_IPV4_PEER, Set.of("TCP/80", "TCP/443"));
                expected.put(PUBLIC_IPV6_PEER, Set.of("TCP/80", "TCP/443"));
            }
            if (name.equals("trends-service")) {
                expected.put(TRENDS_PEER, Set.of("TCP/" + SERVICES.get(name).port()));
            }
            assertThat(reachable).as(name + " may reach").isEqualTo(expected);
        });
    }

    @ForEachOverlay
    void createsExactlyTheNewsflowTopicsInTheNewsflowCluster(String overlay) {
        KubernetesManifests manifests = render(overlay);
        String cluster = manifests.onlyCustom("Kafka").getMetadata().getName();
        List<String> expected = new ArrayList<>(List.of(
                NewsflowTopics.RAW_ARTICLES, NewsflowTopics.ENRICHED_ARTICLES, NewsflowTopics.DEAD_LETTER,
                NewsflowTopics.FEED_STATE, NewsflowTopics.ENRICH_PROCESSED));
        expected.addAll(TrendsConfiguration.outputTopics());
        assertThat(topics(manifests).keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(manifests.custom("KafkaTopic"))
                .extracting(topic -> topic.getMetadata().getLabels().get("strimzi.io/cluster"))
                .as("the topic operator only picks up topics labelled with its cluster")
                .containsOnly(cluster);
    }

    @ForEachOverlay
    void keepsEachTopicAsLongAsItsPurposeNeeds(String overlay) {
        Map<String, TopicLayout> topics = topics(render(overlay));

        TopicLayout raw = topics.get(NewsflowTopics.RAW_ARTICLES);
        assertThat(raw.configOrDefault("cleanup.policy", "delete")).isEqualTo("delete");
        assertThat(raw.config()).containsEntry("retention.ms", millis(Duration.ofDays(7)));

        TopicLayout enriched = topics.get(NewsflowTopics.ENRICHED_ARTICLES);
        assertThat(enriched.config()).as("the latest version of each article, for 30 days")
                .containsEntry("cleanup.policy", "compact,delete")
                .containsEntry("retention.ms", millis(Duration.ofDays(30)));

        TopicLayout deadLetters = topics.get(NewsflowTopics.DEAD_LETTER);
        assertThat(deadLetters.configOrDefault("cleanup.policy", "delete"))
                .as("every failure is kept, even several of one article").isEqualTo("delete");
        assertThat(deadLetters.config()).containsEntry("retention.ms", millis(Duration.ofDays(30)));

        assertThat(topics.get(NewsflowTopics.FEED_STATE).config())
                .as("the last published version of every article id, never deleted by age")
                .containsEntry("cleanup.policy", "compact").doesNotContainKey("retention.ms");

        assertThat(topics.get(NewsflowTopics.ENRICH_PROCESSED).config())
                .as("every enriched version for at least as long as the raw topic can replay it")
                .containsEntry("cleanup.policy", "compact,delete")
                .containsEntry("retention.ms", millis(Duration.ofDays(30)));
        assertThat(topics.get(NewsflowTopics.ENRICH_PROCESSED).partitions())
                .as("partition p records raw partition p").isGreaterThanOrEqualTo(raw.partitions());
    }

    @ForEachOverlay
    void givesTheDeadLetterTopicAtLeastTheRawTopicsPartitions(String overlay) {
        // Spring Kafka's DeadLetterPublishingRecoverer writes to the failed record's partition number.
        Map<String, TopicLayout> topics = topics(render(overlay));
        assertThat(topics.get(NewsflowTopics.DEAD_LETTER).partitions())
                .isGreaterThanOrEqualTo(topics.get(NewsflowTopics.RAW_ARTICLES).partitions());
    }

    @ForEachOverlay
    void runsNoMoreEnrichConsumersThanRawPartitions(String overlay) {
        KubernetesManifests manifests = render(overlay);
        assertThat(manifests.named(Deployment.class, "enrich-service").getSpec().getReplicas())
                .as("consumers beyond the partition count sit idle")
                .isLessThanOrEqualTo(topics(manifests).get(NewsflowTopics.RAW_ARTICLES).partitions());
    }

    @ForEachOverlay
    void replicatesTopicsWithinTheBrokersAvailable(String overlay) {
        KubernetesManifests manifests = render(overlay);
        int brokers = nodesWithRole(manifests, "broker");
        Map<String, Object> brokerConfig = kafkaConfig(manifests);
        for (String setting : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor")) {
            assertThat(((Number) brokerConfig.get(setting)).intValue()).as(setting).isBetween(1, brokers);
        }
        for (TopicLayout topic : topics(manifests).values()) {
            int minInSync = Integer.parseInt(topic.config().get("min.insync.replicas"));
            assertThat(topic.replicas()).as(topic.name() + " replicas").isBetween(1, brokers);
            assertThat(minInSync).as(topic.name() + " min.insync.replicas").isBetween(1, topic.replicas());
            if (topic.replicas() > 1) {
                assertThat(minInSync).as(topic.name() + " must stay writable with one replica down")
                        .isLessThan(topic.replicas());
            }
        }
    }

    @ForEachOverlay
    void runsKafkaInKraftModeOnNodePools(String overlay) {
        KubernetesManifests manifests = render(overlay);
        GenericKubernetesResource kafka = manifests.onlyCustom("Kafka");
        Map<String, Object> spec = kafka.get("spec");
        assertThat(spec).as("KRaft clusters have no ZooKeeper section").doesNotContainKey("zookeeper");
        assertThat(manifests.custom("KafkaNodePool"))
                .extracting(pool -> pool.getMetadata().getLabels().get("strimzi.io/cluster"))
                .as("node pools join the cluster named in their label")
                .containsOnly(kafka.getMetadata().getName());
        int controllers = nodesWithRole(manifests, "controller");
        assertThat(controllers).as("controllers form a majority quorum, so their number is odd").isOdd();
        assertThat(nodesWithRole(manifests, "broker")).isPositive();
    }

    @ForEachOverlay
    void givesEnrichEnoughHeapForTheNerModel(String overlay) {
        Container enrich = onlyContainer(render(overlay).named(Deployment.class, "enrich-service"));
        String javaOptions = enrich.getEnv().stream()
                .filter(variable -> variable.getName().equals("JAVA_TOOL_OPTIONS"))
                .map(EnvVar::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("enrich-service must size its heap against its own memory limit"
                        + " with JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=..."));
        Matcher percentage = MAX_RAM_PERCENTAGE.matcher(javaOptions);
        assertThat(percentage.find()).as("MaxRAMPercentage in " + javaOptions).isTrue();
        BigDecimal maxHeap = amount(enrich.getResources().getLimits().get("memory"))
                .multiply(new BigDecimal(percentage.group(1))).divide(BigDecimal.valueOf(100));
        assertThat(maxHeap).as("maximum heap in bytes").isGreaterThanOrEqualTo(BigDecimal.valueOf(NER_MODEL_HEAP_BYTES));
    }

    @ForEachOverlay
    void runsNoMoreTrendsInstancesThanEnrichedPartitionsAndNoAutoscalerOnThem(String overlay) {
        KubernetesManifests manifests = render(overlay);
        assertThat(manifests.named(StatefulSet.class, "trends-service").getSpec().getReplicas())
                .as("Kafka Streams instances beyond the enriched topic's partitions have no task")
                .isBetween(1, topics(manifests).get(NewsflowTopics.ENRICHED_ARTICLES).partitions());
        assertThat(manifests.all(HorizontalPodAutoscaler.class)).as("trends-service is scaled by hand (ADR 0015)")
                .noneMatch(autoscaler -> autoscaler.getSpec().getScaleTargetRef().getName().equals("trends-service"));
        assertThat(manifests.custom("ScaledObject")).as("trends-service is scaled by hand (ADR 0015)")
                .noneMatch(scaled -> "trends-service".equals(
                        ((Map<?, ?>) scaled.<Map<String, Object>>get("spec").get("scaleTargetRef")).get("name")));
    }

    @ForEachOverlay
    void keepsTrendsStateOnAPersistentVolumeAndAdvertisesAStablePodName(String overlay) {
        KubernetesManifests manifests = render(overlay);
        StatefulSet trends = manifests.named(StatefulSet.class, "trends-service");
        Container container = onlyContainer(Workload.of(trends));
        Map<String, String> environment = environmentOf(container, manifests);

        String stateDir = environment.get("NEWSFLOW_TRENDS_STATE_DIR");
        assertThat(stateDir).as("spring.kafka.streams.state-dir").isNotBlank();
        VolumeMount stateMount = container.getVolumeMounts().stream()
                .filter(mount -> mount.getMountPath().equals(stateDir)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing is mounted at the state directory " + stateDir));
        assertThat(trends.getSpec().getVolumeClaimTemplates())
                .as("the state directory is a claim of the pod's own (ADR 0015), not an emptyDir")
                .anySatisfy(claim -> {
                    assertThat(claim.getMetadata().getName()).isEqualTo(stateMount.getName());
                    assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
                    assertThat(claim.getSpec().getResources().getRequests()).containsKey("storage");
                });
        assertThat(trends.getSpec().getTemplate().getSpec().getVolumes()).extracting(Volume::getName)
                .as("a pod volume would shadow the claim").doesNotContain(stateMount.getName());
        assertThat(TrendsConfiguration.standbyReplicas()).as("ADR 0015: volumes, no standby replicas").isZero();

        Service pods = manifests.named(Service.class, trends.getSpec().getServiceName());
        assertThat(pods.getSpec().getClusterIP()).as("a headless Service names each pod").isEqualTo("None");
        assertThat(matches(new LabelSelector(List.of(), pods.getSpec().getSelector()),
                trends.getSpec().getTemplate().getMetadata().getLabels())).isTrue();
        assertThat(environment).as("the advertised host is the pod's own DNS name")
                .containsEntry("NEWSFLOW_TRENDS_ADVERTISED_HOST", "$(POD_NAME)." + pods.getMetadata().getName());
        assertThat(container.getEnv()).anySatisfy(variable -> {
            assertThat(variable.getName()).isEqualTo("POD_NAME");
            assertThat(variable.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
        });
    }

    @ForEachOverlay
    void grantsTrendsItsKafkaStreamsApplicationIdAndNoMore(String overlay) {
        GenericKubernetesResource user = render(overlay).custom("KafkaUser").stream()
                .filter(candidate -> candidate.getMetadata().getName().equals("trends-service")).findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaUser trends-service"));
        String applicationId = TrendsConfiguration.applicationId();
        Map<ResourceType, Set<String>> named = KafkaUserAcls.of(user).bindings().stream()
                .collect(Collectors.groupingBy(binding -> binding.pattern().resourceType(),
                        Collectors.mapping(binding -> binding.pattern().patternType() + " "
                                + binding.pattern().name(), Collectors.toSet())));
        assertThat(named.get(ResourceType.GROUP)).containsExactly("LITERAL " + applicationId);
        assertThat(named.get(ResourceType.TRANSACTIONAL_ID)).as("exactly_once_v2")
                .containsExactly("PREFIXED " + applicationId + "-");
        List<String> topics = new ArrayList<>(List.of("LITERAL " + NewsflowTopics.ENRICHED_ARTICLES,
                "PREFIXED " + applicationId + "-"));
        TrendsConfiguration.outputTopics().forEach(topic -> topics.add("LITERAL " + topic));
        assertThat(named.get(ResourceType.TOPIC)).containsExactlyInAnyOrderElementsOf(topics);
    }

    @Test
    void localRunsOneOfEverything() {
        KubernetesManifests local = render("local");
        assertThat(workloads(local)).extracting(Workload::replicas).containsOnly(1);
        assertThat(nodesWithRole(local, "broker")).isEqualTo(1);
        assertThat(topics(local).values()).extracting(TopicLayout::replicas).containsOnly(1);
    }

    @Test
    void productionScalesIngestOnCpuFromThreeReplicas() {
        KubernetesManifests production = render("production");
        Deployment ingest = production.named(Deployment.class, "ingest-service");
        HorizontalPodAutoscaler autoscaler = production.named(HorizontalPodAutoscaler.class, "ingest-service");

        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(ingest.getMetadata().getName());
        assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(3).isEqualTo(ingest.getSpec().getReplicas());
        assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(autoscaler.getSpec().getMinReplicas());
        assertThat(autoscaler.getSpec().getMetrics()).extracting(KubernetesManifestsTest::describeMetric)
                .containsExactly("Resource cpu");
        assertThat(onlyContainer(ingest).getResources().getRequests())
                .as("CPU utilisation is measured against the request").containsKey("cpu");
    }

    @Test
    void productionStartsWithOneEnrichConsumerPerRawPartition() {
        KubernetesManifests production = render("production");
        assertThat(production.named(Deployment.class, "enrich-service").getSpec().getReplicas())
                .isEqualTo(topics(production).get(NewsflowTopics.RAW_ARTICLES).partitions());
    }

    @Test
    @SuppressWarnings("unchecked")
    void productionScalesEnrichOnItsConsumerLagNeverBeyondTheRawPartitions() {
        KubernetesManifests production = render("production");
        GenericKubernetesResource scaledObject = production.onlyCustom("ScaledObject");
        Map<String, Object> spec = scaledObject.get("spec");
        assertThat((Map<String, Object>) spec.get("scaleTargetRef")).containsEntry("name", "enrich-service");
        int partitions = topics(production).get(NewsflowTopics.RAW_ARTICLES).partitions();
        int min = ((Number) spec.get("minReplicaCount")).intValue();
        int max = ((Number) spec.get("maxReplicaCount")).intValue();
        assertThat(min).as("always one consumer: a cold start loads the NER model").isGreaterThanOrEqualTo(1);
        assertThat(max).as("consumers beyond the raw partitions sit idle").isGreaterThan(min)
                .isLessThanOrEqualTo(partitions);

        List<Map<String, Object>> triggers = (List<Map<String, Object>>) spec.get("triggers");
        assertThat(triggers).extracting(trigger -> trigger.get("type")).containsExactly("kafka");
        Map<String, Object> lag = (Map<String, Object>) triggers.get(0).get("metadata");
        GenericKubernetesResource kafka = production.onlyCustom("Kafka");
        assertThat(lag).containsEntry("topic", NewsflowTopics.RAW_ARTICLES)
                .containsEntry("consumerGroup", enrichConsumerGroup())
                .containsEntry("bootstrapServers", strimziBootstrapAddress(production).replace(":",
                        "." + kafka.getMetadata().getNamespace() + ".svc:"))
                .containsEntry("allowIdleConsumers", "false");
        assertThat(Integer.parseInt((String) lag.get("lagThreshold"))).isPositive();

        String authentication = (String) ((Map<String, Object>) triggers.get(0).get("authenticationRef")).get("name");
        GenericKubernetesResource triggerAuthentication = production.custom("TriggerAuthentication").stream()
                .filter(candidate -> candidate.getMetadata().getName().equals(authentication)).findFirst()
                .orElseThrow(() -> new AssertionError("no TriggerAuthentication " + authentication));
        Set<String> secrets = names(production.all(Secret.class));
        Set<String> userSecrets = names(production.custom("KafkaUser"));
        List<Map<String, Object>> references = (List<Map<String, Object>>) triggerAuthentication
                .<Map<String, Object>>get("spec").get("secretTargetRef");
        assertThat(references).allSatisfy(reference -> assertThat(Set.of(reference.get("name")))
                .as("Secret " + reference.get("name")).containsAnyElementsOf(
                        Stream.concat(secrets.stream(), userSecrets.stream()).toList()));
        assertThat(production.all(HorizontalPodAutoscaler.class))
                .as("KEDA makes its own autoscaler; a second one would fight it")
                .noneMatch(autoscaler -> autoscaler.getSpec().getScaleTargetRef().getName().equals("enrich-service"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void productionScrapesBothServicesAndShipsTheAlertsAndTheDashboard() throws IOException {
        KubernetesManifests production = render("production");
        GenericKubernetesResource podMonitor = production.onlyCustom("PodMonitor");
        Map<String, Object> spec = podMonitor.get("spec");
        LabelSelector selector = new io.fabric8.kubernetes.client.utils.KubernetesSerialization()
                .convertValue(spec.get("selector"), LabelSelector.class);
        List<Map<String, Object>> endpoints = (List<Map<String, Object>>) spec.get("podMetricsEndpoints");
        SERVICES.forEach((name, expected) -> {
            Workload deployment = workload(production, name);
            assertThat(matches(selector, deployment.template().getMetadata().getLabels()))
                    .as("the PodMonitor selects " + name).isTrue();
            assertThat(endpoints).as(name + " scrape endpoints").anySatisfy(endpoint -> {
                assertThat(endpoint).containsEntry("path", METRICS_PATH);
                assertThat(resolvePort(onlyContainer(deployment), new IntOrString((String) endpoint.get("port"))))
                        .isEqualTo(expected.port());
            });
        });
        assertThat(production.onlyCustom("PrometheusRule").getMetadata().getName()).isEqualTo("newsflow");
        ConfigMap dashboard = production.named(ConfigMap.class, "newsflow-grafana-dashboard");
        assertThat(dashboard.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        assertThat(dashboard.getData()).containsEntry("newsflow-dashboard.json",
                Files.readString(RepositoryRoot.resolve(MonitoringQueries.DASHBOARD_FILE)));
    }

    @Test
    void productionSurvivesTheLossOfOneKafkaNode() {
        KubernetesManifests production = render("production");
        assertThat(nodesWithRole(production, "controller")).isGreaterThanOrEqualTo(3);
        assertThat(nodesWithRole(production, "broker")).isGreaterThanOrEqualTo(3);
        assertThat(topics(production).values()).allSatisfy(topic -> {
            assertThat(topic.replicas()).as(topic.name()).isGreaterThanOrEqualTo(3);
            assertThat(Integer.parseInt(topic.config().get("min.insync.replicas")))
                    .as(topic.name() + " acknowledged writes are on at least two nodes").isGreaterThanOrEqualTo(2);
        });
        assertThat(production.custom("KafkaNodePool")).allSatisfy(pool -> assertThat(storageTypes(pool))
                .as(describe(pool) + " keeps its data when a pod moves").containsOnly("persistent-claim"));
    }

    private static final String PROMETHEUS_PEER = "namespace monitoring, pods app.kubernetes.io/name=prometheus";
    private static final String TRENDS_PEER = "pods app.kubernetes.io/name=trends-service";
    private static final String INGRESS_CONTROLLER_PEER = "namespace ingress-nginx";
    private static final String KUBE_DNS_PEER = "namespace kube-system, pods k8s-app=kube-dns";
    /** The internet without private, shared, link-local (cloud metadata) and loopback addresses. */
    private static final String PUBLIC_IPV4_PEER = "0.0.0.0/0 except [10.0.0.0/8, 100.64.0.0/10, 127.0.0.0/8,"
            + " 169.254.0.0/16, 172.16.0.0/12, 192.168.0.0/16]";
    private static final String PUBLIC_IPV6_PEER = "::/0 except [::1/128, fc00::/7, fe80::/10]";

    /** enrich-service's consumer group, as its own configuration file sets it. */
    private static String enrichConsumerGroup() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("enrich-service.yml", new ClassPathResource("enrich-service.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return environment.getRequiredProperty("spring.kafka.consumer.group-id");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read enrich-service.yml", e);
        }
    }

    /** The NetworkPolicies whose pod selector matches the pods of a workload. */
    private static List<NetworkPolicy> policiesSelecting(KubernetesManifests manifests, Workload workload) {
        Map<String, String> labels = workload.template().getMetadata().getLabels();
        return manifests.all(NetworkPolicy.class).stream()
                .filter(policy -> matches(policy.getSpec().getPodSelector(), labels))
                .toList();
    }

    private static boolean selectsEveryPod(LabelSelector selector) {
        return (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    private static boolean matches(LabelSelector selector, Map<String, String> labels) {
        Map<String, String> required = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return labels.entrySet().containsAll(required.entrySet())
                && selector.getMatchExpressions().stream().allMatch(expression -> switch (expression.getOperator()) {
                    case "In" -> expression.getValues().contains(labels.get(expression.getKey()));
                    case "NotIn" -> !expression.getValues().contains(labels.get(expression.getKey()));
                    case "Exists" -> labels.containsKey(expression.getKey());
                    case "DoesNotExist" -> !labels.containsKey(expression.getKey());
                    default -> throw new AssertionError("unknown selector operator " + expression.getOperator());
                });
    }

    /** A policy peer in words, so that a test can compare what may talk to what. */
    private static String describePeer(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return peer.getIpBlock().getCidr() + " except " + peer.getIpBlock().getExcept().stream().sorted().toList();
        }
        List<String> parts = new ArrayList<>();
        if (peer.getNamespaceSelector() != null) {
            parts.add("namespace " + peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
        }
        if (peer.getPodSelector() != null) {
            parts.add("pods " + new java.util.TreeMap<>(peer.getPodSelector().getMatchLabels()).entrySet().stream()
                    .map(label -> label.getKey() + "=" + label.getValue()).collect(Collectors.joining(",")));
        }
        return String.join(", ", parts);
    }

    private KubernetesManifests render(String overlay) {
        return rendered.computeIfAbsent(overlay, KubernetesManifests::renderOverlay);
    }

    private static Map<String, TopicLayout> topics(KubernetesManifests manifests) {
        return manifests.custom("KafkaTopic").stream().map(TopicLayout::fromKafkaTopic)
                .collect(Collectors.toMap(TopicLayout::name, topic -> topic));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kafkaConfig(KubernetesManifests manifests) {
        Map<String, Object> spec = manifests.onlyCustom("Kafka").get("spec");
        return (Map<String, Object>) ((Map<String, Object>) spec.get("kafka")).get("config");
    }

    /** {@code <cluster>-kafka-bootstrap:<port>} of the cluster's plain-text internal listener. */
    @SuppressWarnings("unchecked")
    private static String strimziBootstrapAddress(KubernetesManifests manifests) {
        GenericKubernetesResource kafka = manifests.onlyCustom("Kafka");
        Map<String, Object> kafkaSpec = (Map<String, Object>) kafka.<Map<String, Object>>get("spec").get("kafka");
        Map<String, Object> listener = ((List<Map<String, Object>>) kafkaSpec.get("listeners")).stream()
                .filter(candidate -> "internal".equals(candidate.get("type")))
                .filter(candidate -> Boolean.FALSE.equals(candidate.get("tls")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the Kafka resource needs an internal listener without TLS"));
        return kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.get("port");
    }

    @SuppressWarnings("unchecked")
    private static int nodesWithRole(KubernetesManifests manifests, String role) {
        return manifests.custom("KafkaNodePool").stream()
                .map(pool -> pool.<Map<String, Object>>get("spec"))
                .filter(spec -> ((List<String>) spec.get("roles")).contains(role))
                .mapToInt(spec -> ((Number) spec.get("replicas")).intValue())
                .sum();
    }

    /** The storage type of a node pool, or of each of its volumes when it uses JBOD. */
    @SuppressWarnings("unchecked")
    private static List<String> storageTypes(GenericKubernetesResource pool) {
        Map<String, Object> storage = (Map<String, Object>) pool.<Map<String, Object>>get("spec").get("storage");
        if (!"jbod".equals(storage.get("type"))) {
            return List.of(String.valueOf(storage.get("type")));
        }
        return ((List<Map<String, Object>>) storage.get("volumes")).stream()
                .map(volume -> String.valueOf(volume.get("type")))
                .toList();
    }

    private static Map<String, String> environmentOf(Container container, KubernetesManifests manifests) {
        Map<String, String> environment = new HashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                environment.putAll(manifests.named(ConfigMap.class, source.getConfigMapRef().getName()).getData());
            }
        }
        container.getEnv().forEach(variable -> environment.put(variable.getName(), variable.getValue()));
        return environment;
    }

    private static void assertProbe(Container container, String kind, Probe probe, String path, int port) {
        String what = container.getName() + " " + kind + " probe";
        assertThat(probe).as(what).isNotNull();
        HTTPGetAction httpGet = probe.getHttpGet();
        assertThat(httpGet).as(what + " must be an HTTP GET").isNotNull();
        assertThat(httpGet.getPath()).as(what + " path").isEqualTo(path);
        assertThat(resolvePort(container, httpGet.getPort())).as(what + " port").isEqualTo(port);
    }

    /** A port given by number or by the name of one of the container's ports, or null if it names none. */
    private static Integer resolvePort(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return container.getPorts().stream().map(ContainerPort::getContainerPort)
                    .filter(port.getIntVal()::equals).findFirst().orElse(null);
        }
        return container.getPorts().stream()
                .filter(declared -> port.getStrVal().equals(declared.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst()
                .orElse(null);
    }

    private static Workload onlyWorkloadSelectedBy(KubernetesManifests manifests, Map<String, String> selector,
            String selectedBy) {
        assertThat(selector).as(selectedBy + " selector").isNotEmpty();
        List<Workload> selected = workloads(manifests).stream()
                .filter(workload -> workload.template().getMetadata().getLabels().entrySet()
                        .containsAll(selector.entrySet()))
                .toList();
        assertThat(selected).as(selectedBy + " must select the pods of exactly one Deployment or StatefulSet")
                .hasSize(1);
        return selected.get(0);
    }

    private static boolean emptyDirMountedAt(PodSpec pod, Container container, String path) {
        return container.getVolumeMounts().stream()
                .filter(mount -> mount.getMountPath().equals(path))
                .map(VolumeMount::getName)
                .anyMatch(name -> pod.getVolumes().stream()
                        .filter(volume -> volume.getName().equals(name))
                        .map(Volume::getEmptyDir)
                        .anyMatch(emptyDir -> emptyDir != null));
    }

    private static List<Container> containersOf(KubernetesManifests manifests) {
        return workloads(manifests).stream()
                .flatMap(workload -> Stream.concat(
                        workload.template().getSpec().getInitContainers().stream(),
                        workload.template().getSpec().getContainers().stream()))
                .toList();
    }

    private static Container onlyContainer(Workload workload) {
        List<Container> containers = workload.template().getSpec().getContainers();
        assertThat(containers).as(workload.describe() + " containers").hasSize(1);
        return containers.get(0);
    }

    private static Container onlyContainer(Deployment deployment) {
        return onlyContainer(Workload.of(deployment));
    }

    /** Every Deployment and StatefulSet: the stateless services and trends-service with its state (ADR 0015). */
    private static List<Workload> workloads(KubernetesManifests manifests) {
        return Stream.concat(manifests.all(Deployment.class).stream().map(Workload::of),
                manifests.all(StatefulSet.class).stream().map(Workload::of)).toList();
    }

    private static Workload workload(KubernetesManifests manifests, String name) {
        return workloads(manifests).stream().filter(workload -> workload.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(manifests + " has no Deployment or StatefulSet named " + name));
    }

    /** What the checks of pods need from a Deployment or a StatefulSet. */
    private record Workload(String kind, String name, PodTemplateSpec template, Integer replicas) {
        static Workload of(Deployment deployment) {
            return new Workload("Deployment", deployment.getMetadata().getName(),
                    deployment.getSpec().getTemplate(), deployment.getSpec().getReplicas());
        }

        static Workload of(StatefulSet statefulSet) {
            return new Workload("StatefulSet", statefulSet.getMetadata().getName(),
                    statefulSet.getSpec().getTemplate(), statefulSet.getSpec().getReplicas());
        }

        String describe() {
            return kind + " " + name;
        }
    }

    private static String describeMetric(MetricSpec metric) {
        return metric.getType() + (metric.getResource() == null ? "" : " " + metric.getResource().getName());
    }

    private static BigDecimal amount(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity);
    }

    private static String millis(Duration duration) {
        return String.valueOf(duration.toMillis());
    }

    private static Set<String> names(List<? extends HasMetadata> resources) {
        return resources.stream().map(resource -> resource.getMetadata().getName()).collect(Collectors.toSet());
    }

    private static String describe(HasMetadata resource) {
        return resource.getKind() + " " + resource.getMetadata().getName();
    }

    private record ExpectedService(String imageRepository, int port) {
    }
}
