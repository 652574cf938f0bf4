package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.Expression;
import io.newsflow.common.event.GeoLocation;
import io.newsflow.common.event.Quote;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One article on its way through the pipeline: the upstream ninjs item, what each stage has added so far, and the
 * {@link Enrichment.Builder} into which each stage writes its part of the enrichment block. Created per call to
 * {@link EnrichmentPipeline#enrich}, never shared between threads.
 *
 * <p>Every accessor belongs to one {@link DocField}. While a stage runs, the document holds it to its declarations:
 * reading a part the stage does not list in {@link PipelineStage#reads()}, or writing one it does not list in
 * {@link PipelineStage#writes()}, fails loudly, so the declarations the pipeline checks its order against stay
 * true. Reading a part no stage has written yet fails too, naming the part, instead of handing a stage a null.
 */
final class ArticleDoc {
    private static final List<DocField> NINJS_ENTITY_FIELDS = List.of(DocField.NINJS_PEOPLE,
            DocField.NINJS_ORGANISATIONS, DocField.NINJS_PLACES, DocField.NINJS_SUBJECTS);

    private final String articleId;
    private final Enrichment.Builder enrichment = Enrichment.builder();
    private NinjsItem ninjs;
    private CleanedText cleaned;
    private DetectedLanguage language;
    private SegmentedText segmented;
    private List<Enrichment.Sentence> sentences;
    private List<NerSpan> mentions;
    private List<Enrichment.Entity> entities;
    private List<Enrichment.Topic> topics;
    private PipelineStage running;

    ArticleDoc(String articleId, NinjsItem ninjs) {
        this.articleId = articleId;
        this.ninjs = Objects.requireNonNull(ninjs, "ninjs");
    }

    /** Holds the document to {@code stage}'s declarations until the next call; {@code null} lifts the check. */
    void running(PipelineStage stage) {
        this.running = stage;
    }

    /** The block the stages have written so far; the pipeline adds its own parts (stages run, timings). */
    Enrichment.Builder enrichment() {
        return enrichment;
    }

    /**
     * Records work the running stage left undone because the article exceeded one of its budgets
     * ({@link StageBudgets}); the enrichment block lists it under {@code skipped}.
     */
    void skipped(String reason) {
        if (running == null) {
            throw new IllegalStateException("Only a running stage can skip work");
        }
        enrichment.skipped(new Enrichment.Skipped(running.name(), reason));
    }

    String articleId() {
        return articleId;
    }

    String headline() {
        checkReads(DocField.NINJS_HEADLINES);
        return ninjs.mainHeadline();
    }

    NinjsText body() {
        checkReads(DocField.NINJS_BODIES);
        return ninjs.mainBody();
    }

    /**
     * The day the article was published, as its publisher's clock showed it: ninjs {@code firstCreated}, else
     * {@code versionCreated}, in the offset it is written with; empty when the item has neither or they are no
     * ISO 8601 date-times.
     */
    Optional<LocalDate> published() {
        checkReads(DocField.NINJS_PUBLISHED);
        for (String value : new String[] {ninjs.firstCreated(), ninjs.versionCreated()}) {
            if (value != null) {
                // an ISO 8601 date-time starts with its date in its own offset: no need to parse the rest
                try {
                    return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value));
                } catch (DateTimeParseException notDate) {
                    // the next field may still carry a date
                }
            }
        }
        return Optional.empty();
    }

    /** The ninjs item, for the stage that merges entities and topics into its people, places and subjects. */
    NinjsItem ninjs() {
        NINJS_ENTITY_FIELDS.forEach(this::checkReads);
        return ninjs;
    }

    void ninjs(NinjsItem enriched) {
        NINJS_ENTITY_FIELDS.forEach(this::checkWrites);
        this.ninjs = Objects.requireNonNull(enriched, "ninjs");
    }

    /** The ninjs item as the stages left it, for the enriched event. */
    NinjsItem enrichedNinjs() {
        return ninjs;
    }

    /** The cleaned text with where its headline and paragraphs sit. */
    CleanedText cleaned() {
        checkReads(DocField.CLEANED_TEXT);
        checkReads(DocField.PARAGRAPHS);
        return require(cleaned, DocField.CLEANED_TEXT);
    }

    String cleanedText() {
        checkReads(DocField.CLEANED_TEXT);
        return require(cleaned, DocField.CLEANED_TEXT).text();
    }

    /** Where the headline sits in the cleaned text; null when the item had none. */
    TextRange headlineRange() {
        checkReads(DocField.CLEANED_TEXT);
        return require(cleaned, DocField.CLEANED_TEXT).headline();
    }

    List<TextRange> paragraphs() {
        checkReads(DocField.PARAGRAPHS);
        return require(cleaned, DocField.PARAGRAPHS).paragraphs();
    }

    void cleaned(CleanedText value) {
        checkWrites(DocField.CLEANED_TEXT);
        checkWrites(DocField.PARAGRAPHS);
        checkWrites(DocField.REMOVED);
        this.cleaned = Objects.requireNonNull(value);
        enrichment.cleanedText(value.text()).removed(value.removed());
    }

    DetectedLanguage language() {
        checkReads(DocField.LANGUAGE);
        return require(language, DocField.LANGUAGE);
    }

    void language(DetectedLanguage value) {
        checkWrites(DocField.LANGUAGE);
        this.language = Objects.requireNonNull(value);
        enrichment.language(value.language().orElse(null));
    }

    /** Whether the stages that read English only may run; the pipeline asks between stages. */
    boolean readableAsEnglish() {
        return require(language, DocField.LANGUAGE).readableAsEnglish();
    }

    /** The tokens, in CoreNLP's own document, where the ner stage also writes its labels. */
    SegmentedText segmented() {
        checkReads(DocField.TOKENS);
        return require(segmented, DocField.TOKENS);
    }

    List<Enrichment.Sentence> sentences() {
        checkReads(DocField.SENTENCES);
        return require(sentences, DocField.SENTENCES);
    }

    void segmented(SegmentedText value) {
        checkWrites(DocField.TOKENS);
        checkWrites(DocField.SENTENCES);
        this.segmented = Objects.requireNonNull(value);
        this.sentences = value.sentences();
        enrichment.sentences(sentences).tokenCount(value.tokenCount());
    }

    /** Records that the ner stage labelled the tokens in place. */
    void nerTagsWritten() {
        checkWrites(DocField.NER_TAGS);
    }

    List<NerSpan> mentions() {
        checkReads(DocField.MENTIONS);
        return require(mentions, DocField.MENTIONS);
    }

    void mentions(List<NerSpan> value) {
        checkWrites(DocField.MENTIONS);
        this.mentions = List.copyOf(value);
    }

    List<Enrichment.Entity> entities() {
        checkReads(DocField.ENTITIES);
        return require(entities, DocField.ENTITIES);
    }

    void entities(List<Enrichment.Entity> value) {
        checkWrites(DocField.ENTITIES);
        this.entities = List.copyOf(value);
        enrichment.entities(entities);
    }

    List<Enrichment.Topic> topics() {
        checkReads(DocField.TOPICS);
        return require(topics, DocField.TOPICS);
    }

    void topics(List<Enrichment.Topic> value) {
        checkWrites(DocField.TOPICS);
        this.topics = List.copyOf(value);
        enrichment.topics(topics);
    }

    /** @param bySentence the sentiment of each sentence, in sentence order (index i belongs to sentence i) */
    void sentenceSentiment(List<Enrichment.Sentiment> bySentence) {
        checkWrites(DocField.SENTENCE_SENTIMENT);
        List<Enrichment.Sentence> segmentedSentences = require(sentences, DocField.SENTENCES);
        if (segmentedSentences.size() != bySentence.size()) {
            throw new IllegalStateException("Sentiment for " + bySentence.size() + " sentences, but the text has "
                    + segmentedSentences.size());
        }
        this.sentences = segmentedSentences.stream()
                .map(sentence -> sentence.withSentiment(bySentence.get(sentence.index()))).toList();
        enrichment.sentences(sentences);
    }

    /** @param byEntityId how the article treats each entity; an entity without a score is left as it is */
    void entitySentiment(Map<String, Enrichment.Sentiment> byEntityId) {
        checkWrites(DocField.ENTITY_SENTIMENT);
        this.entities = require(entities, DocField.ENTITIES).stream().map(entity -> byEntityId.containsKey(entity.id())
                ? entity.withSentiment(byEntityId.get(entity.id())) : entity).toList();
        enrichment.entities(entities);
    }

    void quotes(List<Quote> value) {
        checkWrites(DocField.QUOTES);
        enrichment.quotes(List.copyOf(value));
    }

    void expressions(List<Expression> value) {
        checkWrites(DocField.EXPRESSIONS);
        enrichment.expressions(List.copyOf(value));
    }

    /** @param byEntityId the indexes of the quotes each entity said; an entity not in the map said none */
    void entityQuotes(Map<String, List<Integer>> byEntityId) {
        checkWrites(DocField.ENTITY_QUOTES);
        this.entities = require(entities, DocField.ENTITIES).stream().map(entity -> byEntityId.containsKey(entity.id())
                ? entity.withQuotes(List.copyOf(byEntityId.get(entity.id()))) : entity).toList();
        enrichment.entities(entities);
    }

    /** @param byEntityId where each located entity is; an entity without a place is left as it is */
    void entityGeo(Map<String, GeoLocation> byEntityId) {
        checkWrites(DocField.ENTITY_GEO);
        this.entities = require(entities, DocField.ENTITIES).stream().map(entity -> byEntityId.containsKey(entity.id())
                ? entity.withGeo(byEntityId.get(entity.id())) : entity).toList();
        enrichment.entities(entities);
    }

    /** @param linked the entities with their keys and links, the same entities by id as before */
    void entityLinks(List<Enrichment.Entity> linked) {
        checkWrites(DocField.ENTITY_LINKS);
        List<Enrichment.Entity> current = require(entities, DocField.ENTITIES);
        if (!current.stream().map(Enrichment.Entity::id).toList()
                .equals(linked.stream().map(Enrichment.Entity::id).toList())) {
            throw new IllegalStateException("Linking must keep the entities and their order; it only adds keys "
                    + "and links");
        }
        this.entities = List.copyOf(linked);
        enrichment.entities(entities);
    }

    void tone(Enrichment.Tone value) {
        checkWrites(DocField.TONE);
        enrichment.tone(Objects.requireNonNull(value));
    }

    private void checkReads(DocField field) {
        if (running != null && !running.reads().contains(field)) {
            throw new IllegalStateException("Stage '" + running.name() + "' reads '" + field.label()
                    + "' without declaring it; add DocField." + field.name() + " to its reads()");
        }
    }

    private void checkWrites(DocField field) {
        if (running != null && !running.writes().contains(field)) {
            throw new IllegalStateException("Stage '" + running.name() + "' writes '" + field.label()
                    + "' without declaring it; add DocField." + field.name() + " to its writes()");
        }
    }

    private static <T> T require(T value, DocField field) {
        if (value == null) {
            throw new IllegalStateException("'" + field.label() + "' has not been written yet: put the stage that "
                    + "writes it before the stage that reads it");
        }
        return value;
    }
}
