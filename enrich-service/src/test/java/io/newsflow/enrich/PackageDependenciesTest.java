package io.newsflow.enrich;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of docs/architecture.md, read from the main sources: the runtime packages (what the service
 * runs on every article) never reach the offline ones (commands, evaluation, benchmark, training), and no two
 * packages depend on each other in a circle.
 */
class PackageDependenciesTest {
    private static final String ROOT = "io.newsflow.enrich";
    private static final Path SOURCES = Path.of("src", "main", "java", "io", "newsflow", "enrich");
    private static final Set<String> RUNTIME = Set.of("pipeline", "linking", "topics", "sentiment", "resources",
            "consume", "publish", "config", "places", "health");
    private static final Set<String> OFFLINE = Set.of("cli", "bench", "eval", "metrics", "training.topics",
            "training.sentiment", "training.places", "training.linking", "conll", "(root)");
    /** A class named by its full name, in an import or in code; group 1 is its package below the root, if any. */
    private static final Pattern REFERENCE = Pattern.compile("\\b" + Pattern.quote(ROOT) + "((?:\\.[a-z]+)*)\\.[A-Z]");

    /** Package (below io.newsflow.enrich) to the packages its classes reference. */
    private static Map<String, Set<String>> dependencies;

    @BeforeAll
    static void readSources() throws IOException {
        dependencies = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String from = packageOf(SOURCES.relativize(file.getParent()).toString().replace('/', '.'));
            Set<String> to = dependencies.computeIfAbsent(from, p -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(Files.readString(file));
            while (reference.find()) {
                String target = packageOf(reference.group(1).isEmpty() ? "" : reference.group(1).substring(1));
                if (!target.equals(from)) {
                    to.add(target);
                }
            }
        }
    }

    private static String packageOf(String relative) {
        return relative.isEmpty() ? "(root)" : relative;
    }

    @Test
    void knowsEveryPackageAsRuntimeOrOffline() {
        assertThat(dependencies.keySet()).allSatisfy(pkg -> assertThat(RUNTIME.contains(pkg) || OFFLINE.contains(pkg))
                .as("package %s is neither runtime nor offline; add it to this test and docs/architecture.md", pkg)
                .isTrue());
    }

    @Test
    void runtimePackagesNeverImportCommandsEvaluationOrTraining() {
        List<String> violations = new ArrayList<>();
        dependencies.forEach((from, targets) -> {
            if (RUNTIME.contains(from)) {
                targets.stream().filter(OFFLINE::contains).forEach(to -> violations.add(from + " -> " + to));
            }
        });

        assertThat(violations).as("runtime packages that reach offline code").isEmpty();
    }

    @Test
    void hasNoPackageCycle() {
        List<String> cycles = new ArrayList<>();
        for (String start : dependencies.keySet()) {
            findCycle(start, start, new ArrayList<>(List.of(start)), new TreeSet<>(), cycles);
        }

        assertThat(cycles).as("package cycles").isEmpty();
    }

    private static void findCycle(String start, String at, List<String> path, Set<String> seen, List<String> cycles) {
        for (String next : dependencies.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (seen.add(next)) {
                path.add(next);
                findCycle(start, next, path, seen, cycles);
                path.remove(path.size() - 1);
            }
        }
    }
}
