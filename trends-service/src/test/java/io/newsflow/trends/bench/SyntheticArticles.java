package io.newsflow.trends.bench;

import io.newsflow.trends.EnrichedEventJson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmarks' enriched events: 300 words from a news-sized vocabulary (a few thousand words, a handful very
 * common), 10 entities from a skewed set of 3,000 names (a few in many articles, as in the news), one topic, and
 * one article in ten an earlier article's text republished by another source, so stories have work to do.
 * Seeded: every run produces the same articles.
 */
final class SyntheticArticles {
    private static final String[] WORDS = vocabulary();
    private static final List<String> ENTITY_NAMES = entityNames();

    private final Random random = new Random(42);
    private String previousBody;

    private static String[] vocabulary() {
        Random random = new Random(7);
        String[] words = new String[5000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder word = new StringBuilder();
            for (int c = 0, length = 3 + random.nextInt(7); c < length; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = word.toString();
        }
        return words;
    }

    private static List<String> entityNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            names.add("Name" + i + " Person" + (i % 97));
        }
        return names;
    }

    /** The n-th article, published at {@code published}. */
    EnrichedEventJson next(int n, Instant published) {
        String body = previousBody != null && random.nextInt(10) == 0 ? previousBody : text(300);
        previousBody = body;
        EnrichedEventJson article = EnrichedEventJson.article("bench" + (n % 7) + ":a" + n, "1", published)
                .text("Headline " + n, body).tone(random.nextDouble() * 2 - 1)
                .topic("medtop:0" + (1 + random.nextInt(9)) + "000000", "topic");
        for (int e = 0; e < 10; e++) {
            int index = (int) Math.min(ENTITY_NAMES.size() - 1, Math.abs(random.nextGaussian()) * 300);
            article.entity(e % 3 == 0 ? "LOCATION" : "PERSON", ENTITY_NAMES.get(index), 1 + random.nextInt(4),
                    random.nextDouble() * 2 - 1);
        }
        return article;
    }

    private String text(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // Zipf-like: cubing a uniform draw makes low indexes (common words) much more frequent
            double u = random.nextDouble();
            text.append(WORDS[(int) (u * u * u * WORDS.length)]).append(i % 17 == 16 ? ". " : " ");
        }
        return text.toString();
    }
}
