package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.enrich.topics.TopicClassifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The enrichment pipeline: an ordered list of stages, each reading and writing named parts of an article (see
 * {@link #describe()}). Create it once with {@link #createDefault()} and share it; {@link #enrich} is safe to
 * call from many threads at once.
 *
 * <p>Retractions ({@code pubStatus} canceled or withheld) pass through untouched: there is no point analysing
 * text that must come down, and downstream only needs to see the retraction. Their enrichment block names no
 * stage but {@value #RETRACTION_PASSTHROUGH} and has no cleaned text.
 *
 * <p>Text that is not English skips every stage that {@linkplain PipelineStage#readsEnglishOnly() reads English
 * only}, and every stage reading what a skipped stage would have written: {@code stagesRun} leaves them out,
 * {@code modelVersions} names only models that ran, the entity list is empty and the ninjs item keeps its
 * upstream people, organisations and places, because an English model's reading of other languages is noise.
 */
public final class EnrichmentPipeline {
    /** Bump when the same input would come out differently, so consumers can tell old results from new. */
    public static final String PIPELINE_VERSION = "newsflow-enrich/0.1.0";
    public static final String RETRACTION_PASSTHROUGH = "retraction-passthrough";

    /** What the pipeline copies into the enrichment block, so some stage must write it. */
    private static final Set<DocField> REQUIRED_OUTPUTS = EnumSet.of(DocField.CLEANED_TEXT, DocField.LANGUAGE,
            DocField.REMOVED, DocField.TOKENS, DocField.SENTENCES, DocField.ENTITIES, DocField.TOPICS, DocField.TONE);

    private final List<PipelineStage> stages;
    /** Stage name to the version of the model it runs. */
    private final Map<String, String> modelVersions;

    EnrichmentPipeline(List<PipelineStage> stages, Map<String, String> modelVersions) {
        this.stages = List.copyOf(stages);
        this.modelVersions = Collections.unmodifiableMap(new LinkedHashMap<>(modelVersions));
        checkEveryReadIsWrittenBefore(this.stages);
    }

    /**
     * Builds the standard pipeline and loads the CoreNLP NER model, the language models, the topic model and the
     * sentiment model (once per JVM); takes a few seconds.
     */
    public static EnrichmentPipeline createDefault() {
        CoreNlpModels.segmenter();
        CoreNlpModels.ner();
        LanguageStage language = new LanguageStage();
        NerStage ner = new NerStage();
        TopicClassifier topicClassifier = TopicClassifier.loadDefault();
        SentimentAnalyzer sentimentAnalyzer = SentimentAnalyzer.loadDefault();
        TopicStage topics = new TopicStage(topicClassifier);
        SentimentStage sentiment = new SentimentStage(sentimentAnalyzer);
        return new EnrichmentPipeline(
                List.of(new CleanStage(), language, new SegmentStage(), ner, new EntityStage(), topics, sentiment,
                        new NinjsStage(topicClassifier.modelVersion())),
                Map.of(language.name(), LanguageIdentifier.MODEL_VERSION,
                        ner.name(), "corenlp-" + CoreNlpModels.coreNlpVersion() + "/" + CoreNlpModels.NER_MODEL_NAME,
                        topics.name(), topicClassifier.modelVersion(),
                        sentiment.name(), sentimentAnalyzer.modelVersion()));
    }

    /**
     * @throws UnprocessableArticleException when the article has nothing to enrich (no ninjs item, or neither a
     *                                       headline nor body text); retrying will not help
     */
    public EnrichedArticleEvent enrich(RawArticleEvent raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.ninjs() == null) {
            throw new UnprocessableArticleException(raw.id(),
                    "the event carries no ninjs item; publish it again with the article as 'ninjs'");
        }
        if (raw.ninjs().isRetraction()) {
            return passThrough(raw);
        }
        ArticleDoc doc = new ArticleDoc(raw.id(), raw.ninjs());
        List<String> stagesRun = new ArrayList<>();
        Map<String, Double> stageMillis = new LinkedHashMap<>();
        Set<DocField> notWritten = EnumSet.noneOf(DocField.class);
        for (PipelineStage stage : stages) {
            if (mustSkip(stage, doc, notWritten)) {
                stage.writes().stream().filter(field -> !field.isInput()).forEach(notWritten::add);
                continue;
            }
            long started = System.nanoTime();
            stage.process(doc);
            stageMillis.put(stage.name(), (System.nanoTime() - started) / 1_000_000.0);
            stagesRun.add(stage.name());
        }
        CleanedText cleaned = doc.cleaned();
        Map<String, String> modelsRun = new LinkedHashMap<>(modelVersions);
        modelsRun.keySet().retainAll(stagesRun);
        List<Enrichment.Entity> entities = notWritten.contains(DocField.ENTITIES) ? List.of() : doc.entities();
        List<Enrichment.Sentence> sentences = doc.segmented().sentences();
        Enrichment.Tone tone = null;
        if (!notWritten.contains(DocField.TONE)) {
            ArticleSentiment sentiment = doc.sentiment();
            sentences = sentiment.attachTo(sentences);
            entities = sentiment.attachToEntities(entities);
            tone = sentiment.tone();
        }
        List<Enrichment.Topic> topics = notWritten.contains(DocField.TOPICS) ? List.of() : doc.topics();
        Enrichment enrichment = new Enrichment(PIPELINE_VERSION, Collections.unmodifiableMap(modelsRun),
                List.copyOf(stagesRun), doc.language().language().orElse(null), cleaned.text(), cleaned.removed(),
                sentences, doc.segmented().tokenCount(), entities, topics, tone,
                Collections.unmodifiableMap(stageMillis));
        return EnrichedArticleEvent.of(raw, doc.ninjs(), enrichment);
    }

    private static boolean mustSkip(PipelineStage stage, ArticleDoc doc, Set<DocField> notWritten) {
        return (stage.readsEnglishOnly() && !doc.language().readableAsEnglish())
                || stage.reads().stream().anyMatch(notWritten::contains);
    }

    /** One line per stage, in order: {@code "name: reads -> writes"}. */
    public List<String> describe() {
        return stages.stream().map(PipelineStage::describe).toList();
    }

    private EnrichedArticleEvent passThrough(RawArticleEvent raw) {
        Enrichment enrichment = new Enrichment(PIPELINE_VERSION, Map.of(), List.of(RETRACTION_PASSTHROUGH), null,
                null, List.of(), List.of(), 0, List.of(), Map.of());
        return EnrichedArticleEvent.of(raw, raw.ninjs(), enrichment);
    }

    private static void checkEveryReadIsWrittenBefore(List<PipelineStage> stages) {
        Set<DocField> available = EnumSet.noneOf(DocField.class);
        for (DocField field : DocField.values()) {
            if (field.isInput()) {
                available.add(field);
            }
        }
        for (PipelineStage stage : stages) {
            if (stage.readsEnglishOnly() && !available.contains(DocField.LANGUAGE)) {
                throw new IllegalArgumentException("Stage '" + stage.name() + "' reads English only, but no earlier "
                        + "stage writes '" + DocField.LANGUAGE.label() + "'; put the language stage before it");
            }
            for (DocField read : stage.reads()) {
                if (!available.contains(read)) {
                    throw new IllegalArgumentException("Stage '" + stage.name() + "' reads '" + read.label()
                            + "', which no earlier stage writes; put the stage that writes it first");
                }
            }
            available.addAll(stage.writes());
        }
        for (DocField required : REQUIRED_OUTPUTS) {
            if (!available.contains(required)) {
                throw new IllegalArgumentException("No stage writes '" + required.label()
                        + "', which the enrichment block needs; add the stage that writes it");
            }
        }
    }
}
