package io.newsflow.localrun.fault;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichedCounterTest {

    private static Instant receivedAt(String json) {
        return EnrichedCounter.receivedAt(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheTopLevelReceivedAtPastTheArticle() {
        String event = """
                {"id":"fault-run-1","ninjs":{"headline":"Port strike","body_text":"a \\"receivedAt\\" in the text",
                 "subject":[{"name":"x","receivedAt":"1999-01-01T00:00:00Z"}],"version":"1"},
                 "source":{"id":"fault-run"},"receivedAt":"2026-12-07T18:30:00.125Z","enrichment":{"entities":[]}}
                """;

        assertThat(receivedAt(event)).isEqualTo(Instant.parse("2026-12-07T18:30:00.125Z"));
    }

    @Test
    void answersNullWhenThereIsNone() {
        assertThat(receivedAt("{\"id\":\"a\",\"ninjs\":{\"receivedAt\":\"2026-12-07T18:30:00Z\"}}")).isNull();
        assertThat(receivedAt("{\"id\":\"a\",\"receivedAt\":17}")).isNull();
        assertThat(receivedAt("[1,2]")).isNull();
    }
}
