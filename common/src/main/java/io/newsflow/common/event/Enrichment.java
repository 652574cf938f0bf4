package io.newsflow.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param stageMillis     wall-clock time each stage took, in milliseconds
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
                         Map<String, Double> stageMillis) {

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

    /** A sentence as a half-open character range {@code [start, end)} of the cleaned text. */
    public record Sentence(int index, int start, int end) {
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
     */
    public record Entity(String id, String type, String canonicalName, double salience, List<Mention> mentions) {
    }
}
