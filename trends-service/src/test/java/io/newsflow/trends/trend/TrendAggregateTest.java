package io.newsflow.trends.trend;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrendAggregateTest {
    private static final Instant PUBLISHED = Instant.parse("2026-12-07T10:20:00Z");
    private static final TrendWindow WINDOW = TrendWindow.HOUR;

    private static Contribution contribution(String articleId, int sign, List<String> relatedKeys) {
        return new Contribution(Dimension.ENTITY, "PERSON:angela merkel", "Angela Merkel", "PERSON", PUBLISHED,
                articleId, "reuters", sign, 2, 0.5,
                relatedKeys.stream().map(key -> new NamedKey(key, key.toUpperCase())).toList(),
                List.of("medtop:11000000"), List.of(), null);
    }

    private static List<String> keys(String prefix, int from, int to) {
        List<String> keys = new ArrayList<>();
        for (int i = from; i < to; i++) {
            keys.add(prefix + i);
        }
        return keys;
    }

    @Test
    void plusLeavesTheAggregateItStartedFromAsItWas() {
        Contribution first = contribution("a:1", 1, List.of("ORG:un"));
        TrendAggregate one = TrendAggregate.empty(first, WINDOW, WINDOW.startOf(PUBLISHED)).plus(first);

        TrendAggregate two = one.plus(contribution("a:2", 1, List.of("ORG:un", "ORG:nato")));

        assertThat(one.articles()).isEqualTo(1);
        assertThat(one.related()).containsOnlyKeys("ORG:un");
        assertThat(one.articleIds()).containsExactly("a:1");
        assertThat(two.articles()).isEqualTo(2);
        assertThat(two.related()).containsEntry("ORG:un", 2L).containsEntry("ORG:nato", 1L);
        assertThat(two.articleIds()).containsExactly("a:2", "a:1");
    }

    @Test
    void takingAContributionOutAgainRestoresTheCountsExactly() {
        Contribution first = contribution("a:1", 1, List.of("ORG:un", "ORG:nato"));
        TrendAggregate one = TrendAggregate.empty(first, WINDOW, WINDOW.startOf(PUBLISHED)).plus(first);
        Contribution second = contribution("a:2", 1, List.of("ORG:nato", "ORG:eu"));

        TrendAggregate back = one.plus(second).plus(contribution("a:2", -1, List.of("ORG:nato", "ORG:eu")));

        assertThat(back.articles()).isEqualTo(1);
        assertThat(back.mentions()).isEqualTo(2);
        assertThat(back.related()).isEqualTo(one.related());
        assertThat(back.relatedLabels()).isEqualTo(one.relatedLabels());
        assertThat(back.sources()).isEqualTo(one.sources());
        assertThat(back.articleIds()).containsExactly("a:1");
    }

    @Test
    void keepsTheMostFrequentCoOccurringEntitiesAndAmongEqualCountsTheLatestAdded() {
        // "often:*" are in every article; "once:*" fill up to the limit and beyond, one article each
        List<String> often = keys("ORG:often", 0, 5);
        Contribution first = contribution("a:0", 1, often);
        TrendAggregate aggregate = TrendAggregate.empty(first, WINDOW, WINDOW.startOf(PUBLISHED)).plus(first);
        int onceCount = TrendAggregate.MAX_COUNTED;   // 5 + MAX_COUNTED in all: five too many
        for (int from = 0, article = 1; from < onceCount; from += 5, article++) {
            List<String> related = new ArrayList<>(often);
            related.addAll(keys("ORG:once", from, from + 5));
            aggregate = aggregate.plus(contribution("a:" + article, 1, related));
        }

        assertThat(aggregate.related()).hasSize(TrendAggregate.MAX_COUNTED);
        assertThat(aggregate.related()).containsKeys(often.toArray(String[]::new));
        assertThat(aggregate.related()).doesNotContainKeys(keys("ORG:once", 0, 5).toArray(String[]::new));
        assertThat(aggregate.related()).containsKeys(keys("ORG:once", 5, onceCount).toArray(String[]::new));
        assertThat(aggregate.relatedLabels().keySet()).isEqualTo(aggregate.related().keySet());
        assertThat(aggregate.relatedLabels()).containsEntry("ORG:often0", "ORG:OFTEN0");
    }

    @Test
    void placesTopicsAndSourcesKeepTheirMostFrequentOnceTrimmed() {
        // one place, topic and source in every article; a new one of each in every article besides
        TrendAggregate aggregate = null;
        for (int article = 0; article < TrendAggregate.MAX_COUNTED + 20; article++) {
            Contribution c = new Contribution(Dimension.ENTITY, "PERSON:angela merkel", "Angela Merkel", "PERSON",
                    PUBLISHED, "a:" + article, article % 2 == 0 ? "reuters" : "source" + article, 1, 1, 0.5,
                    List.of(), List.of("medtop:11000000", "medtop:" + article),
                    List.of("LOCATION:berlin", "LOCATION:town" + article), null);
            if (aggregate == null) {
                aggregate = TrendAggregate.empty(c, WINDOW, WINDOW.startOf(PUBLISHED)).mutableCopy();
            }
            aggregate = aggregate.absorb(c);
        }
        assertThat(aggregate.places()).as("absorb alone does not trim").hasSize(TrendAggregate.MAX_COUNTED + 21);

        aggregate.trimToBounds();
        assertThat(aggregate.places()).hasSize(TrendAggregate.MAX_COUNTED)
                .containsEntry("LOCATION:berlin", (long) TrendAggregate.MAX_COUNTED + 20)
                .containsKey("LOCATION:town" + (TrendAggregate.MAX_COUNTED + 19))
                .doesNotContainKey("LOCATION:town0");
        assertThat(aggregate.topics()).hasSize(TrendAggregate.MAX_COUNTED)
                .containsEntry("medtop:11000000", (long) TrendAggregate.MAX_COUNTED + 20);
        assertThat(aggregate.sources()).hasSizeLessThanOrEqualTo(TrendAggregate.MAX_COUNTED)
                .containsEntry("reuters", (long) (TrendAggregate.MAX_COUNTED + 20) / 2);
        assertThat(aggregate.articles()).as("the counts themselves are not bounded")
                .isEqualTo(TrendAggregate.MAX_COUNTED + 20);
    }

    @Test
    void anEntityThatStartsCoOccurringInAFullWindowCanStillRise() {
        Contribution first = contribution("a:0", 1, keys("ORG:once", 0, TrendAggregate.MAX_COUNTED));
        TrendAggregate aggregate = TrendAggregate.empty(first, WINDOW, WINDOW.startOf(PUBLISHED)).plus(first);

        aggregate = aggregate.plus(contribution("a:1", 1, List.of("ORG:once1", "ORG:late")));
        // ORG:late (1) ties with all the other "once" entities at one; the earliest added of them, once0, makes room
        assertThat(aggregate.related()).hasSize(TrendAggregate.MAX_COUNTED)
                .containsEntry("ORG:late", 1L).containsEntry("ORG:once1", 2L).doesNotContainKey("ORG:once0");

        aggregate = aggregate.plus(contribution("a:2", 1, List.of("ORG:late")));
        assertThat(aggregate.related()).containsEntry("ORG:late", 2L);

        aggregate = aggregate.plus(contribution("a:1", -1, List.of("ORG:once1", "ORG:late")))
                .plus(contribution("a:0", -1, keys("ORG:once", 0, TrendAggregate.MAX_COUNTED)));
        // taking articles a:0 and a:1 out leaves what a:2 added; nothing is kept at zero
        assertThat(aggregate.related()).containsOnlyKeys("ORG:late");
        assertThat(aggregate.relatedLabels()).containsOnlyKeys("ORG:late");
    }

    /**
     * Why {@value TrendAggregate.MAX_COUNTED} is enough (ADR 0014): on a skewed (Zipf, s = 1.1) stream of 2,000
     * articles with ten co-occurring entities each, drawn from 3,000 names, the ten shown are the true ten most
     * frequent, and at least nine of them with their exact count.
     */
    @Test
    void theBoundedListShowsTheTrueTopTenOfASkewedStream() {
        java.util.Random random = new java.util.Random(11);
        int names = 3000;
        double[] cumulative = new double[names];
        double total = 0;
        for (int i = 0; i < names; i++) {
            total += 1 / Math.pow(i + 1, 1.1);
            cumulative[i] = total;
        }
        java.util.Map<String, Long> exact = new java.util.HashMap<>();
        Contribution first = contribution("a:0", 1, List.of());
        TrendAggregate aggregate = TrendAggregate.empty(first, WINDOW, WINDOW.startOf(PUBLISHED));
        for (int article = 0; article < 2000; article++) {
            java.util.Set<String> related = new java.util.LinkedHashSet<>();
            while (related.size() < 10) {
                int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * total);
                related.add("PERSON:p" + (index < 0 ? -index - 1 : index));
            }
            related.forEach(key -> exact.merge(key, 1L, Long::sum));
            aggregate = aggregate.absorb(contribution("a:" + article, 1, List.copyOf(related)));
        }

        List<TrendView.RelatedCount> shown = TrendView.of(aggregate).related();
        List<String> trueTop = exact.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(10).map(java.util.Map.Entry::getKey).toList();
        assertThat(shown).extracting(TrendView.RelatedCount::key).containsExactlyInAnyOrderElementsOf(trueTop);
        assertThat(shown.stream().filter(count -> count.articles() == exact.get(count.key())).count())
                .isGreaterThanOrEqualTo(9);
    }
}
