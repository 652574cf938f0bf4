package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.RawArticleEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The enrichment pipeline: an ordered list of stages, each reading and writing named parts of an article and
 * writing its own part of the enrichment block (see {@link #describe()}). Create it once with
 * {@link #createDefault()} or {@link #create} and share it; {@link #enrich} is safe to call from many threads at
 * once. The stages and their order are declared in {@link EnrichmentStages}.
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
    /** The configuration property that chooses the stages enrich-service runs. */
    public static final String STAGES_PROPERTY = "newsflow.enrich.stages";

    /** What every enrichment block carries, so some stage must write it; the rest has defaults. */
    private static final Set<DocField> REQUIRED_OUTPUTS = EnumSet.of(DocField.CLEANED_TEXT, DocField.LANGUAGE,
            DocField.REMOVED, DocField.TOKENS, DocField.SENTENCES);

    private final List<PipelineStage> stages;

    /**
     * @throws IllegalArgumentException when a stage reads what no earlier stage writes, or no stage writes what
     *                                  every enrichment block needs
     */
    EnrichmentPipeline(List<PipelineStage> stages) {
        this.stages = List.copyOf(stages);
        checkEveryReadIsWrittenBefore(this.stages);
    }

    /**
     * Builds the pipeline with every stage and loads the CoreNLP NER model, the language models, the topic model
     * and the sentiment model (once per JVM); takes a few seconds.
     */
    public static EnrichmentPipeline createDefault() {
        return create(List.of());
    }

    /**
     * Builds the pipeline with the named stages only, in their declared order, and loads their models.
     *
     * @param stageNames the stages to run ({@value #STAGES_PROPERTY}); empty runs every stage
     * @throws IllegalArgumentException when a name is unknown, a required stage is left out, or a chosen stage
     *                                  reads what a left-out stage would write; the message says what to change
     */
    public static EnrichmentPipeline create(Collection<String> stageNames) {
        return new EnrichmentPipeline(EnrichmentStages.create(stageNames));
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
        int chars = length(raw.ninjs().mainHeadline()) + (raw.ninjs().mainBody() == null ? 0
                : length(raw.ninjs().mainBody().value()));
        if (chars > StageBudgets.MAX_ARTICLE_CHARS) {
            throw new UnprocessableArticleException(raw.id(), "its headline and body have " + chars
                    + " characters, more than the " + StageBudgets.MAX_ARTICLE_CHARS + " enrich accepts (ingest's "
                    + "newsflow.ingest.limits.max-body-chars refuses such an article before it is published)");
        }
        ArticleDoc doc = new ArticleDoc(raw.id(), raw.ninjs());
        List<String> stagesRun = new ArrayList<>();
        Map<String, String> modelVersions = new LinkedHashMap<>();
        Map<String, Double> stageMillis = new LinkedHashMap<>();
        Set<DocField> notWritten = EnumSet.noneOf(DocField.class);
        for (PipelineStage stage : stages) {
            if (mustSkip(stage, doc, notWritten)) {
                stage.writes().stream().filter(field -> !field.isInput()).forEach(notWritten::add);
                continue;
            }
            long started = System.nanoTime();
            doc.running(stage);
            stage.process(doc);
            doc.running(null);
            stageMillis.put(stage.name(), (System.nanoTime() - started) / 1_000_000.0);
            stagesRun.add(stage.name());
            stage.modelVersion().ifPresent(version -> modelVersions.put(stage.name(), version));
        }
        Enrichment enrichment = doc.enrichment()
                .pipelineVersion(PIPELINE_VERSION)
                .modelVersions(Collections.unmodifiableMap(modelVersions))
                .stagesRun(List.copyOf(stagesRun))
                .stageMillis(Collections.unmodifiableMap(stageMillis))
                .build();
        return EnrichedArticleEvent.of(raw, doc.enrichedNinjs(), enrichment);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static boolean mustSkip(PipelineStage stage, ArticleDoc doc, Set<DocField> notWritten) {
        return (stage.readsEnglishOnly() && !doc.readableAsEnglish())
                || stage.reads().stream().anyMatch(notWritten::contains);
    }

    /** One line per stage, in order: {@code "name: reads -> writes"}. */
    public List<String> describe() {
        return stages.stream().map(PipelineStage::describe).toList();
    }

    /** One row per stage, in order, with the version of the model it runs. */
    public List<StageDescription> stageDescriptions() {
        return stages.stream().map(StageDescription::of).toList();
    }

    private EnrichedArticleEvent passThrough(RawArticleEvent raw) {
        Enrichment enrichment = Enrichment.builder()
                .pipelineVersion(PIPELINE_VERSION)
                .stagesRun(List.of(RETRACTION_PASSTHROUGH))
                .build();
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
                            + "', which no earlier stage writes; put the stage that writes it first in "
                            + "EnrichmentStages, and keep that stage in " + STAGES_PROPERTY
                            + " or take '" + stage.name() + "' out of it as well");
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
