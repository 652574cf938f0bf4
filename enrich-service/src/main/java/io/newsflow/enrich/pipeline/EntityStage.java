package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.enrich.linking.LinkIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns raw mentions into entities: trims each to the name it holds, makes labels consistent across the
 * article, mends types with evidence from the link index and the text ({@link MentionRepairs}), clusters the
 * mentions of one referent, scores salience and numbers the entities E1, E2, ... from the most salient down.
 */
final class EntityStage implements PipelineStage {
    private final MentionRepairs repairs;

    /** With the link index the jar ships. */
    EntityStage() {
        this(LinkIndex.loadDefault());
    }

    EntityStage(LinkIndex index) {
        this.repairs = MentionRepairs.withLinkIndex(index);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.CLEANED_TEXT, DocField.PARAGRAPHS, DocField.MENTIONS);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.ENTITIES);
    }

    @Override
    public boolean readsEnglishOnly() {
        return true;
    }

    @Override
    public void process(ArticleDoc doc) {
        List<NerSpan> mentions = doc.mentions();
        if (mentions.size() > StageBudgets.MAX_ENTITY_MENTIONS) {
            doc.skipped((mentions.size() - StageBudgets.MAX_ENTITY_MENTIONS) + " mention(s) not resolved: past the "
                    + "first " + StageBudgets.MAX_ENTITY_MENTIONS + " of the article");
            mentions = mentions.subList(0, StageBudgets.MAX_ENTITY_MENTIONS);
        }
        doc.entities(resolve(doc.cleaned(), mentions));
    }

    List<Enrichment.Entity> resolve(CleanedText cleaned, List<NerSpan> mentions) {
        List<MentionCluster> clusters = MentionClusterer.cluster(repairs.apply(mentions, cleaned.text()));
        List<Double> salience = SalienceScorer.salience(clusters, cleaned);
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            scored.add(new Scored(clusters.get(i), salience.get(i)));
        }
        scored.sort(Comparator.comparingDouble(Scored::salience).reversed()
                .thenComparingInt(s -> s.cluster().firstStart()));
        List<Enrichment.Entity> entities = new ArrayList<>();
        for (Scored entity : scored) {
            entities.add(new Enrichment.Entity("E" + (entities.size() + 1), entity.cluster().type(),
                    entity.cluster().canonicalName(), entity.salience(), mentionsOf(entity.cluster())));
        }
        return List.copyOf(entities);
    }

    private static List<Enrichment.Mention> mentionsOf(MentionCluster cluster) {
        return cluster.mentions().stream()
                .map(m -> new Enrichment.Mention(m.start(), m.end(), m.text(), m.sentence())).toList();
    }

    private record Scored(MentionCluster cluster, double salience) {
    }
}
