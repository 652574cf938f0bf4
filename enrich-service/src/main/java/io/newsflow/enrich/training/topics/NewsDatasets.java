package io.newsflow.enrich.training.topics;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the labelled news corpora (JSON lines) and maps their labels to IPTC Media Topics. Shared by training and
 * evaluation so that both read and map the same way.
 */
public final class NewsDatasets {
    public static final Path DEFAULT_BBC = Path.of("bbc-news", "bbc_news.jsonl");
    public static final Path DEFAULT_REUTERS_TRAIN = Path.of("reuters21578", "modapte_train.jsonl");
    public static final Path DEFAULT_REUTERS_TEST = Path.of("reuters21578", "modapte_test.jsonl");
    public static final String ECONOMY = "medtop:04000000";

    /** The datasets README's mapping of the BBC categories to level-1 Media Topics. */
    public static final Map<String, String> BBC_TOPICS = Map.of(
            "business", ECONOMY,
            "entertainment", "medtop:01000000",
            "politics", "medtop:11000000",
            "sport", "medtop:15000000",
            "tech", "medtop:13000000");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NewsDatasets() {
    }

    public static List<BbcArticle> readBbc(Path file) throws IOException {
        return readLines(file, node -> new BbcArticle(node.path("id").asString(), node.path("category").asString(),
                node.path("title").asString(), node.path("text").asString()));
    }

    public static List<ReutersArticle> readReuters(Path file) throws IOException {
        return readLines(file, node -> {
            List<String> topics = new ArrayList<>();
            node.path("topics").forEach(topic -> topics.add(topic.asString()));
            return new ReutersArticle(node.path("newid").asInt(), List.copyOf(topics), node.path("title").asString(),
                    node.path("body").asString());
        });
    }

    private static <T> List<T> readLines(Path file, Function<JsonNode, T> parse) throws IOException {
        List<T> items = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                items.add(parse.apply(JSON.readTree(line)));
            } catch (RuntimeException e) {
                throw new IOException(file + " line " + lineNumber + " is not a JSON object: " + e.getMessage(), e);
            }
        }
        return items;
    }
}
