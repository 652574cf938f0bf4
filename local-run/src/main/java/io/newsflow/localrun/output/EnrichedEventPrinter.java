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

/** Shows enriched events on the console: a short readable summary, or the whole event as JSON. */
public final class EnrichedEventPrinter {
    static final int TOP_ENTITIES = 5;

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
                .map(entity -> String.format(Locale.ROOT, "%s (%s) %.2f",
                        entity.canonicalName(), entity.type(), entity.salience()))
                .collect(Collectors.joining(", "));
    }

    /** Level-1 topics only, as a reader scans them: label and confidence, most confident first. */
    private static String topics(List<Enrichment.Topic> topics) {
        if (topics == null) {
            return null;
        }
        return topics.stream().filter(topic -> topic.level() == 1)
                .map(topic -> String.format(Locale.ROOT, "%s %.2f", topic.label(), topic.confidence()))
                .collect(Collectors.joining(", "));
    }

    private static String tone(Enrichment.Tone tone) {
        return tone == null ? null : String.format(Locale.ROOT, "%s %+.2f (%.1f%% positive, %.1f%% negative words)",
                tone.label(), tone.score(), tone.positive(), tone.negative());
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
