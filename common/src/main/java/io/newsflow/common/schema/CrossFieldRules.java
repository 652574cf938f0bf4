package io.newsflow.common.schema;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the event contract that JSON Schema cannot express because they relate two values: the id
 * starts with the source id, and every span (sentence, mention, expression) lies in order inside the cleaned text and matches its text.
 * Values of the wrong shape are left to the schema, which reports them; these rules only judge values
 * the schema accepts.
 */
final class CrossFieldRules {

    List<SchemaViolation> check(JsonNode event) {
        List<SchemaViolation> violations = new ArrayList<>();
        checkIdPrefix(event, violations);
        JsonNode enrichment = event.path("enrichment");
        if (enrichment.isObject()) {
            checkSpans(enrichment, violations);
        }
        return violations;
    }

    private static void checkIdPrefix(JsonNode event, List<SchemaViolation> violations) {
        JsonNode id = event.path("id");
        JsonNode sourceId = event.path("source").path("id");
        if (id.isString() && sourceId.isString() && !id.asString().startsWith(sourceId.asString() + ":")) {
            violations.add(new SchemaViolation("/id", "sourcePrefix", "id '" + id.asString()
                    + "' must start with the source id '" + sourceId.asString() + "' and a colon"));
        }
    }

    private static void checkSpans(JsonNode enrichment, List<SchemaViolation> violations) {
        JsonNode text = enrichment.path("cleanedText");
        String cleanedText = text.isString() ? text.asString() : null;
        JsonNode sentences = enrichment.path("sentences");
        Set<Integer> sentenceIndexes = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            JsonNode sentence = sentences.get(i);
            checkSpan(sentence, "/enrichment/sentences/" + i, cleanedText, violations);
            if (sentence.path("index").isInt()) {
                sentenceIndexes.add(sentence.path("index").asInt());
            }
        }
        JsonNode entities = enrichment.path("entities");
        for (int e = 0; e < entities.size(); e++) {
            JsonNode mentions = entities.get(e).path("mentions");
            for (int m = 0; m < mentions.size(); m++) {
                String pointer = "/enrichment/entities/" + e + "/mentions/" + m;
                JsonNode mention = mentions.get(m);
                if (checkSpan(mention, pointer, cleanedText, violations)) {
                    checkMentionText(mention, pointer, cleanedText, violations);
                }
                checkSentenceReference(mention, pointer, sentences.isArray(), sentenceIndexes, violations);
            }
        }
        JsonNode expressions = enrichment.path("expressions");
        for (int x = 0; x < expressions.size(); x++) {
            String pointer = "/enrichment/expressions/" + x;
            JsonNode expression = expressions.get(x);
            if (checkSpan(expression, pointer, cleanedText, violations)) {
                checkMentionText(expression, pointer, cleanedText, violations);
            }
            checkSentenceReference(expression, pointer, sentences.isArray(), sentenceIndexes, violations);
        }
    }

    /** @return whether the span is in order and inside the cleaned text */
    private static boolean checkSpan(JsonNode span, String pointer, String cleanedText,
                                     List<SchemaViolation> violations) {
        if (!span.path("start").isInt() || !span.path("end").isInt()) {
            return false;
        }
        int start = span.path("start").asInt();
        int end = span.path("end").asInt();
        if (start >= end) {
            violations.add(new SchemaViolation(pointer, "spanOrder",
                    "start " + start + " must be less than end " + end + " (spans are half-open, never empty)"));
            return false;
        }
        if (cleanedText != null && end > cleanedText.length()) {
            violations.add(new SchemaViolation(pointer + "/end", "spanBounds", "end " + end
                    + " lies beyond cleanedText, which has " + cleanedText.length() + " UTF-16 code units"));
            return false;
        }
        return cleanedText != null;
    }

    private static void checkMentionText(JsonNode mention, String pointer, String cleanedText,
                                         List<SchemaViolation> violations) {
        JsonNode text = mention.path("text");
        String slice = cleanedText.substring(mention.path("start").asInt(), mention.path("end").asInt());
        if (text.isString() && !text.asString().equals(slice)) {
            violations.add(new SchemaViolation(pointer + "/text", "mentionText", "text '" + text.asString()
                    + "' differs from cleanedText[" + mention.path("start").asInt() + ", "
                    + mention.path("end").asInt() + ") '" + slice + "'"));
        }
    }

    private static void checkSentenceReference(JsonNode mention, String pointer, boolean haveSentences,
                                               Set<Integer> sentenceIndexes, List<SchemaViolation> violations) {
        JsonNode sentence = mention.path("sentence");
        if (haveSentences && sentence.isInt() && !sentenceIndexes.contains(sentence.asInt())) {
            violations.add(new SchemaViolation(pointer + "/sentence", "sentenceRef",
                    "sentence " + sentence.asInt() + " is not the index of any entry of /enrichment/sentences"));
        }
    }
}
