package io.newsflow.trends.api;

import io.newsflow.trends.trend.TrendView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TrendQueryTest {
    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");
    private static final TrendView SAO_PAULO = new TrendView("PLACE", "LOCATION:sao paulo", "São Paulo", "LOCATION",
            "1h", START, START.plusSeconds(3600), 5, 9, null, Map.of("wire", 4L, "local", 1L), List.of(),
            Map.of("medtop:20000763", 2L), Map.of(), List.of(), null);

    @Test
    void aNameSearchFindsTheLabelOrKeyWhateverTheCaseAccentsOrPunctuation() {
        assertThat(byName("sao paulo").matching(SAO_PAULO)).isEqualTo(5);
        assertThat(byName("SÃO").matching(SAO_PAULO)).isEqualTo(5);
        assertThat(byName("são-paulo").matching(SAO_PAULO)).isEqualTo(5);
        assertThat(byName("location:sao").matching(SAO_PAULO)).as("the key too").isEqualTo(5);
        assertThat(byName("rio").matching(SAO_PAULO)).isZero();
        assertThat(byName(" ... ").matching(SAO_PAULO)).as("nothing left to search: no filter").isEqualTo(5);
    }

    @Test
    void aNameSearchCombinesWithTheOtherFilters() {
        assertThat(new TrendQuery(null, null, null, "local", "paulo").matching(SAO_PAULO)).isEqualTo(1);
        assertThat(new TrendQuery("PERSON", null, null, null, "paulo").matching(SAO_PAULO)).isZero();
        assertThat(new TrendQuery(null, "medtop:20000763", null, "wire", "paulo").matching(SAO_PAULO)).isEqualTo(2);
    }

    private static TrendQuery byName(String name) {
        return new TrendQuery(null, null, null, null, name);
    }
}
