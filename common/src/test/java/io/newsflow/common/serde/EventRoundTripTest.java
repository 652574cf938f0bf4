package io.newsflow.common.serde;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Expression;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SampleEvents;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsReader;
import io.newsflow.common.schema.EventSchemaValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventRoundTripTest {
    private static final String TOPIC = "newsflow.test";

    private final JsonEventSerializer<Object> serializer = new JsonEventSerializer<>();

    @Test
    void rawEventSurvivesSerializerAndDeserializerUnchanged() {
        RawArticleEvent event = SampleEvents.raw();

        byte[] value = serializer.serialize(TOPIC, event);

        assertThat(new RawArticleEventDeserializer().deserialize(TOPIC, value)).isEqualTo(event);
    }

    @Test
    void enrichedEventSurvivesSerializerAndDeserializerUnchanged() {
        EnrichedArticleEvent event = SampleEvents.enriched();

        byte[] value = serializer.serialize(TOPIC, event);

        assertThat(new EnrichedArticleEventDeserializer().deserialize(TOPIC, value)).isEqualTo(event);
    }

    @Test
    void moneyAndPercentValuesAreWrittenAsPlainNumbersAndReadBackEqual() {
        Expression money = Expression.money(0, 6, "£3.2bn", 0, new BigDecimal("3200000000"), "GBP");
        Expression percent = Expression.percent(10, 31, "half a percentage point", 0, new BigDecimal("0.5"), true);

        String json = new String(serializer.serialize(TOPIC, List.of(money, percent)), StandardCharsets.UTF_8);

        assertThat(json).contains("\"amount\":3200000000", "\"currency\":\"GBP\"", "\"percent\":0.5",
                "\"percentagePoints\":true").doesNotContain("\"date\"");
        assertThat(EventJson.mapper().readValue(json, Expression[].class)).containsExactly(money, percent);
    }

    @Test
    void enrichedEventWrittenBeforeExpressionsExistedReadsWithNone() {
        String json = new String(serializer.serialize(TOPIC, SampleEvents.enriched()), StandardCharsets.UTF_8)
                .replaceFirst(",\"expressions\":\\[[^\\]]*\\]", "");

        EnrichedArticleEvent back = new EnrichedArticleEventDeserializer().deserialize(TOPIC,
                json.getBytes(StandardCharsets.UTF_8));

        assertThat(json).doesNotContain("expressions");
        assertThat(back.enrichment().expressions()).isEmpty();
    }

    @Test
    void ninjsPropertiesNewsflowDoesNotModelSurviveTheRoundTrip() {
        String upstream = """
                {
                  "uri": "urn:vestvik-post:item:20250408-0042",
                  "type": "text",
                  "versionCreated": "2025-04-08T09:15:00Z",
                  "slugline": "vestvik-night-ferry",
                  "urgency": 3,
                  "altIds": [{"role": "desk", "value": "VP-0042"}],
                  "headlines": [{"role": "main", "value": "Night ferry trial approved"}],
                  "bodies": [{"contentType": "text/plain", "charCount": 38, "value": "The trial starts in March, the board said."}],
                  "places": [{"name": "Vestvik", "geoJSON": {"type": "Point", "coordinates": [5.32, 60.39]}}]
                }""";
        NinjsItem item = new NinjsReader().read(upstream);
        RawArticleEvent event = new RawArticleEvent("vestvik-post:urn:vestvik-post:item:20250408-0042", item,
                SampleEvents.raw().source(), SampleEvents.raw().receivedAt(), SampleEvents.raw().contentHash());

        byte[] value = serializer.serialize(TOPIC, event);
        RawArticleEvent back = new RawArticleEventDeserializer().deserialize(TOPIC, value);

        assertThat(back).isEqualTo(event);
        assertThat(back.ninjs().otherProperties())
                .containsEntry("slugline", "vestvik-night-ferry")
                .containsEntry("urgency", 3)
                .containsEntry("altIds", List.of(Map.of("role", "desk", "value", "VP-0042")));
        assertThat(back.ninjs().bodies().get(0).otherProperties()).containsEntry("charCount", 38);
        assertThat(back.ninjs().places().get(0).otherProperties()).containsKey("geoJSON");
        JsonNode written = EventJson.mapper().readTree(value).get("ninjs");
        assertThat(written).isEqualTo(EventJson.mapper().readTree(upstream));
        assertThat(new EventSchemaValidator().validateRaw(new String(value, StandardCharsets.UTF_8))).isEmpty();
    }
}
