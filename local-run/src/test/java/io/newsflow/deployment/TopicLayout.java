package io.newsflow.deployment;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import java.util.TreeMap;

/**
 * How one Kafka topic is set up, in the same terms whether it comes from a Strimzi {@code KafkaTopic}
 * resource or from a {@code kafka-topics.sh --create} command line.
 *
 * @param config topic-level configs, values as strings as Kafka reads them
 */
record TopicLayout(String name, int partitions, int replicas, Map<String, String> config) {

    static TopicLayout fromKafkaTopic(GenericKubernetesResource topic) {
        Map<String, Object> spec = topic.get("spec");
        // Strimzi names the topic after the resource unless spec.topicName says otherwise.
        String name = spec.containsKey("topicName") ? (String) spec.get("topicName") : topic.getMetadata().getName();
        Map<String, String> config = new TreeMap<>();
        Map<?, ?> declared = (Map<?, ?>) spec.getOrDefault("config", Map.of());
        declared.forEach((key, value) -> config.put(key.toString(), String.valueOf(value)));
        return new TopicLayout(name, ((Number) spec.get("partitions")).intValue(),
                ((Number) spec.get("replicas")).intValue(), config);
    }

    String configOrDefault(String key, String kafkaDefault) {
        return config.getOrDefault(key, kafkaDefault);
    }

    /** Topic configs that describe the data kept, leaving out those that depend on the number of brokers. */
    Map<String, String> retentionConfig() {
        Map<String, String> retention = new TreeMap<>(config);
        retention.remove("min.insync.replicas");
        return retention;
    }
}
