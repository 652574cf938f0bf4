package io.newsflow.localrun.output;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.Enrichment.Entity;
import io.newsflow.common.event.Enrichment.Mention;
import io.newsflow.common.event.Enrichment.Sentence;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.serde.EventJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichedEventPrinterTest {

    private final EnrichedArticleEvent event = new EnrichedArticleEvent("samples:ecb-rates",
            new NinjsItem("urn:x", "text", "1", null, null, null, "usable", "en",
                    List.of(NinjsText.plain("ECB holds rates steady")), List.of(NinjsText.plain("body")),
                    null, null,
                    List.of(NinjsEntityRef.named("Helena Marquardt", null), NinjsEntityRef.named("Rui Menezes", null)),
                    List.of(NinjsEntityRef.named("European Central Bank", null)),
                    List.of(NinjsEntityRef.named("Frankfurt", null), NinjsEntityRef.named("Lisbon", null)),
                    null, null),
            new SourceInfo("samples", "Samples", null), Instant.parse("2025-11-24T10:00:00Z"), "abc",
            Enrichment.builder().pipelineVersion("0.1.0").stagesRun(List.of("clean", "ner"))
                    .cleanedText("ECB holds rates steady\n\nbody")
                    .sentences(List.of(new Sentence(0, 0, 10), new Sentence(1, 11, 20), new Sentence(2, 21, 30)))
                    .tokenCount(42)
                    .entities(List.of(entity("E3", "Lisbon", "LOCATION", 0.05), entity("E1", "European Central Bank", "ORGANIZATION", 0.40),
                            entity("E2", "Helena Marquardt", "PERSON", 0.25), entity("E4", "Frankfurt", "LOCATION", 0.15),
                            entity("E5", "Rui Menezes", "PERSON", 0.10), entity("E6", "Eurostat", "ORGANIZATION", 0.05)))
                    .topics(List.of(new Enrichment.Topic("medtop:04000000", "economy, business and finance", 1, null, 1.0, 0.91),
                            new Enrichment.Topic("medtop:20000344", "economy", 2, "medtop:04000000", 0.8, 0.7),
                            new Enrichment.Topic("medtop:11000000", "politics", 1, null, 0.3, 0.34)))
                    .tone(new Enrichment.Tone(-0.25, "negative", 1.5, 2.5, 4.0, 42))
                    .stageMillis(stageMillis())
                    .build());

    @Test
    void summarySaysWhoAndWhereTheArticleIsAbout() {
        String summary = EnrichedEventPrinter.summary(event);

        assertThat(summary).startsWith("ENRICHED samples:ecb-rates");
        assertThat(summary).containsSubsequence(
                "headline      ECB holds rates steady",
                "people        Helena Marquardt, Rui Menezes",
                "organisations European Central Bank",
                "places        Frankfurt, Lisbon");
    }

    @Test
    void summaryListsTheFiveMostSalientEntitiesFirst() {
        assertThat(EnrichedEventPrinter.summary(event)).contains("top entities  European Central Bank (ORGANIZATION, "
                + "salience 0.40), Helena Marquardt (PERSON, salience 0.25), Frankfurt (LOCATION, salience 0.15), "
                + "Rui Menezes (PERSON, salience 0.10), Lisbon (LOCATION, salience 0.05)\n")
                .doesNotContain("Eurostat");
    }

    @Test
    void summaryNamesTheLevelOneTopicsAndTheTone() {
        assertThat(EnrichedEventPrinter.summary(event))
                .contains("topics        economy, business and finance (confidence 0.91), politics (confidence 0.34)\n")
                .contains("tone          negative: score -0.25 (from -1 to +1), 1.5% of words positive, 2.5% negative\n");
    }

    @Test
    void summarySaysWhyAClearScoreReadsNeutral() {
        // the console once read "tone neutral -1.00 (0.0 % positive, 1.0 % negative words)"
        EnrichedArticleEvent fewToneWords = withTone(new Enrichment.Tone(-1.0, "neutral", 0.0, 0.96, 0.96, 104));

        assertThat(EnrichedEventPrinter.summary(fewToneWords)).contains("tone          neutral: score -1.00 (from -1 to "
                + "+1), 0.0% of words positive, 1.0% negative; neutral because tone words are 0.96% of the words, "
                + "under the 1% a label needs\n");
    }

    @Test
    void summaryGivesNoReasonForANeutralScore() {
        EnrichedArticleEvent balanced = withTone(new Enrichment.Tone(0.05, "neutral", 2.1, 1.9, 4.0, 200));

        assertThat(EnrichedEventPrinter.summary(balanced))
                .contains("tone          neutral: score +0.05 (from -1 to +1), 2.1% of words positive, 1.9% negative\n");
    }

    @Test
    void summaryNamesTheLanguageWithItsConfidence() {
        Enrichment withLanguage = withEnrichment(event.enrichment(), new Enrichment.Language("en", 0.9999),
                event.enrichment().tone());
        EnrichedArticleEvent english = new EnrichedArticleEvent(event.id(), event.ninjs(), event.source(),
                event.receivedAt(), event.contentHash(), withLanguage);

        assertThat(EnrichedEventPrinter.summary(english)).contains("language      en (confidence 1.00)\n");
        assertThat(EnrichedEventPrinter.summary(event)).contains("language      -\n");
    }

    @Test
    void everyNumberOfTheSummaryIsLabelled() {
        // a number must follow a word or sign that says what it is, never stand alone after a name; the stage
        // times are the exception, their line's label says they are milliseconds per stage
        for (String line : EnrichedEventPrinter.summary(event).split("\n")) {
            if (line.startsWith("  stages (ms)")) {
                continue;
            }
            assertThat(line).as(line).doesNotContainPattern("[a-z)] [-+]?\\d+\\.\\d+(,|$)");
        }
    }

    @Test
    void summaryCountsSentencesAndTokensAndTimesEachStage() {
        assertThat(EnrichedEventPrinter.summary(event))
                .contains("text          3 sentences, 42 tokens")
                .contains("stages (ms)   clean 1.3, ner 120.0");
    }

    @Test
    void summaryOfAnEventWithoutEnrichmentSaysSo() {
        EnrichedArticleEvent bare = new EnrichedArticleEvent("samples:gone", event.ninjs(), event.source(),
                event.receivedAt(), "abc", null);

        assertThat(EnrichedEventPrinter.summary(bare)).contains("enrichment    none").doesNotContain("top entities");
    }

    @Test
    void jsonModePrintsTheWholeEvent() throws Exception {
        byte[] value = EventJson.mapper().writeValueAsBytes(event);
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        new EnrichedEventPrinter(new PrintStream(console, true, StandardCharsets.UTF_8), true).print(event, value);

        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(EventJson.mapper().readTree(printed)).isEqualTo(EventJson.mapper().readTree(value));
        assertThat(printed).contains("\n  \"enrichment\"");
    }

    @Test
    void summaryModePrintsTheSummary() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        new EnrichedEventPrinter(new PrintStream(console, true, StandardCharsets.UTF_8), false).print(event, new byte[0]);

        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo(EnrichedEventPrinter.summary(event)
                + System.lineSeparator());
    }

    private EnrichedArticleEvent withTone(Enrichment.Tone tone) {
        return new EnrichedArticleEvent(event.id(), event.ninjs(), event.source(), event.receivedAt(),
                event.contentHash(), withEnrichment(event.enrichment(), event.enrichment().language(), tone));
    }

    private static Enrichment withEnrichment(Enrichment e, Enrichment.Language language, Enrichment.Tone tone) {
        return Enrichment.builder().pipelineVersion(e.pipelineVersion()).modelVersions(e.modelVersions())
                .stagesRun(e.stagesRun()).language(language).cleanedText(e.cleanedText()).removed(e.removed())
                .sentences(e.sentences()).tokenCount(e.tokenCount()).entities(e.entities()).topics(e.topics())
                .tone(tone).stageMillis(e.stageMillis()).build();
    }

    private static Entity entity(String id, String name, String type, double salience) {
        return new Entity(id, type, name, salience, List.of(new Mention(0, name.length(), name, 0)));
    }

    private static Map<String, Double> stageMillis() {
        Map<String, Double> millis = new LinkedHashMap<>();
        millis.put("clean", 1.25);
        millis.put("ner", 120.0);
        return millis;
    }
}
