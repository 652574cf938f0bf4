package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.enrich.topics.TopicClassifier;
import io.newsflow.enrich.topics.TopicScore;

import java.util.List;
import java.util.Optional;

/**
 * Classifies the article into IPTC Media Topics: level-1 topics by descending confidence, each followed by the
 * level-2 topics the evidence supports. The classifier reads the headline apart from the body because a headline
 * word says more about the topic than a body word. English only: the model learned English words.
 */
final class TopicStage implements PipelineStage {
    private final TopicClassifier classifier;

    TopicStage(TopicClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.CLEANED_TEXT, DocField.PARAGRAPHS);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.TOPICS);
    }

    @Override
    public boolean readsEnglishOnly() {
        return true;
    }

    @Override
    public Optional<String> modelVersion() {
        return Optional.of(classifier.modelVersion());
    }

    @Override
    public void process(ArticleDoc doc) {
        String text = doc.cleanedText();
        TextRange headlineRange = doc.headlineRange();
        List<TextRange> paragraphs = doc.paragraphs();
        String headline = headlineRange == null ? "" : text.substring(headlineRange.start(), headlineRange.end());
        String body = paragraphs.isEmpty() ? "" : text.substring(paragraphs.get(0).start());
        doc.topics(classifier.classify(headline, body).stream().map(TopicStage::toEvent).toList());
    }

    private static Enrichment.Topic toEvent(TopicScore score) {
        return new Enrichment.Topic(score.qcode(), score.label(), score.level(), score.parentQcode(),
                score.relevance(), score.confidence());
    }
}
