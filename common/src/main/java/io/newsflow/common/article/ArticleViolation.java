package io.newsflow.common.article;

/**
 * One reason an article was rejected.
 *
 * @param field   the input field at fault: a simple article's property name ({@code headline}, {@code url}),
 *                {@code bodies[0].value} for a ninjs field newsflow limits, a JSON pointer
 *                ({@code /headlines/0/value}) for a ninjs schema violation; empty for the document as a whole
 * @param rule    the rule it broke, a stable token clients can switch on ({@code required}, {@code max-length})
 * @param message what is wrong and how to fix it, for a person
 */
public record ArticleViolation(String field, String rule, String message) {
}
