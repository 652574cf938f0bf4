package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.ninjs.NinjsSubject;
import io.newsflow.common.ninjs.PubStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole pipeline, with the real CoreNLP model, on a wire story written for this test
 * ({@code pipeline/wire-story-drought.txt}): a president named in full and then by surname, an organisation,
 * a capital and a country, plus a byline, a photo caption, related links and a contributor line.
 */
class EnrichmentPipelineTest {
    private static final List<String> STAGES = List.of("clean", "language", "segment", "ner", "entities",
            "linking", "places", "quotes", "expressions", "topics", "sentiment", "ninjs");

    private static EnrichmentPipeline pipeline;
    private static RawArticleEvent wireStory;
    private static EnrichedArticleEvent enriched;

    @BeforeAll
    static void enrichTheWireStory() {
        pipeline = EnrichmentPipeline.createDefault();
        wireStory = TestArticles.fromResource("test-wire:drought-1", "/pipeline/wire-story-drought.txt");
        enriched = pipeline.enrich(wireStory);
    }

    @Test
    void describesEachStageWithWhatItReadsAndWrites() {
        assertThat(pipeline.describe()).hasSize(STAGES.size()).allSatisfy(line ->
                assertThat(line).matches("[a-z]+: [a-z.A-Z]+(, [a-z.A-Z]+)* -> [a-z.A-Z]+(, [a-z.A-Z]+)*"));
        assertThat(pipeline.describe()).extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactlyElementsOf(STAGES);
        assertThat(pipeline.describe().get(0)).isEqualTo("clean: ninjs.headlines, ninjs.bodies -> cleanedText, "
                + "paragraphs, removed");
    }

