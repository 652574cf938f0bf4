package io.newsflow.trends.trend;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrendViewTest {
    private static final Instant PUBLISHED = Instant.parse("2026-12-07T10:20:00Z");

    private static Contribution contribution(String articleId, List<String> relatedKeys) {
        return new Contribution(Dimension.ENTITY, "PERSON:x", "X", "PERSON", PUBLISHED, articleId, "reuters", 1, 1,
                null, relatedKeys.stream().map(key -> new NamedKey(key, "label " + key)).toList(), List.of(),
                List.of(), null);
    }

    @Test
    void showsTheTenMostFrequentCoOccurringEntitiesMostFrequentFirstTiesByKey() {
        List<Contribution> contributions = new ArrayList<>();
        // ORG:k<i> co-occurs in i articles (1..14); ORG:tie-a and ORG:tie-b in 7 each
        for (int article = 1; article <= 14; article++) {
            List<String> related = new ArrayList<>();
            for (int i = article; i <= 14; i++) {
                related.add("ORG:k" + i);
            }
            if (article <= 7) {
                related.addAll(List.of("ORG:tie-b", "ORG:tie-a"));
            }
            contributions.add(contribution("a:" + article, related));
        }
        TrendAggregate aggregate = TrendAggregate.empty(contributions.get(0), TrendWindow.DAY,
                TrendWindow.DAY.startOf(PUBLISHED));
        for (Contribution c : contributions) {
            aggregate = aggregate.plus(c);
        }

        TrendView view = TrendView.of(aggregate);

        assertThat(view.related()).extracting(TrendView.RelatedCount::key).containsExactly(
                "ORG:k14", "ORG:k13", "ORG:k12", "ORG:k11", "ORG:k10", "ORG:k9", "ORG:k8",
                "ORG:k7", "ORG:tie-a", "ORG:tie-b");
        assertThat(view.related().get(0)).isEqualTo(new TrendView.RelatedCount("ORG:k14", "label ORG:k14", 14));
        assertThat(view.articles()).isEqualTo(14);
    }

    @Test
    void aViewDoesNotChangeWhenItsAggregateChangesLater() {
        Contribution first = contribution("a:1", List.of("ORG:un"));
        TrendAggregate aggregate = TrendAggregate.empty(first, TrendWindow.HOUR, TrendWindow.HOUR.startOf(PUBLISHED))
                .absorb(first);
        TrendView view = TrendView.of(aggregate);

        aggregate.absorb(contribution("a:2", List.of("ORG:un")));

        assertThat(view.sources()).containsEntry("reuters", 1L);
        assertThat(view.articleIds()).containsExactly("a:1");
    }
}
