package io.newsflow.enrich.pipeline;

import io.newsflow.enrich.linking.LinkIndex;

import java.util.List;
import java.util.Optional;

/**
 * The steps between the CRF's mentions and the clustering of entities that change a mention's span or type, in
 * the order the entities stage runs them. They are listed here, public, so that the NER evaluation can score the
 * article after each one and show what each step adds.
 */
public final class MentionRepairs {
    private final List<Step> steps;

    private MentionRepairs(List<Step> steps) {
        this.steps = steps;
    }

    /** The steps the pipeline runs, with type evidence from {@code index}. */
    public static MentionRepairs withLinkIndex(LinkIndex index) {
        TypeRepair typeRepair = new TypeRepair(index);
        return new MentionRepairs(List.of(
                new Step("names", (mentions, text) ->
                        mentions.stream().map(MentionFilter::nameWithin).flatMap(Optional::stream).toList()),
                new Step("majority", (mentions, text) -> LabelConsistency.relabelByMajority(mentions)),
                new Step("surnames", (mentions, text) -> LabelConsistency.personBySurname(mentions)),
                new Step("type-repair", typeRepair::repair)));
    }

    public List<Step> steps() {
        return steps;
    }

    /** All the steps, in order, over one article's mentions. */
    public List<NerSpan> apply(List<NerSpan> mentions, String text) {
        List<NerSpan> repaired = mentions;
        for (Step step : steps) {
            repaired = step.repair().apply(repaired, text);
        }
        return repaired;
    }

    /** What one step does to an article's mentions, given the text their offsets point into. */
    @FunctionalInterface
    public interface Repair {
        List<NerSpan> apply(List<NerSpan> mentions, String text);
    }

    /**
     * One step.
     *
     * @param name how the evaluation names it
     */
    public record Step(String name, Repair repair) {
    }
}
