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
import java.util.Optional;

/**
 * The pipeline's NER stage on text that is already tokenized, as benchmark corpora are. The tokens are taken as
 * given instead of being re-tokenized, so that a mention can be compared with the gold annotation token for
 * token; everything after tokenization, model, settings and the mention repairs, is the {@link NerStage} the
 * pipeline runs. A whole document can be labelled at once, as the pipeline labels an article, so that steps
 * that look across sentences (truecasing a headline from the body's spellings) are scored too.
 */
public final class PretokenizedNer {
    private final NerStage stage;

    private PretokenizedNer(NerStage stage) {
        this.stage = stage;
    }

    /** Loads the NER model (once per JVM, shared with the pipeline); the stage as the pipeline runs it. */
    public static PretokenizedNer load() {
        return load(true);
    }

    /**
     * @param truecaseCapitalLines whether lines in capitals are truecased before the CRF, as the pipeline does
     */
    public static PretokenizedNer load(boolean truecaseCapitalLines) {
        CoreNlpModels.ner();
        return new PretokenizedNer(new NerStage(truecaseCapitalLines));
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
        Document document = new Document(List.of(tokens));
        List<Mention> mentions = new ArrayList<>();
        for (NerSpan span : recognise(document)) {
            mentions.add(document.mention(span).orElseThrow(() -> new IllegalStateException("The ner stage returned "
                    + span + ", which does not start and end on token boundaries")));
        }
        return List.copyOf(mentions);
    }

    /** The ner stage's mentions in {@code document}, with offsets into {@link Document#text()}. */
    public List<NerSpan> recognise(Document document) {
        return stage.recognise(new SegmentedText(document.annotation()));
    }

    /**
     * A document of pretokenized sentences laid out as text: tokens separated by a space, sentences by a line
     * break.
     */
    public static final class Document {
        private final List<List<String>> sentences;
        private final String text;
        private final Map<Integer, int[]> tokenStartingAt = new HashMap<>();
        private final Map<Integer, int[]> tokenEndingAt = new HashMap<>();

        /** @param sentences each sentence's tokens, none empty or containing white space */
        public Document(List<List<String>> sentences) {
            this.sentences = List.copyOf(sentences);
            StringBuilder built = new StringBuilder();
            for (int s = 0; s < sentences.size(); s++) {
                List<String> tokens = sentences.get(s);
                if (s > 0) {
                    built.append('\n');
                }
                for (int i = 0; i < tokens.size(); i++) {
                    String token = tokens.get(i);
                    if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
                        throw new IllegalArgumentException("Token " + i + " '" + token + "' of sentence " + s
                                + " is empty or contains white space; split the sentence into tokens first");
                    }
                    if (i > 0) {
                        built.append(' ');
                    }
                    tokenStartingAt.put(built.length(), new int[] {s, i});
                    built.append(token);
                    tokenEndingAt.put(built.length(), new int[] {s, i});
                }
            }
            this.text = built.toString();
        }

        public String text() {
            return text;
        }

        /**
         * The span as tokens of its sentence, or empty when it does not start and end on token boundaries of
         * one sentence (a repair that trims inside a token).
         */
        public Optional<Mention> mention(NerSpan span) {
            int[] first = tokenStartingAt.get(span.start());
            int[] last = tokenEndingAt.get(span.end());
            if (first == null || last == null || first[0] != last[0]) {
                return Optional.empty();
            }
            return Optional.of(new Mention(span.label(), first[0], first[1], last[1] + 1));
        }

        /** A fresh CoreNLP document each time: the CRF writes its labels into the tokens. */
        private Annotation annotation() {
            List<CoreLabel> all = new ArrayList<>();
            List<CoreMap> sentenceMaps = new ArrayList<>();
            int offset = 0;
            for (int s = 0; s < sentences.size(); s++) {
                List<String> tokens = sentences.get(s);
                List<CoreLabel> labels = new ArrayList<>(tokens.size());
                int sentenceStart = offset;
                for (int i = 0; i < tokens.size(); i++) {
                    if (i > 0) {
                        offset++;
                    }
                    labels.add(label(tokens.get(i), offset, i, s));
                    offset += tokens.get(i).length();
                }
                Annotation sentence = new Annotation(text.substring(sentenceStart, offset));
                sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
                sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentenceStart);
                sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, offset);
                sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
                sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + labels.size());
                sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
                sentenceMaps.add(sentence);
                all.addAll(labels);
                offset++;
            }
            Annotation document = new Annotation(text);
            document.set(CoreAnnotations.TokensAnnotation.class, all);
            document.set(CoreAnnotations.SentencesAnnotation.class, sentenceMaps);
            return document;
        }

        private static CoreLabel label(String token, int begin, int index, int sentence) {
            CoreLabel label = new CoreLabel();
            label.setWord(token);
            label.setValue(token);
            label.setOriginalText(token);
            label.setBeginPosition(begin);
            label.setEndPosition(begin + token.length());
            label.setIndex(index + 1);
            label.setSentIndex(sentence);
            return label;
        }
    }

    /**
     * A mention: tokens {@code [start, end)} of sentence {@code sentence}.
     *
     * @param label PERSON, ORGANIZATION, LOCATION or MISC, as the pipeline labels mentions
     */
    public record Mention(String label, int sentence, int start, int end) {
    }
}
