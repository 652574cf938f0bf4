package io.newsflow.common.event;

import io.newsflow.common.article.Sha256;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsSubject;
import io.newsflow.common.ninjs.NinjsText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw and an enriched event for one short article written for these tests, with every optional part
 * filled in. Offsets are computed from the text, so they stay right if the text is edited.
 */
public final class SampleEvents {
    public static final String HEADLINE = "Harbour board backs night ferry trial for Vestvik";
    public static final List<String> BODY_SENTENCES = List.of(
            "The Vestvik harbour board voted on Tuesday to run night ferries to the outer islands for six months.",
            "Mayor Ingrid Halvorsen said the first crossing would leave in March.",
            "Halvorsen told the board that Nordlys Shipping had offered two vessels.");
    public static final String BODY = String.join(" ", BODY_SENTENCES);
    public static final String CLEANED_TEXT = HEADLINE + "\n\n" + BODY;

    private SampleEvents() {
    }

    public static RawArticleEvent raw() {
        Map<String, Object> otherProperties = new LinkedHashMap<>();
        otherProperties.put("slugline", "vestvik-night-ferry");
        otherProperties.put("urgency", 4);
        NinjsItem ninjs = new NinjsItem(
                "https://vestvikpost.example/news/2025/04/08/night-ferry-trial", "text", "2",
                "2025-04-08T06:30:00Z", "2025-04-08T09:15:00+02:00", null, "usable", "en",
                List.of(new NinjsText("main", "text/plain", HEADLINE, null)),
                List.of(NinjsText.plain("By Kari Moen\n\n" + BODY)),
                "Kari Moen", "Vestvik", null, null, null, null, otherProperties);
        return new RawArticleEvent("vestvik-post:https://vestvikpost.example/news/2025/04/08/night-ferry-trial",
                ninjs, new SourceInfo("vestvik-post", "Vestvik Post", "https://vestvikpost.example/rss/news.xml"),
                Instant.parse("2025-04-08T07:15:42.123456Z"), Sha256.hex(HEADLINE + "\n" + BODY));
    }

    public static EnrichedArticleEvent enriched() {
        RawArticleEvent raw = raw();
        NinjsItem ninjs = raw.ninjs()
                .withEntities(
                        List.of(new NinjsEntityRef("Ingrid Halvorsen", "mentioned", null, "E1", null)),
                        List.of(NinjsEntityRef.named("Nordlys Shipping", "E3")),
                        List.of(NinjsEntityRef.named("Vestvik", "E2")))
                .withSubjects(List.of(
                        new NinjsSubject("economy, business and finance", "about",
                                "http://cv.iptc.org/newscodes/mediatopic/04000000", "medtop:04000000",
                                "newsflow-topics-1", 80, 64, null),
                        new NinjsSubject("politics", "about", "http://cv.iptc.org/newscodes/mediatopic/11000000",
                                "medtop:11000000", "newsflow-topics-1", 55, 41, null)));
        return EnrichedArticleEvent.of(raw, ninjs, enrichment());
    }

    public static Enrichment enrichment() {
        List<Enrichment.Sentence> sentences = sentences();
        List<Enrichment.Entity> entities = List.of(
                new Enrichment.Entity("E1", "PERSON", "Ingrid Halvorsen", 0.45, List.of(
                        mention("Ingrid Halvorsen", 0, 2),
                        mention("Halvorsen", CLEANED_TEXT.indexOf(BODY_SENTENCES.get(2)), 3)))
                        .withSentiment(new Enrichment.Sentiment(0.1, "neutral", 0.2, 0.5, 0.3))
                        .withLink("person:ingrid halvorsen", EntityLink.nil(0.2)),
                new Enrichment.Entity("E2", "LOCATION", "Vestvik", 0.3, List.of(
                        mention("Vestvik", 0, 0),
                        mention("Vestvik", HEADLINE.length(), 1)))
                        .withLink("Vestvik", EntityLink.to("Vestvik", 0.93)),
                new Enrichment.Entity("E3", "ORGANIZATION", "Nordlys Shipping", 0.25, List.of(
                        mention("Nordlys Shipping", 0, 3))));
        Map<String, Double> stageMillis = new LinkedHashMap<>();
        stageMillis.put("clean", 0.4);
        stageMillis.put("sentences", 1.2);
        stageMillis.put("ner", 12.75);
        stageMillis.put("mentions", 0.3);
        stageMillis.put("topics", 2.0);
        stageMillis.put("sentiment", 1.1);
        List<Enrichment.Topic> topics = List.of(
                new Enrichment.Topic("medtop:04000000", "economy, business and finance", 1, null, 1.0, 0.64),
                new Enrichment.Topic("medtop:20000344", "economy", 2, "medtop:04000000", 0.7, 0.5),
                new Enrichment.Topic("medtop:11000000", "politics", 1, null, 0.55, 0.41));
        return Enrichment.builder()
                .pipelineVersion("0.1.0")
                .modelVersions(Map.of("ner", "corenlp-4.5.10/english.conll.4class.distsim",
                        "topics", "newsflow-topics-1"))
                .stagesRun(List.copyOf(stageMillis.keySet()))
                .language(new Enrichment.Language("en", 0.98))
                .cleanedText(CLEANED_TEXT)
                .removed(List.of(new Enrichment.RemovedSegment("byline", "By Kari Moen")))
                .sentences(sentences)
                .tokenCount(CLEANED_TEXT.split("\\s+").length)
                .entities(entities)
                .topics(topics)
                .tone(new Enrichment.Tone(0.2, "positive", 3.0, 2.0, 5.0, 52))
                .stageMillis(stageMillis)
                .expressions(List.of(expression("Tuesday", 1, "2025-04-08")))
                .build();
    }

    private static Expression expression(String text, int sentence, String date) {
        int start = CLEANED_TEXT.indexOf(text);
        return Expression.date(start, start + text.length(), text, sentence, date);
    }

    /** The headline is sentence 0; the body's sentences follow. */
    private static List<Enrichment.Sentence> sentences() {
        List<Enrichment.Sentence> sentences = new ArrayList<>();
        sentences.add(new Enrichment.Sentence(0, 0, HEADLINE.length(),
                new Enrichment.Sentiment(0.4, "positive", 0.1, 0.4, 0.5)));
        for (String sentence : BODY_SENTENCES) {
            int start = CLEANED_TEXT.indexOf(sentence);
            sentences.add(new Enrichment.Sentence(sentences.size(), start, start + sentence.length()));
        }
        return sentences;
    }

    private static Enrichment.Mention mention(String text, int from, int sentence) {
        int start = CLEANED_TEXT.indexOf(text, from);
        return new Enrichment.Mention(start, start + text.length(), text, sentence);
    }
}
