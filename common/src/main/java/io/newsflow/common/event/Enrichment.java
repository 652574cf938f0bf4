package io.newsflow.common.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the enrichment pipeline found. All character offsets point into {@link #cleanedText()}.
 *
 * @param pipelineVersion version of the newsflow pipeline that produced this block
 * @param modelVersions   model name to model version, for every model that ran
 * @param stagesRun       names of the stages that ran, in order; stages that only read English are left out for
 *                        text in another language
 * @param language        the language the text is written in; absent when no language was detected (retractions)
 * @param cleanedText     the headline, a blank line, then the body without boilerplate
 * @param removed         what cleaning dropped from the body, and why
 * @param sentences       sentence boundaries in the cleaned text
 * @param tokenCount      number of tokens in the cleaned text
 * @param entities        named entities, one per real-world referent, with all their mentions
 * @param topics          IPTC Media Topics the article is about: level-1 topics by descending confidence, each
 *                        followed by its level-2 topics; empty when the topic stage did not run
 * @param tone            the tone of the whole article; absent when the sentiment stage did not run
 * @param stageMillis     wall-clock time each stage took, in milliseconds
 * @param quotes          direct quotations with their speakers, in text order; empty when the quote stage did not
 *                        run
 * @param expressions     dates, amounts of money and percentages with their normalised values, in text order; empty
 *                        when the expression stage did not run. Kept apart from {@code entities}, so that nothing
 *                        counting entities counts them
 * @param skipped         work a stage left undone because the article exceeded one of its budgets (a sentence too
 *                        long to label, too many mentions), so that a reader can tell "nothing found" from "not
 *                        looked at"; empty, and absent from the JSON, for every ordinary article
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Enrichment(String pipelineVersion,
                         Map<String, String> modelVersions,
                         List<String> stagesRun,
                         Language language,
                         String cleanedText,
                         List<RemovedSegment> removed,
                         List<Sentence> sentences,
                         int tokenCount,
                         List<Entity> entities,
                         List<Topic> topics,
                         Tone tone,
                         Map<String, Double> stageMillis,
                         List<Quote> quotes,
                         List<Expression> expressions,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Skipped> skipped) {

    /** Accepts the JSON of events written before {@code expressions} and {@code skipped} existed, which have none. */
    public Enrichment {
        expressions = expressions == null ? List.of() : List.copyOf(expressions);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /**
     * Starts an empty block: no language, text, tone or stages, empty lists and maps, zero tokens. Each enrichment
     * stage sets its own part; whatever no stage sets keeps these defaults.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the block part by part, so that no caller lines up twelve positional arguments. */
    public static final class Builder {
        private String pipelineVersion;
        private Map<String, String> modelVersions = Map.of();
        private List<String> stagesRun = List.of();
        private Language language;
        private String cleanedText;
        private List<RemovedSegment> removed = List.of();
        private List<Sentence> sentences = List.of();
        private int tokenCount;
        private List<Entity> entities = List.of();
        private List<Topic> topics = List.of();
        private Tone tone;
        private Map<String, Double> stageMillis = Map.of();
        private List<Quote> quotes = List.of();
        private List<Expression> expressions = List.of();
        private final List<Skipped> skipped = new ArrayList<>();

        private Builder() {
        }

        public Builder pipelineVersion(String value) {
            this.pipelineVersion = value;
            return this;
        }

        public Builder modelVersions(Map<String, String> value) {
            this.modelVersions = value;
            return this;
        }

        public Builder stagesRun(List<String> value) {
            this.stagesRun = value;
            return this;
        }

        public Builder language(Language value) {
            this.language = value;
            return this;
        }

        public Builder cleanedText(String value) {
            this.cleanedText = value;
            return this;
        }

        public Builder removed(List<RemovedSegment> value) {
            this.removed = value;
            return this;
        }

        public Builder sentences(List<Sentence> value) {
            this.sentences = value;
            return this;
        }

        public Builder tokenCount(int value) {
            this.tokenCount = value;
            return this;
        }

        public Builder entities(List<Entity> value) {
            this.entities = value;
            return this;
        }

        public Builder topics(List<Topic> value) {
            this.topics = value;
            return this;
        }

        public Builder tone(Tone value) {
            this.tone = value;
            return this;
        }

        public Builder stageMillis(Map<String, Double> value) {
            this.stageMillis = value;
            return this;
        }

        public Builder quotes(List<Quote> value) {
            this.quotes = value;
            return this;
        }

        public Builder expressions(List<Expression> value) {
            this.expressions = value;
            return this;
        }

        /** Adds one piece of work a stage left undone; stages add to the list, they never replace it. */
        public Builder skipped(Skipped value) {
            this.skipped.add(value);
            return this;
        }

        public Enrichment build() {
            return new Enrichment(pipelineVersion, modelVersions, stagesRun, language, cleanedText, removed,
                    sentences, tokenCount, entities, topics, tone, stageMillis, quotes, expressions, skipped);
        }
    }

    /**
     * Work a stage left undone because the article exceeded one of its budgets.
     *
     * @param stage  the stage's name, as in {@code stagesRun}
     * @param reason what was left out and which budget it exceeded, for a person to read
     */
    public record Skipped(String stage, String reason) {
    }

    /**
     * The language of the cleaned text.
     *
     * @param code       ISO 639-1 code, lower case ({@code en}, {@code de}, {@code nb}, ...)
     * @param confidence how sure the detector is, in [0, 1]; the enrich pipeline documents how it computes it
     */
    public record Language(String code, double confidence) {
    }

    /** A piece of the original body that cleaning dropped; {@code kind} says which rule dropped it. */
    public record RemovedSegment(String kind, String text) {
    }

    /**
     * A sentence as a half-open character range {@code [start, end)} of the cleaned text.
     *
     * @param sentiment how the sentence reads; absent when the sentiment stage did not run
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Sentence(int index, int start, int end, Sentiment sentiment) {

        public Sentence(int index, int start, int end) {
            this(index, start, end, null);
        }

        public Sentence withSentiment(Sentiment value) {
            return new Sentence(index, start, end, value);
        }
    }

    /**
     * Sentiment of a sentence, or of how the article treats an entity.
     *
     * @param score    {@code positive - negative}, in [-1, 1]
     * @param label    {@code negative}, {@code neutral} or {@code positive}: the most probable class
     * @param negative probability of a negative reading, in [0, 1]
     * @param neutral  probability of a neutral reading, in [0, 1]
     * @param positive probability of a positive reading, in [0, 1]; the three sum to 1
     */
    public record Sentiment(double score, String label, double negative, double neutral, double positive) {
    }

    /**
     * The tone of the whole article, counted over its words as GDELT counts it; the enrich pipeline documents the
     * word lists.
     *
     * @param score     overall tone in [-1, 1]: {@code (positive - negative) / (positive + negative)}, 0 when the
     *                  article has no tone words
     * @param label     {@code neutral} when {@code |score| < 0.2} or {@code polarity < 1}, else {@code negative} or
     *                  {@code positive} by the sign of {@code score}
     * @param positive  percentage of the words that are positive, in [0, 100] (GDELT's positive score)
     * @param negative  percentage of the words that are negative, in [0, 100] (GDELT's negative score)
     * @param polarity  {@code positive + negative}: how emotionally charged the text is (GDELT's polarity);
     *                  GDELT's tone is {@code positive - negative}
     * @param wordCount the number of words counted
     */
    public record Tone(double score, String label, double positive, double negative, double polarity, int wordCount) {
    }

    /**
     * An IPTC Media Topic the article is about.
     *
     * @param qcode       the topic's QCode, {@code medtop:} and eight digits
     * @param label       the topic's English label in the IPTC taxonomy
     * @param level       1 for the 17 top-level topics, 2 for their children
     * @param parentQcode the level-1 topic a level-2 topic belongs to; absent for level 1
     * @param relevance   how central the topic is to the article, in [0, 1]
     * @param confidence  how sure the classifier is that the topic applies, in [0, 1]
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Topic(String qcode, String label, int level, String parentQcode, double relevance,
                        double confidence) {
    }

    /** One occurrence of an entity: a half-open character range of the cleaned text and its surface text. */
    public record Mention(int start, int end, String text, int sentence) {
    }

    /**
     * A named entity after mention clustering.
     *
     * @param id            stable within the article ({@code E1}, {@code E2}, ...), by descending salience
     * @param type          PERSON, ORGANIZATION, LOCATION or MISC
     * @param canonicalName the fullest name the article uses for it
     * @param salience      share of the article's attention, in (0, 1]; all entities sum to 1
     * @param mentions      every mention, in text order
     * @param sentiment     how the article treats the entity over all its mentions; absent when the sentiment
     *                      stage did not run
     * @param key           the same for the same real-world entity in every article: the Wikipedia title when
     *                      linked, else {@code type:name} in lower case without accents
     *                      ({@code person:ingrid halvorsen}); absent when the linking stage did not run
     * @param link          the entity's Wikipedia article or NIL; absent for MISC and when linking did not run
     * @param geo           where a place is on the map; absent for other types, for places the gazetteer does not
     *                      know, and when the places stage did not run
     * @param quotes        the {@link Quote#index() indexes} of the quotes the entity said, in text order; absent
     *                      when it said none or the quote stage did not run
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(value = "mentionCount", allowGetters = true)
    public record Entity(String id, String type, String canonicalName, double salience, List<Mention> mentions,
                         Sentiment sentiment, String key, EntityLink link, GeoLocation geo,
                         List<Integer> quotes) {

        public Entity(String id, String type, String canonicalName, double salience, List<Mention> mentions) {
            this(id, type, canonicalName, salience, mentions, null, null, null, null, null);
        }

        public Entity(String id, String type, String canonicalName, double salience, List<Mention> mentions,
                      Sentiment sentiment) {
            this(id, type, canonicalName, salience, mentions, sentiment, null, null, null, null);
        }

        /** How often the article names the entity, in any form; written to JSON for readers that only count. */
        @JsonProperty("mentionCount")
        public int mentionCount() {
            return mentions.size();
        }

        public Entity withSentiment(Sentiment value) {
            return new Entity(id, type, canonicalName, salience, mentions, value, key, link, geo, quotes);
        }

        public Entity withLink(String newKey, EntityLink newLink) {
            return new Entity(id, type, canonicalName, salience, mentions, sentiment, newKey, newLink, geo, quotes);
        }

        public Entity withGeo(GeoLocation value) {
            return new Entity(id, type, canonicalName, salience, mentions, sentiment, key, link, value, quotes);
        }

        public Entity withQuotes(List<Integer> value) {
            return new Entity(id, type, canonicalName, salience, mentions, sentiment, key, link, geo, value);
        }
    }
}
