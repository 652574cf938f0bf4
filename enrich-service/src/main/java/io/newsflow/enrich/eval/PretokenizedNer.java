package io.newsflow.enrich.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.newsflow.enrich.pipeline.CoreNlpModels;
import io.newsflow.enrich.pipeline.NerSpan;
import io.newsflow.enrich.pipeline.NerStage;
import io.newsflow.enrich.pipeline.SegmentedText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline's NER stage on a sentence that is already tokenized, as benchmark corpora are. The tokens are
 * taken as given instead of being re-tokenized, so that a mention can be compared with the gold annotation
 * token for token; everything after tokenization, model, settings and the mention repairs, is the
 * {@link NerStage} the pipeline runs.
 */
public final class PretokenizedNer {
    private final NerStage stage = new NerStage();

    private PretokenizedNer() {
    }

    /** Loads the NER model (once per JVM, shared with the pipeline). */
    public static PretokenizedNer load() {
        CoreNlpModels.ner();
        return new PretokenizedNer();
    }

    /**
     * The mentions in one sentence, as token ranges.
     *
     * @param tokens the sentence's tokens, none empty or containing white space
     */
    public List<Mention> tag(List<String> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder();
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        Map<Integer, Integer> tokenStartingAt = new HashMap<>();
        Map<Integer, Integer> tokenEndingAt = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("Token " + i + " '" + token
                        + "' is empty or contains white space; split the sentence into tokens first");
            }
            if (i > 0) {
                text.append(' ');
            }
            tokenStartingAt.put(text.length(), i);
            labels.add(label(token, text.length(), i));
            text.append(token);
            tokenEndingAt.put(text.length(), i);
        }
        List<Mention> mentions = new ArrayList<>();
        for (NerSpan span : stage.recognise(new SegmentedText(document(text.toString(), labels)))) {
            Integer first = tokenStartingAt.get(span.start());
            Integer last = tokenEndingAt.get(span.end());
            if (first == null || last == null) {
                throw new IllegalStateException("The ner stage returned " + span
                        + ", which does not start and end on token boundaries");
            }
            mentions.add(new Mention(span.label(), first, last + 1));
        }
        return List.copyOf(mentions);
    }

    private static CoreLabel label(String token, int begin, int index) {
        CoreLabel label = new CoreLabel();
        label.setWord(token);
        label.setValue(token);
        label.setOriginalText(token);
        label.setBeginPosition(begin);
        label.setEndPosition(begin + token.length());
        label.setIndex(index + 1);
        label.setSentIndex(0);
        return label;
    }

    private static Annotation document(String text, List<CoreLabel> tokens) {
        Annotation sentence = new Annotation(text);
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        Annotation document = new Annotation(text);
        document.set(CoreAnnotations.TokensAnnotation.class, tokens);
        document.set(CoreAnnotations.SentencesAnnotation.class, List.<CoreMap>of(sentence));
        return document;
    }

    /**
     * A mention: tokens {@code [start, end)} of the sentence.
     *
     * @param label PERSON, ORGANIZATION, LOCATION or MISC, as the pipeline labels mentions
     */
    public record Mention(String label, int start, int end) {
    }
}
