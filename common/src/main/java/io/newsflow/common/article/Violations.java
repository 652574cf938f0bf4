package io.newsflow.common.article;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while an article is checked, so that the client learns about all of them at once. */
final class Violations {
    private final List<ArticleViolation> found = new ArrayList<>();

    void add(String field, String rule, String message) {
        found.add(new ArticleViolation(field, rule, message));
    }

    void addAll(List<ArticleViolation> violations) {
        found.addAll(violations);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw toException();
        }
    }

    /** @throws IllegalStateException when nothing was found; there is nothing to reject the article for */
    ArticleValidationException toException() {
        if (found.isEmpty()) {
            throw new IllegalStateException("No violation was found, so the article must not be rejected");
        }
        return new ArticleValidationException(found);
    }
}