    @Test
    void namesThePresidentInFullAndJoinsTheSurnameMentionsToHim() {
        List<Enrichment.Entity> ortiz = entities().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains("Ortiz"))).toList();

        assertThat(ortiz).singleElement().satisfies(person -> {
            assertThat(person.type()).isEqualTo("PERSON");
            assertThat(person.canonicalName()).isEqualTo("Daniel Ortiz");
            assertThat(person.mentions()).extracting(Enrichment.Mention::text)
                    .contains("Daniel Ortiz", "Ortiz").doesNotContain("President Daniel Ortiz");
        });
    }

    @Test
    void fillsNinjsPeopleOrganisationsAndPlaces() {
        assertThat(enriched.ninjs().people()).extracting(NinjsEntityRef::name).containsExactly("Daniel Ortiz");
        assertThat(enriched.ninjs().organisations()).extracting(NinjsEntityRef::name)
                .containsExactly("Inter-American Development Bank");
        assertThat(enriched.ninjs().places()).extracting(NinjsEntityRef::name)
                .contains("Paraguay", "Asunción").doesNotContain("Paraguay’s", "ASUNCIÓN");
        assertThat(enriched.ninjs().people().get(0).rel()).isEqualTo("about");
        assertThat(enriched.ninjs().people().get(0).literal()).isEqualTo(entityNamed("Daniel Ortiz").id());
    }

    @Test
    void leavesNamesFromBylineCaptionAndContributorLineOut() {
        assertThat(enriched.enrichment().cleanedText())
                .doesNotContain("Laura Mendes", "Marta Leiva", "Ana Ruiz", "Pedro Gomes", "South America");
        assertThat(enriched.enrichment().removed()).extracting(Enrichment.RemovedSegment::kind)
                .containsExactly("byline", "caption", "related", "related", "contributor");
    }

    @Test
    void findsNoPronounEntities() {
        assertThat(entities()).flatExtracting(Enrichment.Entity::mentions).extracting(Enrichment.Mention::text)
                .isNotEmpty().noneMatch(text -> List.of("he", "she", "they", "it", "we").contains(text.toLowerCase()));
    }

    @Test
    void salienceSumsToOneAndIdsFollowIt() {
        assertThat(entities().stream().mapToDouble(Enrichment.Entity::salience).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(entities()).extracting(Enrichment.Entity::salience)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        for (int i = 0; i < entities().size(); i++) {
            assertThat(entities().get(i).id()).isEqualTo("E" + (i + 1));
        }
        assertThat(entities().get(0).canonicalName()).isEqualTo("Daniel Ortiz");
    }

    @Test
    void offsetsPointIntoCleanedText() {
        Enrichment enrichment = enriched.enrichment();
        String text = enrichment.cleanedText();
        assertThat(entities()).flatExtracting(Enrichment.Entity::mentions).isNotEmpty().allSatisfy(mention -> {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            Enrichment.Sentence sentence = enrichment.sentences().get(mention.sentence());
            assertThat(mention.start()).isBetween(sentence.start(), sentence.end());
            assertThat(mention.end()).isBetween(sentence.start(), sentence.end());
        });
    }

    @Test
    void startsCleanedTextWithTheHeadlineAsASentenceOfItsOwn() {
        Enrichment enrichment = enriched.enrichment();
        String headline = "Ortiz orders water rationing as drought grips Paraguay";

        assertThat(enrichment.cleanedText()).startsWith(headline + "\n\nASUNCIÓN, Paraguay — President");
        assertThat(enrichment.sentences().get(0)).extracting(Enrichment.Sentence::index, Enrichment.Sentence::start,
                Enrichment.Sentence::end).containsExactly(0, 0, headline.length());
        assertThat(enrichment.tokenCount()).isGreaterThan(enrichment.sentences().size());
    }

    @Test
    void recordsVersionsStagesAndTimings() {
        Enrichment enrichment = enriched.enrichment();

        assertThat(enrichment.pipelineVersion()).isEqualTo(EnrichmentPipeline.PIPELINE_VERSION);
        assertThat(enrichment.modelVersions()).containsOnlyKeys("language", "ner", "linking", "places", "topics", "sentiment");
        assertThat(enrichment.modelVersions().get("ner"))
                .matches("corenlp-\\d+\\.\\d+\\.\\d+/english\\.conll\\.4class\\.distsim");
        assertThat(enrichment.stagesRun()).containsExactlyElementsOf(STAGES);
        assertThat(enrichment.stageMillis().keySet()).containsExactlyElementsOf(STAGES);
        assertThat(enrichment.stageMillis().values()).allSatisfy(ms -> assertThat(ms).isNotNegative());
    }

    @Test
    void keepsTheEventIdentityAndTheRestOfTheItem() {
        assertThat(enriched.id()).isEqualTo(wireStory.id());
        assertThat(enriched.source()).isEqualTo(wireStory.source());
        assertThat(enriched.receivedAt()).isEqualTo(wireStory.receivedAt());
        assertThat(enriched.contentHash()).isEqualTo(wireStory.contentHash());
        assertThat(enriched.ninjs().withEntities(List.of(), List.of(), List.of()).withSubjects(List.of()))
                .isEqualTo(wireStory.ninjs());
    }

    @Test
    void filesTheTopicsInTheEnrichmentBlockAndAsNinjsSubjects() {
        List<Enrichment.Topic> topics = enriched.enrichment().topics();

        assertThat(topics).isNotEmpty();
        assertThat(topics.get(0).level()).isEqualTo(1);
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.qcode()).matches("medtop:\\d{8}");
            assertThat(topic.confidence()).isBetween(0.0, 1.0);
            assertThat(topic.relevance()).isBetween(0.0, 1.0);
        });
        assertThat(enriched.ninjs().subjects()).extracting(NinjsSubject::literal)
                .containsExactlyElementsOf(topics.stream().map(Enrichment.Topic::qcode).toList());
        assertThat(enriched.ninjs().subjects()).allSatisfy(subject -> {
            assertThat(subject.uri()).startsWith("http://cv.iptc.org/newscodes/mediatopic/");
            assertThat(subject.creator()).isEqualTo(enriched.enrichment().modelVersions().get("topics"));
        });
    }

    @Test
    void givesTheArticleAToneAndEverySentenceAndEntityASentiment() {
        Enrichment enrichment = enriched.enrichment();

        assertThat(enrichment.tone().score()).isBetween(-1.0, 1.0);
        assertThat(enrichment.tone().wordCount()).isPositive();
        assertThat(enrichment.sentences()).allSatisfy(sentence -> assertSentiment(sentence.sentiment()));
        assertThat(enrichment.entities()).allSatisfy(entity -> assertSentiment(entity.sentiment()));
    }

    private static void assertSentiment(Enrichment.Sentiment sentiment) {
        assertThat(sentiment).isNotNull();
        assertThat(sentiment.negative() + sentiment.neutral() + sentiment.positive()).isCloseTo(1.0, within(1e-6));
        assertThat(sentiment.score()).isCloseTo(sentiment.positive() - sentiment.negative(), within(1e-6));
        assertThat(sentiment.label()).isIn("negative", "neutral", "positive");
    }

    @Test
    void enrichesAnArticleThatIsOnlyAHeadline() {
        EnrichedArticleEvent flash = pipeline.enrich(TestArticles.raw("test-wire:flash-1",
                "Ortiz declares state of emergency in Paraguay", null));

        assertThat(flash.enrichment().cleanedText()).isEqualTo("Ortiz declares state of emergency in Paraguay");
        assertThat(flash.ninjs().places()).extracting(NinjsEntityRef::name).contains("Paraguay");
    }

    @Test
    void passesRetractionThroughWithoutLanguageProcessing() {
        RawArticleEvent kill = TestArticles.raw("test-wire:drought-1",
                TestArticles.item("Ortiz orders water rationing", "Withdrawn.", PubStatus.CANCELED));

        EnrichedArticleEvent passed = pipeline.enrich(kill);

        assertThat(passed.ninjs()).isEqualTo(kill.ninjs());
        assertThat(passed.enrichment().stagesRun()).containsExactly(EnrichmentPipeline.RETRACTION_PASSTHROUGH);
        assertThat(passed.enrichment().cleanedText()).isNull();
        assertThat(passed.enrichment().entities()).isEmpty();
        assertThat(passed.enrichment().pipelineVersion()).isEqualTo(EnrichmentPipeline.PIPELINE_VERSION);
    }

    @Test
    void rejectsArticleWithNeitherHeadlineNorBody() {
        assertThatThrownBy(() -> pipeline.enrich(TestArticles.raw("test-wire:empty-1", null, "  ")))
                .isInstanceOf(UnprocessableArticleException.class)
                .hasMessageContaining("test-wire:empty-1").hasMessageContaining("neither a headline nor body text")
                .extracting(e -> ((UnprocessableArticleException) e).articleId()).isEqualTo("test-wire:empty-1");
    }

    @Test
    void rejectsArticleWhoseBodyIsOnlyPageChrome() {
        assertThatThrownBy(() -> pipeline.enrich(TestArticles.raw("test-wire:chrome-1", null,
                "Share\n\nBy Laura Mendes\n\nRead more: Other news")))
                .isInstanceOf(UnprocessableArticleException.class)
                .hasMessageContaining("once page chrome and captions are removed");
    }

    @Test
    void rejectsEventWithoutNinjsItem() {
        assertThatThrownBy(() -> pipeline.enrich(TestArticles.raw("test-wire:bare-1", null)))
                .isInstanceOf(UnprocessableArticleException.class).hasMessageContaining("no ninjs item");
    }

    @Test
    void givesTheSameResultsWhenCalledFromManyThreadsAtOnce() throws Exception {
        List<RawArticleEvent> articles = List.of(wireStory,
                TestArticles.raw("test-wire:a", "Roe meets Lindqvist in Oslo",
                        "Prime Minister Ann Roe met Greta Lindqvist of the Nordic Council in Oslo on Friday. "
                                + "Roe said the talks went well."),
                TestArticles.raw("test-wire:b", "Berg leaves Acme Corp",
                        "Tomas Berg resigned from Acme Corp in Chicago, the company said. Berg did not comment."));
        Map<String, List<Enrichment.Entity>> expected = new HashMap<>();
        for (RawArticleEvent article : articles) {
            expected.put(article.id(), pipeline.enrich(article).enrichment().entities());
        }
        assertThat(expected.values()).allSatisfy(entities -> assertThat(entities).hasSizeGreaterThan(1));

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<EnrichedArticleEvent>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                RawArticleEvent article = articles.get(i % articles.size());
                results.add(threads.submit(() -> pipeline.enrich(article)));
            }
            for (Future<EnrichedArticleEvent> result : results) {
                EnrichedArticleEvent event = result.get();
                assertThat(event.enrichment().entities()).isEqualTo(expected.get(event.id()));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void refusesAStageOrderInWhichAStageReadsWhatNoEarlierStageWrites() {
        List<PipelineStage> segmentBeforeClean = List.of(new SegmentStage(), new CleanStage(), new NerStage(),
                new EntityStage(), new NinjsStage("newsflow-topics-test"));

        assertThatThrownBy(() -> new EnrichmentPipeline(segmentBeforeClean))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'segment' reads 'cleanedText'");
    }

    private static List<Enrichment.Entity> entities() {
        return enriched.enrichment().entities();
    }

    private static Enrichment.Entity entityNamed(String canonicalName) {
        return entities().stream().filter(e -> e.canonicalName().equals(canonicalName)).findFirst().orElseThrow();
    }
}
