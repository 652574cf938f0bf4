package io.newsflow.common.article;

import java.util.List;
import java.util.stream.Collectors;

/** An article that cannot be accepted as sent; every violation found is listed, not just the first. */
public class ArticleValidationException extends RuntimeException {
    private final List<ArticleViolation> violations;

    public ArticleValidationException(List<ArticleViolation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An ArticleValidationException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static ArticleValidationException of(String field, String rule, String message) {
        return new ArticleValidationException(List.of(new ArticleViolation(field, rule, message)));
    }

    public List<ArticleViolation> violations() {
        return violations;
    }

    private static String describe(List<ArticleViolation> violations) {
        return violations.stream()
                .map(v -> (v.field().isEmpty() ? "" : v.field() + " ") + "(" + v.rule() + "): " + v.message())
                .collect(Collectors.joining("; ", "Article rejected: ", ""));
    }
}
