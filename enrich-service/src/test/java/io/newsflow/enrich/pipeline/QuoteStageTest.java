package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.Quote;
import io.newsflow.common.schema.EventSchemaValidator;
import io.newsflow.common.serde.JsonEventSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who said each quotation: the rules on articles written for the test, with the entities given by hand so that
 * each rule is seen without the tagger's own choices, and the stage in the pipeline with the real tagger.
 */
class QuoteStageTest {
    private final CleanStage clean = new CleanStage();
    private final SegmentStage segment = new SegmentStage();

    @BeforeAll
    static void loadModels() {
        CoreNlpModels.segmenter();
        CoreNlpModels.ner();
    }

    @Test
    void aNameBeforeOrAfterTheVerbOfSayingIsTheSpeaker() {
        List<Quote> quotes = find("Port strike", """
                “We will stay out,” said Joost Smit. “The companies can pay,” Marieke van Dam told reporters.

                Henk Brouwer said: “Cargo goes elsewhere.”""",
                "PERSON:Joost Smit", "PERSON:Marieke van Dam", "PERSON:Henk Brouwer");

        assertThat(quotes).extracting(Quote::speakerName)
                .containsExactly("Joost Smit", "Marieke van Dam", "Henk Brouwer");
        assertThat(quotes).extracting(Quote::attribution).containsOnly("named");
    }

    @Test
    void theSpeakerAfterAccordingToAndOfAPartialQuote() {
        List<Quote> quotes = find("Rates", """
                Ortiz called the plan “a disaster” on Monday.

                The bank will act “within days,” according to Claudia Moretti.""",
                "PERSON:Ortiz", "PERSON:Claudia Moretti");

        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Ortiz", "Claudia Moretti");
    }

    @Test
    void aPersonNamedBesideAnOrganisationIsTheSpeaker() {
        List<Quote> quotes = find("Port strike", """
                “Patience has not paid the rent,” Marieke van Dam, president of the Federation of Port Workers, \
                told reporters.""",
                "PERSON:Marieke van Dam", "ORGANIZATION:Federation of Port Workers");

        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Marieke van Dam");
    }

