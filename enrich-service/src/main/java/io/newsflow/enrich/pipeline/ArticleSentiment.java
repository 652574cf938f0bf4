package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;

import java.util.List;
import java.util.Map;

/**
 * The output of the sentiment stage.
 *
 * @param tone       the tone of the whole article
 * @param sentences  the sentiment of each sentence, in sentence order (index i belongs to sentence i)
 * @param byEntityId how the article treats each entity, by entity id
 */
record ArticleSentiment(Enrichment.Tone tone, List<Enrichment.Sentiment> sentences,
                        Map<String, Enrichment.Sentiment> byEntityId) {

    ArticleSentiment {
        sentences = List.copyOf(sentences);
        byEntityId = Map.copyOf(byEntityId);
    }

    /** The sentences of the segment stage, each with its sentiment attached. */
    List<Enrichment.Sentence> attachTo(List<Enrichment.Sentence> segmented) {
        if (segmented.size() != sentences.size()) {
            throw new IllegalStateException("Sentiment for " + sentences.size() + " sentences, but the text has "
                    + segmented.size());
        }
        return segmented.stream().map(sentence -> sentence.withSentiment(sentences.get(sentence.index()))).toList();
    }

    /** The entities, each with how the article treats it; an entity without a score is left as it is. */
    List<Enrichment.Entity> attachToEntities(List<Enrichment.Entity> entities) {
        return entities.stream().map(entity -> byEntityId.containsKey(entity.id())
                ? entity.withSentiment(byEntityId.get(entity.id())) : entity).toList();
    }
}
