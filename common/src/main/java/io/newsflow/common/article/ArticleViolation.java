package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reason an article was rejected.
 *
 * @param field   the input field at fault: a simple article's property name ({@code headline}, {@code url}),
 *                {@code bodies[0].value} for a ninjs field newsflow limits, a JSON pointer
 *                ({@code /headlines/0/value}) for a ninjs schema or text violation; {@code headline} or
 *                {@code body} for a {@code text/plain} push, by the line the fault is on (the first line that
 *                is not blank is the headline); {@code (request body)} for a JSON document's bytes
 *                ({@code utf-8}); empty for the document as a whole
 * @param rule    the rule it broke, a stable token clients can switch on ({@code required}, {@code max-length})
 * @param message what is wrong and how to fix it, for a person
 * @param offset  where in the field the fault is, for rules about characters and bytes: UTF-16 code units
 *                into the field's value (into the whole text for a {@code text/plain} push), or bytes into
 *                the document for {@code utf-8} and {@code charset};
 *                null for rules about the field as a whole
 */
public record ArticleViolation(String field, String rule, String message,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Integer offset) {

    public ArticleViolation(String field, String rule, String message) {
        this(field, rule, message, null);
    }
}
