package io.newsflow.enrich.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of an article is about each entity, as shares that sum to 1. News writing puts what matters in the
 * headline and the lead and repeats it, so the score counts mentions and adds fixed bonuses for being in the
 * headline, in the lead paragraph, and for how early the entity first appears.
 */
final class SalienceScorer {
    /** A headline names what the story is about; worth as much as three further mentions in the body. */
    static final double HEADLINE_BONUS = 3.0;
    /** The lead paragraph answers who and what; a name there is worth one more mention. */
    static final double LEAD_BONUS = 1.0;
    /** Up to one more mention for appearing early, falling linearly to nothing at the end of the text. */
    static final double EARLY_BONUS = 1.0;

    private SalienceScorer() {
    }

    /** Salience of each cluster, in the order given; every share is above 0 and together they make 1. */
    static List<Double> salience(List<MentionCluster> clusters, CleanedText cleaned) {
        List<Double> scores = new ArrayList<>();
        for (MentionCluster cluster : clusters) {
            scores.add(score(cluster, cleaned));
        }
        double total = scores.stream().mapToDouble(Double::doubleValue).sum();
        return scores.stream().map(score -> score / total).toList();
    }

    static double score(MentionCluster cluster, CleanedText cleaned) {
        double score = cluster.mentions().size();
        if (mentionedIn(cluster, cleaned.headline())) {
            score += HEADLINE_BONUS;
        }
        if (mentionedIn(cluster, cleaned.leadParagraph())) {
            score += LEAD_BONUS;
        }
        double position = (double) cluster.firstStart() / Math.max(1, cleaned.text().length());
        return score + EARLY_BONUS * (1.0 - position);
    }

    private static boolean mentionedIn(MentionCluster cluster, TextRange range) {
        return range != null && cluster.mentions().stream().anyMatch(mention -> range.contains(mention.start()));
    }
}
