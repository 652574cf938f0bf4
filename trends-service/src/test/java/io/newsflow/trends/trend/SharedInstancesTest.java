package io.newsflow.trends.trend;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts and strings that aggregates share instead of holding copies of (see Counts, CanonicalStrings). */
class SharedInstancesTest {
    private static final Instant PUBLISHED = Instant.parse("2026-12-07T10:20:00Z");

    @Test
    void countsUpToTheBoundShareOneBoxAndLargerOnesStillCount() {
        assertThat(Counts.boxed(4_000)).isSameAs(Counts.boxed(4_000)).isEqualTo(4_000L);
        assertThat(Counts.boxed(0)).isEqualTo(0L);
        assertThat(Counts.boxed(Counts.SHARED + 5L)).isEqualTo(Counts.SHARED + 5L);
        assertThat(Counts.boxed(-3)).isEqualTo(-3L);
    }

    @Test
    void twoAggregatesHoldTheSameInstancesOfARelatedEntitysKeyLabelAndArticleId() {
        // as parsed from two contributions' JSON: equal strings, different instances
        Contribution first = contribution("PERSON:a", new String("ORG:un".toCharArray()),
                new String("United Nations".toCharArray()), new String("ap:1".toCharArray()));
        Contribution second = contribution("PERSON:b", new String("ORG:un".toCharArray()),
                new String("United Nations".toCharArray()), new String("ap:1".toCharArray()));

        TrendAggregate a = TrendAggregate.empty(first, TrendWindow.HOUR, TrendWindow.HOUR.startOf(PUBLISHED))
                .absorb(first);
        TrendAggregate b = TrendAggregate.empty(second, TrendWindow.HOUR, TrendWindow.HOUR.startOf(PUBLISHED))
                .absorb(second);

        assertThat(b.related().keySet().iterator().next()).isSameAs(a.related().keySet().iterator().next());
        assertThat(b.relatedLabels().get("ORG:un")).isSameAs(a.relatedLabels().get("ORG:un"));
        assertThat(b.articleIds().get(0)).isSameAs(a.articleIds().get(0));
        assertThat(b.related()).containsEntry("ORG:un", 1L);
    }

    @Test
    void thePoolIsBoundedAndKeepsWorkingAfterItEmpties() {
        CanonicalStrings pool = new CanonicalStrings();
        for (int i = 0; i <= CanonicalStrings.MAX_STRINGS + 10; i++) {
            pool.of("key" + i);
        }
        assertThat(pool.size()).isLessThanOrEqualTo(CanonicalStrings.MAX_STRINGS + 1);

        String kept = pool.of(new String("again".toCharArray()));
        assertThat(pool.of(new String("again".toCharArray()))).isSameAs(kept);
        assertThat(pool.of(null)).isNull();
    }

    private static Contribution contribution(String key, String relatedKey, String relatedLabel, String articleId) {
        return new Contribution(Dimension.ENTITY, key, key, "PERSON", PUBLISHED, articleId, "ap", 1, 1, null,
                List.of(new NamedKey(relatedKey, relatedLabel)), List.of(), List.of(), null);
    }
}
