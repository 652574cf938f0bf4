package io.newsflow.ingest.feeds.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadHeadlineTest {

    @Test
    void takesTheFirstSentenceWithoutItsFullStop() {
        assertThat(LeadHeadline.from("Rain delayed the harvest. Farmers expect losses."))
                .isEqualTo("Rain delayed the harvest");
    }

    @Test
    void cutsALongFirstSentenceAfterTwelveWordsWithAnEllipsis() {
        assertThat(LeadHeadline.from("The regional council on Tuesday approved a plan to build four new schools "
                + "and a sports hall by 2029."))
                .isEqualTo("The regional council on Tuesday approved a plan to build four new\u2026");
    }

    @Test
    void keepsAQuestionMarkAndStopsAtTheFirstParagraph() {
        assertThat(LeadHeadline.from("Who pays for the new bridge?\n\nThe council has not said."))
                .isEqualTo("Who pays for the new bridge?");
    }

    @Test
    void doesNotSplitAtAbbreviationsFollowedByLowerCase() {
        assertThat(LeadHeadline.from("Prices rose approx. four percent in May. Wages did not."))
                .isEqualTo("Prices rose approx. four percent in May");
    }

    @Test
    void hasNothingToOfferForBlankText() {
        assertThat(LeadHeadline.from("  ")).isNull();
        assertThat(LeadHeadline.from(null)).isNull();
    }
}
