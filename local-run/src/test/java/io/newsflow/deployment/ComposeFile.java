package io.newsflow.deployment;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * docker-compose.yml as data. Reads the file itself rather than docker-compose's output, so that these
 * checks run on machines without docker-compose too; it accepts both the short and the long syntax of
 * the fields it reads.
 */
final class ComposeFile {

    static final String FILE_NAME = "docker-compose.yml";

    private final Map<String, Object> services;

    private ComposeFile(Map<String, Object> services) {
        this.services = services;
    }

    @SuppressWarnings("unchecked")
    static ComposeFile read() {
        try {
            String yaml = Files.readString(RepositoryRoot.resolve(FILE_NAME));
            Map<String, Object> document = new KubernetesSerialization().unmarshal(yaml, Map.class);
            return new ComposeFile((Map<String, Object>) document.get("services"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE_NAME, e);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> service(String name) {
        Object service = services.get(name);
        if (service == null) {
            throw new AssertionError(FILE_NAME + " has no service " + name + "; it has " + services.keySet());
        }
        return (Map<String, Object>) service;
    }

    String image(String service) {
        return (String) service(service).get("image");
    }

    String hostname(String service) {
        return (String) service(service).getOrDefault("hostname", service);
    }

    /** The build context directory, relative to the repository root. */
    String buildContext(String service) {
        Object build = service(service).get("build");
        return build instanceof Map<?, ?> longForm ? (String) longForm.get("context") : (String) build;
    }

    Map<String, String> environment(String service) {
        Object environment = service(service).getOrDefault("environment", Map.of());
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> variables.put(key.toString(), String.valueOf(value)));
        } else {
            for (Object entry : (List<?>) environment) {
                String[] keyAndValue = entry.toString().split("=", 2);
                variables.put(keyAndValue[0], keyAndValue.length > 1 ? keyAndValue[1] : "");
            }
        }
        return variables;
    }

    /** {@code depends_on} as service name to condition; the short list form means {@code service_started}. */
    Map<String, String> dependencies(String service) {
        Object dependsOn = service(service).getOrDefault("depends_on", Map.of());
        if (dependsOn instanceof List<?> names) {
            return names.stream().collect(Collectors.toMap(Object::toString, name -> "service_started"));
        }
        Map<String, String> conditions = new LinkedHashMap<>();
        ((Map<?, ?>) dependsOn).forEach((name, settings) -> conditions.put(name.toString(),
                String.valueOf(((Map<?, ?>) settings).get("condition"))));
        return conditions;
    }

    /** Published ports as host port to container port. */
    Map<Integer, Integer> publishedPorts(String service) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        for (Object port : (List<?>) service(service).getOrDefault("ports", List.of())) {
            if (port instanceof Map<?, ?> longForm) {
                ports.put(Integer.valueOf(longForm.get("published").toString()),
                        Integer.valueOf(longForm.get("target").toString()));
            } else {
                String[] parts = port.toString().split(":");
                ports.put(Integer.valueOf(parts[parts.length - 2]), Integer.valueOf(parts[parts.length - 1]));
            }
        }
        return ports;
    }

    /** The health check command as one string, or null when the service declares none. */
    String healthcheck(String service) {
        Object healthcheck = service(service).get("healthcheck");
        return healthcheck == null ? null : commandText(((Map<?, ?>) healthcheck).get("test"));
    }

    /** {@code entrypoint} and {@code command} joined, as the shell will see them. */
    String commandLine(String service) {
        return commandText(service(service).get("entrypoint")) + " " + commandText(service(service).get("command"));
    }

    private static String commandText(Object command) {
        if (command == null) {
            return "";
        }
        return command instanceof List<?> parts
                ? parts.stream().map(Object::toString).collect(Collectors.joining(" "))
                : command.toString();
    }
}
