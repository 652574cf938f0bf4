package io.newsflow.trends.article;

import io.newsflow.trends.EnrichedEventJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichedArticleReaderTest {
    private static final Instant PUBLISHED = Instant.parse("2026-12-07T10:20:00Z");

    @Test
    void readsWhereAPlaceIs() {
        byte[] event = EnrichedEventJson.article("reuters:1", "1", PUBLISHED).text("Port strike", "Dockers in ...")
                .place("Rotterdam", 3, "city", "NL", 51.9225, 4.47917)
                .entity("PERSON", "Frans Timmermans", 1, 0.1).bytes();

        EnrichedArticle article = EnrichedArticleReader.read(event, "e1");

        assertThat(article.entities()).extracting(ArticleEntity::geo)
                .containsExactly(new PlaceGeo("city", "NL", 51.9225, 4.47917), null);
    }

    @Test
    void ignoresAGeoWithoutCoordinatesOrOutOfRange() {
        String event = new String(EnrichedEventJson.article("reuters:1", "1", PUBLISHED)
                .place("Nowhere", 1, "city", "NL", 91.0, 4.0).place("Elsewhere", 1, "country", "FR", 48.85, 2.35).bytes(),
                StandardCharsets.UTF_8).replace("\"latitude\":48.85", "\"latitude\":\"north\"");

        EnrichedArticle article = EnrichedArticleReader.read(event.getBytes(StandardCharsets.UTF_8), "e1");

        assertThat(article.entities()).extracting(ArticleEntity::geo).containsOnlyNulls();
    }

    @Test
    void leavesDatesMoneyAndPercentagesOutOfTheEntitiesItCounts() {
        // enrichment.expressions (docs/event-contract.md, ADR 0026) are values, not things: no trend counts them
        String event = """
                {"id": "wire:bank", "ninjs": {"version": "1", "firstCreated": "2026-12-07T10:20:00Z",
                  "headlines": [{"role": "main", "value": "Eurobank profit falls 12 percent"}]},
                 "enrichment": {
                  "cleanedText": "Eurobank profit falls 12 percent on Monday to $5 million",
                  "entities": [
                    {"id": "E1", "type": "ORGANIZATION", "canonicalName": "Eurobank", "mentions": [{}]}],
                  "expressions": [
                    {"type": "PERCENT", "start": 22, "end": 32, "text": "12 percent", "sentence": 0, "percent": 12},
                    {"type": "DATE", "start": 36, "end": 42, "text": "Monday", "sentence": 0, "date": "2026-12-07"},
                    {"type": "MONEY", "start": 46, "end": 57, "text": "$5 million", "sentence": 0,
                     "amount": 5000000, "currency": "USD"}]}}
                """;

        EnrichedArticle article = EnrichedArticleReader.read(event.getBytes(StandardCharsets.UTF_8), "e1");

        assertThat(article.entities()).extracting(ArticleEntity::name).containsExactly("Eurobank");
    }

    @Test
    void readsTheQuotesOfNamedSpeakersUnderTheSpeakersEntityKey() {
        // the shape enrich writes (docs/event-contract.md, README's port-strike sample): a linked speaker, an
        // unlinked one with a speakerKey only, and a speaker the article only describes
        String event = """
                {"id": "wire:port", "ninjs": {"version": "1", "firstCreated": "2026-12-07T10:20:00Z",
                  "headlines": [{"role": "main", "value": "Port strike"}]},
                 "enrichment": {
                  "entities": [
                    {"id": "E1", "type": "PERSON", "canonicalName": "Pieter van Dalen", "key": "person:pieter van dalen",
                     "mentions": [{}], "quotes": [0, 2]},
                    {"id": "E2", "type": "ORGANIZATION", "canonicalName": "Port of Rotterdam", "mentions": [{}]}],
                  "quotes": [
                    {"index": 0, "start": 0, "end": 9, "text": "We refuse.", "speakerId": "E1",
                     "speakerKey": "person:pieter van dalen", "speakerName": "Pieter van Dalen", "attribution": "named"},
                    {"index": 1, "start": 20, "end": 30, "text": "Talks failed.",
                     "speakerDescription": "a senior official", "attribution": "unnamed"},
                    {"index": 2, "start": 40, "end": 50, "text": "Not this week.", "speakerId": "E1",
                     "speakerName": "Pieter van Dalen", "attribution": "pronoun"},
                    {"index": 3, "start": 60, "end": 70, "text": "Ships wait.", "speakerId": "E2",
                     "speakerName": "Port of Rotterdam", "attribution": "named"}]}}
                """;

        EnrichedArticle article = EnrichedArticleReader.read(event.getBytes(StandardCharsets.UTF_8), "e1");

        assertThat(article.quotes()).containsExactly(
                new ArticleQuote("person:pieter van dalen", "Pieter van Dalen", "We refuse."),
                new ArticleQuote("person:pieter van dalen", "Pieter van Dalen", "Not this week."),
                new ArticleQuote("ORGANIZATION:port of rotterdam", "Port of Rotterdam", "Ships wait."));
        assertThat(article.quotes()).extracting(ArticleQuote::speakerKey)
                .as("the keys the entity trends count the speakers under")
                .isSubsetOf(article.entities().stream().map(ArticleEntity::key).toList());
    }
}
