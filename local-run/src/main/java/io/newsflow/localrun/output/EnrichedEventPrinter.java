package io.newsflow.localrun.output;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.serde.EventJson;
import tools.jackson.core.JacksonException;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shows enriched events on the console: a short readable summary, or the whole event as JSON. Every figure in the
 * summary says what it is (salience, confidence, score, share of words): a reader new to newsflow has nothing else
 * to go by.
 */
public final class EnrichedEventPrinter {
    static final int TOP_ENTITIES = 5;
    /**
     * Tone is labelled only when positive and negative words together make at least this percentage of the words
     * (docs/event-contract.md, {@code tone}); the summary says so when that is why an article reads neutral.
     */
    static final double MIN_POLARITY_FOR_LABEL = 1.0;
    /** Below this |score| the tone is neutral whatever the polarity (docs/event-contract.md). */
    static final double MIN_SCORE_FOR_LABEL = 0.2;

    private final PrintStream out;
    private final boolean json;

    public EnrichedEventPrinter(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** @param value the record value the event was read from, printed as is in JSON mode */
    public void print(EnrichedArticleEvent event, byte[] value) {
        String text = json ? prettyJson(value) : summary(event);
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }

    public void printDeadLetter(String articleId, String reason) {
        synchronized (out) {
            out.println("DEAD LETTER " + articleId + System.lineSeparator() + "  reason        " + reason
                    + System.lineSeparator());
            out.flush();
        }
    }

    /** The readable form: what the pipeline found, one labelled line per aspect, then a blank line. */
    public static String summary(EnrichedArticleEvent event) {
        StringBuilder text = new StringBuilder();
        text.append("ENRICHED ").append(event.id()).append(System.lineSeparator());
        line(text, "headline", event.ninjs() == null ? null : event.ninjs().mainHeadline());
        if (event.ninjs() != null) {
            line(text, "people", names(event.ninjs().people()));
            line(text, "organisations", names(event.ninjs().organisations()));
            line(text, "places", names(event.ninjs().places()));
        }
        Enrichment enrichment = event.enrichment();
        if (enrichment == null) {
            line(text, "enrichment", "none (a retraction, or an event from an older pipeline)");
        } else {
            line(text, "language", language(enrichment.language()));
            line(text, "top entities", topEntities(enrichment.entities()));
            line(text, "topics", topics(enrichment.topics()));
            line(text, "tone", tone(enrichment.tone()));
            line(text, "text", count(enrichment.sentences()) + " sentences, " + enrichment.tokenCount() + " tokens");
            line(text, "stages (ms)", stageMillis(enrichment.stageMillis()));
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "  %-14s%s%n", label, value == null || value.isBlank() ? "-" : value));
    }

    private static String names(List<NinjsEntityRef> refs) {
        return refs.stream().map(NinjsEntityRef::name).collect(Collectors.joining(", "));
    }

    private static String topEntities(List<Enrichment.Entity> entities) {
        if (entities == null) {
            return null;
        }
        return entities.stream()
                .sorted(Comparator.comparingDouble(Enrichment.Entity::salience).reversed())
                .limit(TOP_ENTITIES)
                .map(entity -> String.format(Locale.ROOT, "%s (%s, salience %.2f)",
                        entity.canonicalName(), entity.type(), entity.salience()))
                .collect(Collectors.joining(", "));
    }

    /** Level-1 topics only, as a reader scans them: label and the classifier's confidence, most confident first. */
    private static String topics(List<Enrichment.Topic> topics) {
        if (topics == null) {
            return null;
        }
        return topics.stream().filter(topic -> topic.level() == 1)
                .map(topic -> String.format(Locale.ROOT, "%s (confidence %.2f)", topic.label(), topic.confidence()))
                .collect(Collectors.joining(", "));
    }

    /**
     * The label, then the figures it comes from: the score in [-1, +1] and the shares of positive and negative words;
     * when a clear score still reads neutral, the reason (too few tone words).
     */
    private static String tone(Enrichment.Tone tone) {
        if (tone == null) {
            return null;
        }
        String figures = String.format(Locale.ROOT, "%s: score %+.2f (from -1 to +1), %.1f%% of words positive, "
                + "%.1f%% negative", tone.label(), tone.score(), tone.positive(), tone.negative());
        boolean tooFewToneWords = "neutral".equals(tone.label()) && Math.abs(tone.score()) >= MIN_SCORE_FOR_LABEL
                && tone.polarity() < MIN_POLARITY_FOR_LABEL;
        return tooFewToneWords
                ? figures + String.format(Locale.ROOT, "; neutral because tone words are %.2f%% of the words, under "
                        + "the %.0f%% a label needs", tone.polarity(), MIN_POLARITY_FOR_LABEL)
                : figures;
    }

    private static String language(Enrichment.Language language) {
        return language == null ? null
                : String.format(Locale.ROOT, "%s (confidence %.2f)", language.code(), language.confidence());
    }

    private static int count(List<?> items) {
        return items == null ? 0 : items.size();
    }

    private static String stageMillis(Map<String, Double> stageMillis) {
        if (stageMillis == null) {
            return null;
        }
        return stageMillis.entrySet().stream()
                .map(stage -> String.format(Locale.ROOT, "%s %.1f", stage.getKey(), stage.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String prettyJson(byte[] value) {
        try {
            return EventJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(EventJson.mapper().readTree(value));
        } catch (JacksonException e) {
            return new String(value, StandardCharsets.UTF_8);
        }
    }
}
