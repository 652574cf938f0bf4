package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.Expression;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.ninjs.PubStatus;
import io.newsflow.common.schema.EventSchemaValidator;
import io.newsflow.common.serde.JsonEventSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The expression stage in a pipeline with the real tagger: what it writes, that it leaves the entities as they were,
 * that names the tagger found are no dates, and that the event keeps to its schema.
 */
class ExpressionStageTest {
    private static final String HEADLINE = "Harbour board approves $40 million ferry plan";
    private static final String BODY = "The Vestvik harbour board on Tuesday approved a plan worth $40 million "
            + "to run night ferries, raising fares 12 percent from April 1.\n\n"
            + "Mayor Ingrid May told the Sunday Times the first crossing would leave on Friday.";

    private EnrichmentPipeline pipeline(PipelineStage... last) {
        List<PipelineStage> stages = new ArrayList<>(List.of(new CleanStage(), new LanguageStage(),
                new SegmentStage(), new NerStage(), new EntityStage()));
        stages.addAll(List.of(last));
        return new EnrichmentPipeline(stages);
    }

    @Test
    void writesDatesMoneyAndPercentagesResolvedAgainstThePublicationDay() {
        Enrichment enrichment = pipeline(new ExpressionStage())
                .enrich(TestArticles.raw("test-wire:x1", HEADLINE, BODY)).enrichment();

        assertThat(enrichment.stagesRun()).endsWith("expressions");
        assertThat(enrichment.expressions()).extracting(Expression::type, Expression::text)
                .containsExactly(tuple("MONEY", "$40 million"),
                        tuple("DATE", "Tuesday"),
                        tuple("MONEY", "$40 million"),
                        tuple("PERCENT", "12 percent"),
                        tuple("DATE", "April 1"),
                        tuple("DATE", "Friday"));
        assertThat(enrichment.expressions()).extracting(Expression::date).containsExactly(null, "2024-03-05", null,
                null, "2024-04-01", "2024-03-08");
        assertThat(enrichment.expressions().get(0).amount()).isEqualByComparingTo(new BigDecimal("40000000"));
        assertThat(enrichment.expressions().get(0).currency()).isEqualTo("USD");
        assertThat(enrichment.expressions().get(3).percent()).isEqualByComparingTo("12");
        assertThat(enrichment.expressions()).allSatisfy(e -> {
            assertThat(enrichment.cleanedText().substring(e.start(), e.end())).isEqualTo(e.text());
            Enrichment.Sentence sentence = enrichment.sentences().get(e.sentence());
            assertThat(e.start()).isBetween(sentence.start(), sentence.end());
        });
    }

    @Test
    void leavesTheEntitiesAsTheyWere() {
        Enrichment without = pipeline().enrich(TestArticles.raw("test-wire:x2", HEADLINE, BODY)).enrichment();
        Enrichment with = pipeline(new ExpressionStage()).enrich(TestArticles.raw("test-wire:x2", HEADLINE, BODY))
                .enrichment();

        assertThat(with.entities()).isEqualTo(without.entities());
        assertThat(with.entities()).extracting(Enrichment.Entity::canonicalName)
                .doesNotContain("$40 million", "Tuesday", "April 1", "Friday");
    }

    @Test
    void theTaggersNamesAreNoDates() {
        Enrichment enrichment = pipeline(new ExpressionStage()).enrich(TestArticles.raw("test-wire:x3",
                "Sunday Times names new editor", "Theresa May praised Helen Sunday, who joins the paper on May 4."))
                .enrichment();

        assertThat(enrichment.expressions()).extracting(Expression::text).containsExactly("May 4");
    }

    @Test
    void anArticleWithoutAPublicationTimeGetsNoRelativeValues() {
        NinjsItem item = new NinjsItem("urn:test:undated", "text", "1", null, null, null, PubStatus.USABLE, "en",
                List.of(NinjsText.plain("Vote on Friday")), List.of(NinjsText.plain("The vote is on 3 June 2025 "
                + "and a second on Friday.")), null, null, null, null, null, null, null);

        Enrichment enrichment = pipeline(new ExpressionStage()).enrich(TestArticles.raw("test-wire:x4", item))
                .enrichment();

        assertThat(enrichment.expressions()).extracting(Expression::text, Expression::date).containsExactly(
                tuple("Friday", null),
                tuple("3 June 2025", "2025-06-03"),
                tuple("Friday", null));
    }

    @Test
    void theWholePipelineWritesExpressionsThatMeetTheSchema() {
        EnrichedArticleEvent event = EnrichmentPipeline.createDefault().enrich(TestArticles.raw("test-wire:x5",
                HEADLINE, BODY));

        byte[] json = new JsonEventSerializer<EnrichedArticleEvent>().serialize("t", event);
        new EventSchemaValidator().assertValidEnriched(json);
        assertThat(event.enrichment().stagesRun()).contains("quotes", "expressions", "topics");
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"amount\":40000000,\"currency\":\"USD\"");
    }
}