    @Test
    void aPronounIsTheFirstPersonOfTheLastSentenceNamingOne() {
        List<Quote> quotes = find("Court", """
                Greer spoke after Kowalski was sentenced.

                “My client will not appeal,” he said.""",
                "PERSON:Greer", "PERSON:Kowalski");

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.speakerName()).isEqualTo("Greer");
            assertThat(quote.attribution()).isEqualTo("pronoun");
        });
    }

    @Test
    void aTitleIsThePersonLastGivenIt() {
        List<Quote> quotes = find("Budget", """
                Finance Minister Otto Lambrecht met Beate Sommer on Monday.

                “Price stability comes first,” the minister said.""",
                "PERSON:Otto Lambrecht", "PERSON:Beate Sommer");

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.speakerName()).isEqualTo("Otto Lambrecht");
            assertThat(quote.attribution()).isEqualTo("title");
        });
    }

    @Test
    void aSpeakerIntroducedWithoutANameStaysUnnamedWithTheDescription() {
        List<Quote> quotes = find("Budget", """
                Otto Lambrecht spoke first. A senior official said the plan was “dead on arrival.”

                “Nobody wins a long strike,” the official said.""",
                "PERSON:Otto Lambrecht");

        assertThat(quotes).extracting(Quote::speakerId).containsOnlyNulls();
        assertThat(quotes).extracting(Quote::speakerDescription).containsExactly("A senior official", "the official");
        assertThat(quotes).extracting(Quote::attribution).containsOnly("unnamed");
    }

    @Test
    void aVerbInTheSentenceAfterAQuestionMarkStillNamesTheSpeaker() {
        List<Quote> quotes = find("Invasion", """
                Trump met McMaster. “Why don't we just invade?” Trump asked. “It worked before.”""",
                "PERSON:Trump", "PERSON:McMaster");

        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Trump", "Trump");
    }

    @Test
    void reportedSpeechBelongsToWhoReportsIt() {
        List<Quote> quotes = find("Caracas", """
                A spokesman said that Maduro would comment “at the right moment.”""",
                "PERSON:Maduro");

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.speakerId()).isNull();
            assertThat(quote.speakerDescription()).isEqualTo("A spokesman");
        });
    }

    @Test
    void aRelativeClauseSpeaksForTheOneItIsAbout() {
        List<Quote> quotes = find("Caracas", """
                Trump met aides. The talks were secret, according to one senior official, who described them as                 “all listening.”""",
                "PERSON:Trump");

        assertThat(quotes).extracting(Quote::speakerDescription).containsExactly("one senior official");
    }

    @Test
    void aStatementSpeaksForItsAuthorQuotedJustBefore() {
        List<Quote> quotes = find("Caracas", """
                Garrett Marquis said in a statement that “the government listens.”

                “Our policy is unchanged,” the statement said.""",
                "PERSON:Garrett Marquis");

        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Garrett Marquis", "Garrett Marquis");
    }

    @Test
    void soCalledIsNoVerbOfSaying() {
        List<Quote> quotes = find("Plan", "Ortiz met Roe. The so-called “peace plan” failed.",
                "PERSON:Ortiz", "PERSON:Roe");

        assertThat(quotes).singleElement().satisfies(quote -> assertThat(quote.attribution()).isEqualTo("none"));
    }

    @Test
    void aQuotationWithoutACueContinuesTheSpeakerBeforeIt() {
        List<Quote> quotes = find("Cup", """
                “I just guessed,” Sam Otieno said. “So I did.”

                “It worked.”

                The match ended late.""",
                "PERSON:Sam Otieno");

        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Sam Otieno", "Sam Otieno", "Sam Otieno");
        assertThat(quotes).extracting(Quote::attribution).containsExactly("named", "previous-quote", "previous-quote");
    }

    @Test
    void aParagraphEndingInAColonIntroducesTheQuotationAfterIt() {
        List<Quote> quotes = find("Arizona plant", """
                Governor Alicia Duarte told reporters on Monday:

                “We competed with three other states and we won.”""",
                "PERSON:Alicia Duarte");

        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Alicia Duarte");
    }

    @Test
    void aHeadlineQuotationTakesTheSpeakerOfTheBodyQuotingTheSameWords() {
        List<Quote> quotes = find("Union leader says ‘we will not back down’", """
                “We will not back down,” Marieke van Dam said on Tuesday.""",
                "PERSON:Marieke van Dam");

        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Marieke van Dam", "Marieke van Dam");
        assertThat(quotes).extracting(Quote::attribution).containsExactly("repeated", "named");
    }

    @Test
    void theOffsetsPointAtTheQuotedWords() {
        CleanedText cleaned = clean.clean("Rates", "Ortiz said: “Not yet.”");

        List<Quote> quotes = QuoteStage.find(cleaned, segment.segment(cleaned.text()).sentences(), List.of());

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(cleaned.text().substring(quote.start(), quote.end())).isEqualTo("Not yet.");
            assertThat(quote.text()).isEqualTo("Not yet.");
            assertThat(quote.index()).isZero();
            assertThat(quote.attribution()).isEqualTo("unnamed");
        });
    }

    @Test
    void inThePipelineEachSpeakerListsItsQuotes() {
        EnrichmentPipeline pipeline = new EnrichmentPipeline(List.of(new CleanStage(), new LanguageStage(),
                new SegmentStage(), new NerStage(), new EntityStage(), new QuoteStage()));

        EnrichedArticleEvent event = pipeline.enrich(TestArticles.raw("test-wire:q1", "Chipmaker to build plant in Arizona",
                "Veridian Semiconductor will build a chip factory near Phoenix, the company said on Monday.\n\n"
                        + "\"This is the largest investment in our history,\" Chief Executive Kenji Morita said at "
                        + "a ceremony. \"We are betting on American manufacturing.\"\n\n"
                        + "Governor Alicia Duarte called the plant \"a game changer for Arizona.\""));

        Enrichment enrichment = event.enrichment();
        assertThat(enrichment.stagesRun()).contains("quotes");
        assertThat(enrichment.quotes()).extracting(Quote::speakerName)
                .containsExactly("Kenji Morita", "Kenji Morita", "Alicia Duarte");
        Enrichment.Entity morita = enrichment.entities().stream()
                .filter(e -> e.canonicalName().equals("Kenji Morita")).findFirst().orElseThrow();
        assertThat(morita.quotes()).containsExactly(0, 1);
        assertThat(enrichment.quotes().get(0).speakerId()).isEqualTo(morita.id());
        assertThat(enrichment.entities()).filteredOn(e -> e.type().equals("LOCATION"))
                .allSatisfy(e -> assertThat(e.quotes()).isNull());
    }

    @Test
    void theWholePipelineKeepsEachSpeakersQuotesAndMeetsTheSchema() {
        EnrichedArticleEvent event = EnrichmentPipeline.createDefault().enrich(TestArticles.raw("test-wire:q2",
                "Governor says plant is 'a game changer'",
                "Governor Alicia Duarte called the plant \"a game changer\" on Monday.\n\n"
                        + "A spokesperson for the water utility said its use was \"carefully planned.\""));

        Enrichment enrichment = event.enrichment();
        assertThat(enrichment.quotes()).extracting(Quote::attribution)
                .containsExactly("repeated", "named", "unnamed");
        assertThat(enrichment.entities()).filteredOn(e -> e.canonicalName().equals("Alicia Duarte"))
                .singleElement().satisfies(duarte -> {
                    assertThat(duarte.quotes()).containsExactly(0, 1);
                    assertThat(duarte.sentiment()).isNotNull();
                });
        new EventSchemaValidator().assertValidEnriched(new JsonEventSerializer<EnrichedArticleEvent>()
                .serialize("t", event));
    }

    @Test
    void messyMarksNeverBreakTheStage() {
        String[] pieces = {"\"", "“", "”", "'", "‘", "’", " ", " ", "\n\n", ",", ".", ":", " said ", " he ",
                " the spokesman ", "Ortiz", " according to ", "who", "a", "Roe's", "-", "so-called "};
        java.util.Random random = new java.util.Random(20261207);
        for (int article = 0; article < 300; article++) {
            StringBuilder body = new StringBuilder("Start");
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            body.append(" end.");
            List<Quote> quotes = find("Head'line \"" + article, body.toString(), "PERSON:Ortiz", "PERSON:Roe");

            String text = clean.clean("Head'line \"" + article, body.toString()).text();
            assertThat(quotes).allSatisfy(quote -> {
                assertThat(quote.start()).isLessThan(quote.end());
                assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
            });
        }
    }

    /** Runs the rules on the article with the entities given as {@code TYPE:Name}, each at every occurrence. */
    private List<Quote> find(String headline, String body, String... entities) {
        CleanedText cleaned = clean.clean(headline, body);
        List<Enrichment.Sentence> sentences = segment.segment(cleaned.text()).sentences();
        List<Enrichment.Entity> given = new ArrayList<>();
        for (String entity : entities) {
            String[] typeAndName = entity.split(":", 2);
            List<Enrichment.Mention> mentions = new ArrayList<>();
            Matcher at = Pattern.compile("\\b" + Pattern.quote(typeAndName[1]) + "\\b").matcher(cleaned.text());
            while (at.find()) {
                int start = at.start();
                int sentence = sentences.stream().filter(s -> s.start() <= start && start < s.end())
                        .findFirst().orElseThrow().index();
                mentions.add(new Enrichment.Mention(start, at.end(), at.group(), sentence));
            }
            mentions.sort(Comparator.comparingInt(Enrichment.Mention::start));
            given.add(new Enrichment.Entity("E" + (given.size() + 1), typeAndName[0], typeAndName[1],
                    1.0 / entities.length, mentions));
        }
        return QuoteStage.find(cleaned, sentences, given);
    }
}
