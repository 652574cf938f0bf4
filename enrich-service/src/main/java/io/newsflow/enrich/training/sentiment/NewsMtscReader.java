package io.newsflow.enrich.training.sentiment;

import io.newsflow.enrich.sentiment.SentimentLabel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads NewsMTSC JSON lines: {@code {primary_gid, sentence_normalized, targets:[{from, to, mention, polarity}]}}
 * with polarity 2.0 negative, 4.0 neutral, 6.0 positive and offsets into {@code sentence_normalized}.
 */
public final class NewsMtscReader {
    private final JsonMapper mapper = JsonMapper.builder().build();

    /** One annotated mention (NewsMTSC's further, coreferent mentions are not read: see the model card). */
    public record Target(int from, int to, SentimentLabel polarity) {
    }

    /** One sentence with its annotated mentions. */
    public record Sentence(String text, List<Target> targets) {
        /**
         * The polarity all targets share, empty when they disagree. NewsMTSC labels mentions, not sentences;
         * a sentence treating everyone in it the same way is the closest thing to a sentence label it has.
         */
        public Optional<SentimentLabel> unanimousPolarity() {
            Set<SentimentLabel> labels = EnumSet.noneOf(SentimentLabel.class);
            targets.forEach(target -> labels.add(target.polarity()));
            return labels.size() == 1 ? Optional.of(labels.iterator().next()) : Optional.empty();
        }
    }

    public List<Sentence> read(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read the NewsMTSC file " + file);
        }
        List<Sentence> sentences = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    sentences.add(sentence(mapper.readTree(line), file, lineNumber));
                }
            }
        }
        return sentences;
    }

    private static Sentence sentence(JsonNode json, Path file, int lineNumber) throws IOException {
        String text = json.path("sentence_normalized").asString(null);
        JsonNode targets = json.path("targets");
        if (text == null || !targets.isArray()) {
            throw new IOException(file + ":" + lineNumber + ": no sentence_normalized or targets");
        }
        List<Target> parsed = new ArrayList<>();
        for (JsonNode target : targets) {
            int from = target.path("from").asInt(-1);
            int to = target.path("to").asInt(-1);
            if (from < 0 || to <= from || to > text.length()) {
                throw new IOException(file + ":" + lineNumber + ": target offsets outside the sentence");
            }
            parsed.add(new Target(from, to, polarity(target.path("polarity").asDouble(0), file, lineNumber)));
        }
        return new Sentence(text, List.copyOf(parsed));
    }

    private static SentimentLabel polarity(double value, Path file, int lineNumber) throws IOException {
        if (value == 2.0) {
            return SentimentLabel.NEGATIVE;
        }
        if (value == 4.0) {
            return SentimentLabel.NEUTRAL;
        }
        if (value == 6.0) {
            return SentimentLabel.POSITIVE;
        }
        throw new IOException(file + ":" + lineNumber + ": polarity " + value + " is not 2.0, 4.0 or 6.0");
    }
}
