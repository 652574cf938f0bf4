package io.newsflow.deployment;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PromQL that operators see: the alert rules of k8s/monitoring/prometheus-rules.yaml and the panel
 * queries of the Grafana dashboard, and the metric names they use.
 */
final class MonitoringQueries {
    static final String RULES_FILE = "k8s/monitoring/prometheus-rules.yaml";
    static final String DASHBOARD_FILE = "k8s/monitoring/grafana/newsflow-dashboard.json";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    /** PromQL words that are not metrics: operators and modifiers (functions are recognised by their "("). */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan", "Inf", "NaN");

    private MonitoringQueries() {
    }

    record Alert(String name, String expr, Map<String, String> annotations) {
    }

    @SuppressWarnings("unchecked")
    static List<Alert> alerts() {
        GenericKubernetesResource rules = KubernetesManifests.readFile(RULES_FILE).onlyCustom("PrometheusRule");
        List<Alert> alerts = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.<Map<String, Object>>get("spec").get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                alerts.add(new Alert((String) rule.get("alert"), (String) rule.get("expr"),
                        (Map<String, String>) rule.getOrDefault("annotations", Map.of())));
            }
        }
        return alerts;
    }

    static List<String> dashboardQueries() {
        try {
            JsonNode dashboard = JsonMapper.builder().build()
                    .readTree(Files.readString(RepositoryRoot.resolve(DASHBOARD_FILE)));
            List<String> queries = new ArrayList<>();
            for (JsonNode panel : dashboard.get("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(target.get("expr").asString());
                }
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DASHBOARD_FILE, e);
        }
    }

    /** Every metric any alert or dashboard panel reads. */
    static Set<String> allMetricNames() {
        Set<String> names = new TreeSet<>();
        alerts().forEach(alert -> names.addAll(metricNames(alert.expr())));
        dashboardQueries().forEach(query -> names.addAll(metricNames(query)));
        return names;
    }

    /** The metric names in one PromQL expression: identifiers that are not functions, keywords or labels. */
    static Set<String> metricNames(String promQl) {
        String withoutLabelsAndRanges = promQl
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\$\\w+", " ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(withoutLabelsAndRanges);
        while (identifier.find()) {
            String rest = withoutLabelsAndRanges.substring(identifier.end()).stripLeading();
            boolean function = rest.startsWith("(");
            if (!function && !KEYWORDS.contains(identifier.group())) {
                names.add(identifier.group());
            }
        }
        return names;
    }
}
