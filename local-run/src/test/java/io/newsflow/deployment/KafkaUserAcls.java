package io.newsflow.deployment;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The Kafka ACLs Strimzi's user operator creates for one {@code KafkaUser} with simple authorization: every
 * listed operation allowed for {@code User:<name>} on the listed resource, nothing else. Read from the same
 * resource the cluster receives, so that a test broker and the cluster cannot disagree.
 */
record KafkaUserAcls(String userName, List<AclBinding> bindings) {

    /** Strimzi's name for the cluster resource, which has no name of its own. */
    private static final String CLUSTER_RESOURCE_NAME = "kafka-cluster";

    @SuppressWarnings("unchecked")
    static KafkaUserAcls of(GenericKubernetesResource kafkaUser) {
        String userName = kafkaUser.getMetadata().getName();
        Map<String, Object> authorization = (Map<String, Object>) kafkaUser.<Map<String, Object>>get("spec")
                .get("authorization");
        if (authorization == null || !"simple".equals(authorization.get("type"))) {
            throw new IllegalArgumentException("KafkaUser " + userName + " must use simple authorization");
        }
        List<AclBinding> bindings = new ArrayList<>();
        for (Map<String, Object> acl : (List<Map<String, Object>>) authorization.get("acls")) {
            Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
            ResourceType type = resourceType((String) resource.get("type"));
            String name = type == ResourceType.CLUSTER ? CLUSTER_RESOURCE_NAME : (String) resource.get("name");
            PatternType pattern = patternType(String.valueOf(resource.getOrDefault("patternType", "literal")));
            String host = String.valueOf(acl.getOrDefault("host", "*"));
            for (String operation : (List<String>) acl.get("operations")) {
                bindings.add(new AclBinding(new ResourcePattern(type, name, pattern),
                        new AccessControlEntry("User:" + userName, host, operation(operation),
                                AclPermissionType.ALLOW)));
            }
        }
        return new KafkaUserAcls(userName, List.copyOf(bindings));
    }

    private static ResourceType resourceType(String strimziType) {
        return switch (strimziType) {
            case "topic" -> ResourceType.TOPIC;
            case "group" -> ResourceType.GROUP;
            case "transactionalId" -> ResourceType.TRANSACTIONAL_ID;
            case "cluster" -> ResourceType.CLUSTER;
            default -> throw new IllegalArgumentException("Unknown Strimzi ACL resource type " + strimziType);
        };
    }

    /** Strimzi's {@code prefix} is Kafka's {@code PREFIXED}. */
    private static PatternType patternType(String strimziPattern) {
        return switch (strimziPattern) {
            case "literal" -> PatternType.LITERAL;
            case "prefix" -> PatternType.PREFIXED;
            default -> throw new IllegalArgumentException("Unknown Strimzi ACL pattern type " + strimziPattern);
        };
    }

    /** Strimzi spells operations in camel case ({@code IdempotentWrite}), Kafka's enum in upper snake case. */
    private static AclOperation operation(String strimziOperation) {
        AclOperation operation = AclOperation.fromString(
                strimziOperation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        if (operation == AclOperation.UNKNOWN) {
            throw new IllegalArgumentException("Unknown ACL operation " + strimziOperation);
        }
        return operation;
    }
}
