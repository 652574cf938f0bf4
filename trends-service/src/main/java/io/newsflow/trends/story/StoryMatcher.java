package io.newsflow.trends.story;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which earlier article (found through the MinHash band index) a new article continues, if any.
 * A near-duplicate (wire copy republished with small edits) shares most of its shingles; a follow-up (a new lead
 * on the same copy, or a rewrite) shares fewer but names the same entities. A different story about the same
 * place shares entities but almost no text, and a different story with stock phrases shares a little text but not
 * the entities: neither joins.
 */
public final class StoryMatcher {
    /** estimated shingle Jaccard at or above which two articles are copies of one text */
    static final double NEAR_DUPLICATE = 0.5;
    /** estimated shingle Jaccard at or above which shared entities make a follow-up */
    static final double FOLLOW_UP_TEXT = 0.15;
    /** share of the smaller article's top entity keys the two must share for a follow-up */
    static final double FOLLOW_UP_ENTITIES = 0.5;

    private final Duration lookBack;

    public StoryMatcher(Duration lookBack) {
        this.lookBack = lookBack;
    }

    public record Match(StoryArticle earlier, String relation, double similarity) {
    }

    public Optional<Match> bestMatch(StoryArticle article, Collection<StoryArticle> candidates) {
        Match best = null;
        for (StoryArticle candidate : candidates) {
            if (candidate.id().equals(article.id()) || !withinLookBack(article, candidate)) {
                continue;
            }
            double similarity = MinHash.similarity(article.signature(), candidate.signature());
            String relation = null;
            if (similarity >= NEAR_DUPLICATE) {
                relation = "near-duplicate";
            } else if (similarity >= FOLLOW_UP_TEXT && entityOverlap(article, candidate) >= FOLLOW_UP_ENTITIES) {
                relation = "follow-up";
            }
            if (relation != null && (best == null || similarity > best.similarity())) {
                best = new Match(candidate, relation, similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean withinLookBack(StoryArticle article, StoryArticle candidate) {
        Duration apart = Duration.between(candidate.publishedAt(), article.publishedAt()).abs();
        return apart.compareTo(lookBack) <= 0;
    }

    static double entityOverlap(StoryArticle a, StoryArticle b) {
        if (a.entityKeys().isEmpty() || b.entityKeys().isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a.entityKeys());
        shared.retainAll(new HashSet<>(b.entityKeys()));
        return shared.size() / (double) Math.min(a.entityKeys().size(), b.entityKeys().size());
    }
}
