package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.common.ninjs.NinjsItem;

import java.util.List;
import java.util.Objects;

/**
 * One article on its way through the pipeline: the upstream ninjs item and what each stage has added so far.
 * Created per call to {@link EnrichmentPipeline#enrich}, never shared between threads. Reading a part no stage
 * has written yet fails loudly, naming the part, instead of handing a stage a null.
 */
final class ArticleDoc {
    private final String articleId;
    private NinjsItem ninjs;
    private CleanedText cleaned;
    private DetectedLanguage language;
    private SegmentedText segmented;
    private List<NerSpan> mentions;
    private List<Enrichment.Entity> entities;
    private List<Enrichment.Topic> topics;
    private ArticleSentiment sentiment;

    ArticleDoc(String articleId, NinjsItem ninjs) {
        this.articleId = articleId;
        this.ninjs = Objects.requireNonNull(ninjs, "ninjs");
    }

    String articleId() {
        return articleId;
    }

    NinjsItem ninjs() {
        return ninjs;
    }

    void ninjs(NinjsItem enriched) {
        this.ninjs = Objects.requireNonNull(enriched, "ninjs");
    }

    CleanedText cleaned() {
        return require(cleaned, DocField.CLEANED_TEXT);
    }

    void cleaned(CleanedText value) {
        this.cleaned = Objects.requireNonNull(value);
    }

    DetectedLanguage language() {
        return require(language, DocField.LANGUAGE);
    }

    void language(DetectedLanguage value) {
        this.language = Objects.requireNonNull(value);
    }

    SegmentedText segmented() {
        return require(segmented, DocField.TOKENS);
    }

    void segmented(SegmentedText value) {
        this.segmented = Objects.requireNonNull(value);
    }

    List<NerSpan> mentions() {
        return require(mentions, DocField.MENTIONS);
    }

    void mentions(List<NerSpan> value) {
        this.mentions = List.copyOf(value);
    }

    List<Enrichment.Entity> entities() {
        return require(entities, DocField.ENTITIES);
    }

    void entities(List<Enrichment.Entity> value) {
        this.entities = List.copyOf(value);
    }

    List<Enrichment.Topic> topics() {
        return require(topics, DocField.TOPICS);
    }

    void topics(List<Enrichment.Topic> value) {
        this.topics = List.copyOf(value);
    }

    ArticleSentiment sentiment() {
        return require(sentiment, DocField.TONE);
    }

    void sentiment(ArticleSentiment value) {
        this.sentiment = Objects.requireNonNull(value);
    }

    private static <T> T require(T value, DocField field) {
        if (value == null) {
            throw new IllegalStateException("'" + field.label() + "' has not been written yet: put the stage that "
                    + "writes it before the stage that reads it");
        }
        return value;
    }
}
