package io.newsflow.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The {@code kafka-topics.sh} invocations in a shell script, such as the compose topic-init command. */
final class KafkaTopicsScript {

    private final List<List<String>> invocations;

    private KafkaTopicsScript(List<List<String>> invocations) {
        this.invocations = invocations;
    }

    static KafkaTopicsScript parse(String script) {
        String joined = script.replace("\\\n", " ");
        List<List<String>> invocations = new ArrayList<>();
        for (String line : joined.split("\n")) {
            List<String> words = Arrays.asList(line.trim().split("\\s+"));
            int start = indexOfToolIn(words);
            if (start >= 0) {
                invocations.add(words.subList(start + 1, words.size()));
            }
        }
        return new KafkaTopicsScript(invocations);
    }

    private static int indexOfToolIn(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).endsWith("kafka-topics.sh")) {
                return i;
            }
        }
        return -1;
    }

    List<TopicLayout> topicsCreated() {
        return invocations.stream().filter(arguments -> arguments.contains("--create")).map(this::layout).toList();
    }

    Set<String> bootstrapServers() {
        Set<String> servers = new LinkedHashSet<>();
        invocations.forEach(arguments -> servers.add(valueOf(arguments, "--bootstrap-server")));
        return servers;
    }

    private TopicLayout layout(List<String> arguments) {
        Map<String, String> config = new TreeMap<>();
        for (int i = 0; i < arguments.size() - 1; i++) {
            if (arguments.get(i).equals("--config")) {
                String[] keyAndValue = arguments.get(i + 1).split("=", 2);
                config.put(keyAndValue[0], keyAndValue[1]);
            }
        }
        return new TopicLayout(valueOf(arguments, "--topic"), Integer.parseInt(valueOf(arguments, "--partitions")),
                Integer.parseInt(valueOf(arguments, "--replication-factor")), config);
    }

    private static String valueOf(List<String> arguments, String option) {
        int index = arguments.indexOf(option);
        if (index < 0 || index == arguments.size() - 1) {
            throw new AssertionError("kafka-topics.sh " + String.join(" ", arguments) + " has no " + option + " value");
        }
        return arguments.get(index + 1);
    }
}
