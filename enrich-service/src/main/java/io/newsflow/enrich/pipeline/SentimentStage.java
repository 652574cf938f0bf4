package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.enrich.sentiment.DocumentTone;
import io.newsflow.enrich.sentiment.EntitySentiment;
import io.newsflow.enrich.sentiment.Sentiment;
import io.newsflow.enrich.sentiment.SentimentAnalyzer;
import io.newsflow.enrich.sentiment.SentimentTokenizer;
import io.newsflow.enrich.sentiment.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sentiment at three levels: the tone of the whole article, the sentiment of every sentence, and how the article
 * treats every entity, judged at each of its mentions in the sentence around it and then aggregated. English
 * only: the models learned English words.
 */
final class SentimentStage implements PipelineStage {
    private final SentimentAnalyzer analyzer;

    SentimentStage(SentimentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String name() {
        return "sentiment";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.CLEANED_TEXT, DocField.SENTENCES, DocField.ENTITIES);
    }

    @Override
    public List<DocField> writes() {
        return List.of(DocField.TONE, DocField.SENTENCE_SENTIMENT, DocField.ENTITY_SENTIMENT);
    }

    @Override
    public boolean readsEnglishOnly() {
        return true;
    }

    @Override
    public Optional<String> modelVersion() {
        return Optional.of(analyzer.modelVersion());
    }

    @Override
    public void process(ArticleDoc doc) {
        String text = doc.cleanedText();
        List<Enrichment.Sentence> sentences = doc.sentences();
        // each sentence is split into words once, for its own score, its mentions' and the tone
        List<List<Token>> sentenceTokens = sentences.stream()
                .map(s -> SentimentTokenizer.tokenize(text.substring(s.start(), s.end()))).toList();
        List<Enrichment.Sentiment> perSentence = new ArrayList<>();
        for (List<Token> sentence : sentenceTokens) {
            perSentence.add(toEvent(analyzer.sentence(sentence)));
        }
        Map<String, Enrichment.Sentiment> byEntity = new HashMap<>();
        for (Enrichment.Entity entity : doc.entities()) {
            List<Sentiment> atMentions = new ArrayList<>();
            for (Enrichment.Mention mention : entity.mentions()) {
                Enrichment.Sentence sentence = sentences.get(mention.sentence());
                atMentions.add(analyzer.target(sentenceTokens.get(mention.sentence()), sentence.end() - sentence.start(),
                        mention.start() - sentence.start(), mention.end() - sentence.start()));
            }
            byEntity.put(entity.id(), toEvent(analyzer.aggregate(atMentions)));
        }
        doc.tone(toEvent(analyzer.toneOfTokenized(sentenceTokens)));
        doc.sentenceSentiment(perSentence);
        doc.entitySentiment(byEntity);
    }

    private static Enrichment.Sentiment toEvent(Sentiment s) {
        return new Enrichment.Sentiment(s.score(), s.label().label(), s.negative(), s.neutral(), s.positive());
    }

    private static Enrichment.Sentiment toEvent(EntitySentiment s) {
        return toEvent(s.sentiment());
    }

    private static Enrichment.Tone toEvent(DocumentTone tone) {
        return new Enrichment.Tone(tone.tone(), tone.label().label(), tone.positive(), tone.negative(), tone.polarity(),
                tone.wordCount());
    }
}
