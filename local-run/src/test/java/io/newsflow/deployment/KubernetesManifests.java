package io.newsflow.deployment;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A set of Kubernetes resources parsed by fabric8: built-in kinds become typed objects (Deployment,
 * Service, ...), kinds fabric8 does not know (the Strimzi resources) become
 * {@link GenericKubernetesResource}s.
 */
final class KubernetesManifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final String source;
    private final List<HasMetadata> resources;

    private KubernetesManifests(String source, List<HasMetadata> resources) {
        this.source = source;
        this.resources = resources;
    }

    /** What {@code kubectl kustomize k8s/overlays/<overlay>} renders; kubectl must be on the PATH. */
    static KubernetesManifests renderOverlay(String overlay) {
        Path root = RepositoryRoot.path();
        ExternalCommand.Output output = ExternalCommand.run(root, "kubectl", "kustomize", "k8s/overlays/" + overlay);
        if (output.exitCode() != 0) {
            throw new AssertionError("The " + overlay + " overlay does not render: " + output.describe());
        }
        return parse("overlay " + overlay, output.stdout());
    }

    /** One manifest file as written in the repository, before kustomize touches it. */
    static KubernetesManifests readFile(String relativePath) {
        try {
            return parse(relativePath, Files.readString(RepositoryRoot.resolve(relativePath)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + relativePath, e);
        }
    }

    static KubernetesManifests parse(String source, String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        List<HasMetadata> resources = parsed instanceof List<?> documents
                ? documents.stream().map(HasMetadata.class::cast).toList()
                : List.of((HasMetadata) parsed);
        return new KubernetesManifests(source, resources);
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream()
                .filter(resource -> resource.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(source + " has no " + type.getSimpleName() + " named " + name));
    }

    /** Resources of a kind fabric8 has no class for, such as Strimzi's {@code KafkaTopic}. */
    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(resource -> resource.getKind().equals(kind))
                .toList();
    }

    GenericKubernetesResource onlyCustom(String kind) {
        List<GenericKubernetesResource> ofKind = custom(kind);
        if (ofKind.size() != 1) {
            throw new AssertionError(source + " should have exactly one " + kind + " but has " + ofKind.size());
        }
        return ofKind.get(0);
    }

    @Override
    public String toString() {
        return source;
    }
}
