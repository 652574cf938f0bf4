package io.newsflow.enrich.sentiment;

import io.newsflow.enrich.training.sentiment.TrainSentimentCommand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The shipped model on sentences we wrote, each clearly negative, positive or neutral towards its people. */
class SentimentAnalyzerTest {
    private static final SentimentAnalyzer ANALYZER = SentimentAnalyzer.loadDefault();
    private static final String TWO_SIDES = "The brilliant Mayor Dalton won a landslide victory, while the disgraced "
            + "Governor Lindqvist faces fraud charges.";

    @Test
    void loadsTheShippedModelOnceFromTheClasspath() {
        assertThat(SentimentAnalyzer.loadDefault()).isSameAs(ANALYZER);
        assertThat(ANALYZER.modelVersion()).startsWith(TrainSentimentCommand.METHOD + " target-C=");
    }

    @Test
    void readsAccusationsAsNegativeTreatmentOfTheAccused() {
        Sentiment accused = target("Critics accused Mayor Dalton of corruption and lying to voters.",
                "Mayor Dalton");

        assertThat(accused.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(accused.score()).isLessThan(-0.5);
    }

    @Test
    void readsPraiseAsPositiveTreatment() {
        Sentiment praised = target("Senator Okafor was praised for her brave and honest leadership during "
                + "the crisis.", "Senator Okafor");

        assertThat(praised.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(praised.score()).isGreaterThan(0.3);
    }

    @Test
    void readsPlainReportingAsNeutral() {
        Sentiment visit = target("Governor Lindqvist will visit the new library on Tuesday.",
                "Governor Lindqvist");

        assertThat(visit.label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void tellsApartTwoPeopleTheSameSentenceTreatsOppositely() {
        Sentiment winner = target(TWO_SIDES, "Mayor Dalton");
        Sentiment accused = target(TWO_SIDES, "Governor Lindqvist");

        assertThat(winner.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(accused.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(winner.score() - accused.score()).isGreaterThan(1.0);
    }

    @Test
    void givesProbabilitiesThatSumToOneAndAScoreOfPositiveMinusNegative() {
        Sentiment sentiment = target(TWO_SIDES, "Governor Lindqvist");

        assertThat(sentiment.negative() + sentiment.neutral() + sentiment.positive()).isCloseTo(1, within(1e-9));
        assertThat(sentiment.score()).isCloseTo(sentiment.positive() - sentiment.negative(), within(1e-12));
        assertThat(sentiment.score()).isBetween(-1.0, 1.0);
    }

    @Test
    void rejectsAMentionOutsideTheSentence() {
        assertThatThrownBy(() -> ANALYZER.target("Short.", 3, 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ANALYZER.target("Short.", 2, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresWholeSentences() {
        Sentiment disaster = ANALYZER.sentence("The terrible flood destroyed homes and killed dozens of "
                + "people.");
        Sentiment festival = ANALYZER.sentence("The festival was a wonderful success and visitors loved it.");
        Sentiment budget = ANALYZER.sentence("The council approved the budget on Monday.");

        assertThat(disaster.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(festival.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(budget.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(disaster.score()).isLessThan(budget.score());
        assertThat(budget.score()).isLessThan(festival.score());
    }

    @Test
    void measuresDocumentToneAsShareOfChargedWords() {
        DocumentTone grim = ANALYZER.tone(List.of("The terrible flood destroyed homes and killed dozens of people.",
                "Rescuers failed to reach the victims."));
        DocumentTone cheerful = ANALYZER.tone(List.of("The festival was a wonderful success and visitors loved it.",
                "Organisers thanked the generous volunteers."));

        assertThat(grim.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(grim.tone()).isLessThan(0);
        assertThat(cheerful.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(cheerful.tone()).isGreaterThan(0);
        for (DocumentTone tone : List.of(grim, cheerful)) {
            assertThat(tone.wordCount()).isBetween(12, 16);
            assertThat(tone.polarity()).isCloseTo(tone.positive() + tone.negative(), within(1e-9));
            assertThat(tone.tone()).isBetween(-1.0, 1.0);
            assertThat(tone.gdeltTone()).isCloseTo(tone.tone() * tone.polarity(), within(1e-9));
        }
    }

    @Test
    void callsAnArticleWithoutChargedWordsNeutral() {
        DocumentTone empty = ANALYZER.tone(List.of());

        assertThat(empty).isEqualTo(new DocumentTone(0, 0, 0, 0, SentimentLabel.NEUTRAL, 0));
    }

    @Test
    void aggregatesMentionsByAveragingTheirProbabilities() {
        Sentiment negative = Sentiment.of(0.85, 0.10, 0.05);
        Sentiment neutral = Sentiment.of(0.15, 0.70, 0.15);

        EntitySentiment entity = ANALYZER.aggregate(List.of(negative, neutral, neutral));

        assertThat(entity.mentions()).isEqualTo(3);
        assertThat(entity.negative()).isCloseTo(1.15 / 3, within(1e-9));
        assertThat(entity.neutral()).isCloseTo(1.50 / 3, within(1e-9));
        assertThat(entity.positive()).isCloseTo(0.35 / 3, within(1e-9));
        assertThat(entity.score()).isCloseTo((0.35 - 1.15) / 3, within(1e-9));
        assertThat(entity.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(ANALYZER.aggregate(List.of(negative, negative, neutral)).label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void aggregatesNoMentionsToNeutral() {
        assertThat(ANALYZER.aggregate(List.of())).isEqualTo(new EntitySentiment(Sentiment.of(0, 1, 0), 0));
    }

    private static Sentiment target(String sentence, String mention) {
        int from = sentence.indexOf(mention);
        return ANALYZER.target(sentence, from, from + mention.length());
    }

    @Test
    void scoresTheSameWhateverWasScoredBeforeOnTheThread() {
        String sentence = "Critics accused Mayor Dalton of corruption and lying to voters.";
        Sentiment first = target(sentence, "Mayor Dalton");
        Sentiment wholeFirst = ANALYZER.sentence(sentence);
        // other sentences with the same and different words fill the per-thread memory of looked-up words
        for (int i = 0; i < 200; i++) {
            ANALYZER.sentence("Voters " + i + " praised the honest mayor, critics accused word" + i + " of lying.");
            target(TWO_SIDES, "Governor Lindqvist");
        }
        Sentiment again = target(new String(sentence.toCharArray()), "Mayor Dalton");

        assertThat(again).isEqualTo(first);
        assertThat(ANALYZER.sentence(sentence)).isEqualTo(wholeFirst);
    }
}
