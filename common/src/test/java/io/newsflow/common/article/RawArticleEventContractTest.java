package io.newsflow.common.article;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.schema.EventSchemaValidator;
import io.newsflow.common.serde.EventJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of input must come out as an event that passes the envelope schema and the official ninjs 3.1 schema. */
class RawArticleEventContractTest {
    private final RawArticleFactory factory = new RawArticleFactory(
            Clock.fixed(Instant.parse("2024-05-02T08:15:30.123456Z"), ZoneOffset.UTC), ArticleLimits.DEFAULTS);
    private final ArticleJsonReader reader = new ArticleJsonReader(factory);
    private final EventSchemaValidator validator = new EventSchemaValidator();

    private void assertPassesTheContract(RawArticleEvent event) {
        String json = EventJson.mapper().writeValueAsString(event);
        assertThat(validator.validateRaw(json)).as(json).isEmpty();
    }

    @Test
    void simpleArticleWithEveryFieldPassesTheContract() {
        assertPassesTheContract(factory.fromSimple(new SimpleArticle("Ferry strike ends", "Crews return on Friday.",
                "https://example.com/ferry?utm_source=x", null, "2024-05-01T09:30:00+02:00", "en-GB", "Ana Ruiz",
                null, "2"), "push"));
    }

    @Test
    void simpleArticleWithADateOnlyAndAGuidPassesTheContract() {
        assertPassesTheContract(factory.fromSimple(new SimpleArticle("Ferry strike ends", "Crews return.", null,
                "harbour-wire", "2024-05-01", null, null, "guid 42 with spaces", null), "push"));
    }

    @Test
    void minimalSimpleArticlePassesTheContract() {
        assertPassesTheContract(factory.fromSimple(new SimpleArticle("Ferry strike ends", "Crews return.", null,
                null, null, null, null, null, null), "push"));
    }

    @Test
    void ninjsItemPassesTheContract() {
        assertPassesTheContract(reader.read("""
                {"uri": "https://wire.example/items/77", "language": "de",
                 "headlines": [{"value": "Fährstreik beendet"}],
                 "bodies": [{"contentType": "text/plain", "value": "Die Besatzungen kehren zurück."}]}"""
                .getBytes(StandardCharsets.UTF_8), "wire"));
    }

    @Test
    void ninjsRetractionPassesTheContract() {
        assertPassesTheContract(reader.read("""
                {"uri": "https://wire.example/items/77", "version": "4", "pubStatus": "canceled"}"""
                .getBytes(StandardCharsets.UTF_8), "wire"));
    }

    @Test
    void plainTextPassesTheContract() {
        assertPassesTheContract(factory.fromPlainText("""
                The Harbour TimesNews Without Fear
                Ferry strike ends after three weeks
                By Ana Ruiz
                Crews return to the harbour ferries on Friday after the union accepted a new contract.
                """, "push"));
    }
}
