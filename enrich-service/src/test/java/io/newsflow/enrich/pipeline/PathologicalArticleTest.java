package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.NewsflowTopics;
import io.newsflow.common.schema.EventSchemaValidator;
import io.newsflow.common.serde.JsonEventSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles built to make a stage work without end: one 200,000-character sentence, 5,000 quotation marks,
 * 10,000 capitalised words. The stages' budgets ({@link StageBudgets}) bound the work; what they leave out is
 * named in {@code enrichment.skipped}, and the event stays valid. (How long each takes is measured by the bench
 * figures in docs/benchmarks.md, not here.)
 */
class PathologicalArticleTest {
    private static final List<String> WORDS = List.of("the", "port", "said", "on", "tuesday", "that", "ships",
            "would", "wait", "while", "union", "and", "authority", "talked", "about", "pay");
    private static final List<String> NAMES = List.of("Lisbon", "Porto", "Maria", "Silva", "Santos", "Costa",
            "Ferreira", "Almeida", "Ribeiro", "Carvalho", "Lopes", "Pereira", "Oliveira", "Martins", "Gomes");

    private static EnrichmentPipeline pipeline;

    @BeforeAll
    static void loadThePipeline() {
        pipeline = EnrichmentPipeline.createDefault();
    }

    @Test
    void leavesASentenceOf200000CharactersUnlabelledAndSaysSo() {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; sentence.length() < 200_000; i++) {
            sentence.append(WORDS.get(i * 7 % WORDS.size())).append(' ');
        }
        String body = sentence.substring(0, 200_000).strip() + ". The Port of Lisbon reopened, Maria Silva said.";

        Enrichment enrichment = enrichValid("test-wire:long-sentence-1", "One long sentence", body);

        assertThat(enrichment.skipped()).extracting(Enrichment.Skipped::stage).containsExactly("ner");
        assertThat(enrichment.skipped().get(0).reason())
                .startsWith("1 sentence(s) not labelled: longer than " + StageBudgets.MAX_NER_SENTENCE_TOKENS);
        // the sentences within budget are still labelled
        assertThat(enrichment.entities()).extracting(Enrichment.Entity::canonicalName).contains("Maria Silva");
    }

    @Test
    void resolvesAtMostTheMentionBudgetOf10000CapitalisedWords() {
        // 1,250 sentences of eight capitalised words each, with enough small words to read as English
        String body = IntStream.range(0, 1_250)
                .mapToObj(i -> "The minister " + name(i) + " " + name(i + 1) + " met " + name(i + 2) + " "
                        + name(i + 3) + " and " + name(i + 4) + " " + name(i + 5) + " in " + name(i + 6) + " on "
                        + "Tuesday, the ministry said.")
                .collect(Collectors.joining(" "));
        assertThat(body.split("\\b\\p{Lu}")).hasSizeGreaterThan(10_000);

        Enrichment enrichment = enrichValid("test-wire:capitals-1", "Names", body);

        assertThat(enrichment.entities().stream().mapToInt(e -> e.mentions().size()).sum())
                .isLessThanOrEqualTo(StageBudgets.MAX_ENTITY_MENTIONS);
        assertThat(enrichment.skipped()).extracting(Enrichment.Skipped::stage).contains("entities");
        assertThat(enrichment.skipped()).filteredOn(s -> s.stage().equals("entities")).singleElement()
                .extracting(Enrichment.Skipped::reason).asString().endsWith("past the first "
                        + StageBudgets.MAX_ENTITY_MENTIONS + " of the article");
    }

    @Test
    void enrichesAnArticleOf5000QuotationMarks() {
        String body = IntStream.range(0, 1_250)
                .mapToObj(i -> i % 2 == 0 ? "The minister said \"we will act\" and \"we will not wait\"."
                        : "\"Yes,\" he said. \"No.\"")
                .collect(Collectors.joining(" "));
        assertThat(body.chars().filter(c -> c == '"').count()).isEqualTo(5_000);

        Enrichment enrichment = enrichValid("test-wire:quotes-1", "Quotes", body);

        assertThat(enrichment.sentences()).hasSizeGreaterThan(1_000);
        assertThat(enrichment.skipped()).isEmpty();
    }

    @Test
    void refusesATextLongerThanTheArticleBudget() {
        String body = "Word ".repeat(StageBudgets.MAX_ARTICLE_CHARS / 5 + 1);

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        pipeline.enrich(TestArticles.raw("test-wire:huge-1", "Huge", body)))
                .isInstanceOf(UnprocessableArticleException.class)
                .hasMessageContaining("more than the " + StageBudgets.MAX_ARTICLE_CHARS);
    }

    private static String name(int i) {
        return NAMES.get(i * 7 % NAMES.size());
    }

    private static Enrichment enrichValid(String id, String headline, String body) {
        EnrichedArticleEvent enriched = pipeline.enrich(TestArticles.raw(id, headline, body));
        new EventSchemaValidator().assertValidEnriched(
                new JsonEventSerializer<EnrichedArticleEvent>().serialize(NewsflowTopics.ENRICHED_ARTICLES, enriched));
        return enriched.enrichment();
    }
}
