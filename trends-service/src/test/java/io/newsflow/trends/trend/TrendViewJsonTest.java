package io.newsflow.trends.trend;

import io.newsflow.trends.article.PlaceGeo;
import io.newsflow.trends.stream.JsonSerde;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written JSON of a view must be what the project's Jackson mapper writes for the same view, byte for byte. */
class TrendViewJsonTest {
    private static final Instant PUBLISHED = Instant.parse("2026-12-07T10:20:00Z");
    /** names that test the escaping: quotes, backslashes, control characters, accents, CJK, an emoji (a pair) */
    private static final String[] AWKWARD = {"Plain Name", "O\"Brien \\ Co", "tab\there\nnew\rline\bback\fform",
            "bell\u0007 unit\u001f del\u007f", "Nicolás Maduro", "Zürich–Genève", "東京都", "rocket \uD83D\uDE80 launch",
            "slash / and <tag> & 'quote'", ""};

    @Test
    void writesWhatJacksonWritesForTheSameView() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            TrendWindow window = TrendWindow.values()[round % 3];
            Dimension dimension = Dimension.values()[round % Dimension.values().length];
            TrendAggregate aggregate = null;
            for (int article = 0, articles = 1 + random.nextInt(30); article < articles; article++) {
                Contribution c = contribution(random, dimension, article);
                aggregate = (aggregate == null ? TrendAggregate.empty(c, window, window.startOf(PUBLISHED)) : aggregate)
                        .absorb(c);
            }

            String expected = new String(new JsonSerde<>(TrendView.class).serializer()
                    .serialize("t", TrendView.of(aggregate)), StandardCharsets.UTF_8);
            String actual = new String(TrendViewJson.write(aggregate), StandardCharsets.UTF_8);

            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void anAggregateWithoutSentimentOrGeoWritesNulls() {
        Contribution c = new Contribution(Dimension.TOPIC, "medtop:04000000", "economy", null, PUBLISHED, "a:1", "ap",
                1, 1, null, List.of(), List.of(), List.of(), null);
        TrendAggregate aggregate = TrendAggregate.empty(c, TrendWindow.HOUR, TrendWindow.HOUR.startOf(PUBLISHED))
                .absorb(c);

        String json = new String(TrendViewJson.write(aggregate), StandardCharsets.UTF_8);

        assertThat(json).contains("\"type\":null", "\"meanSentiment\":null", "\"geo\":null", "\"related\":[]");
        assertThat(json).isEqualTo(new String(new JsonSerde<>(TrendView.class).serializer()
                .serialize("t", TrendView.of(aggregate)), StandardCharsets.UTF_8));
    }

    private static Contribution contribution(Random random, Dimension dimension, int article) {
        List<NamedKey> related = new ArrayList<>();
        for (int i = 0, n = random.nextInt(12); i < n; i++) {
            int which = random.nextInt(40);
            related.add(new NamedKey("PERSON:p" + which, AWKWARD[which % AWKWARD.length] + " " + which));
        }
        List<String> topics = random.nextBoolean() ? List.of("medtop:0" + (1 + random.nextInt(9)) + "000000")
                : List.of();
        List<String> places = random.nextBoolean() ? List.of("PLACE:" + AWKWARD[random.nextInt(AWKWARD.length)])
                : List.of();
        // sentiment with many decimals, tiny values (written with an exponent) and none
        Double sentiment = switch (random.nextInt(3)) {
            case 0 -> random.nextDouble() * 2 - 1;
            case 1 -> random.nextDouble() * 1e-3;
            default -> null;
        };
        PlaceGeo geo = random.nextInt(4) == 0 ? new PlaceGeo("city", "VE", 10.4806 + random.nextDouble(),
                -66.9036 - random.nextDouble() * 1e-5) : null;
        return new Contribution(dimension, "KEY:" + AWKWARD[article % AWKWARD.length],
                AWKWARD[random.nextInt(AWKWARD.length)], random.nextBoolean() ? "PERSON" : null,
                PUBLISHED.plusSeconds(random.nextInt(600)), "src:a" + random.nextInt(50),
                AWKWARD[random.nextInt(AWKWARD.length)], 1, 1 + random.nextInt(5), sentiment, related, topics, places,
                geo);
    }
}
