package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment.RemovedSegment;
import io.newsflow.common.ninjs.NinjsText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CleanStageTest {
    private static final String FIRST = "The council approved the budget on Monday after a long debate.";
    private static final String SECOND = "Opponents said they would challenge the vote in court.";

    private final CleanStage clean = new CleanStage();

    @Test
    void putsHeadlineThenKeptParagraphsSeparatedByBlankLines() {
        CleanedText cleaned = clean.clean("Council passes budget", FIRST + "\n\n" + SECOND);

        assertThat(cleaned.text()).isEqualTo("Council passes budget\n\n" + FIRST + "\n\n" + SECOND);
        assertThat(cleaned.headline()).isEqualTo(new TextRange(0, "Council passes budget".length()));
        assertThat(cleaned.paragraphs()).extracting(p -> cleaned.text().substring(p.start(), p.end()))
                .containsExactly(FIRST, SECOND);
        assertThat(cleaned.removed()).isEmpty();
    }

    @Test
    void joinsLinesWrappedInsideAParagraph() {
        CleanedText cleaned = clean.clean("Budget", "The council approved\nthe budget on Monday.\n\n" + SECOND);

        assertThat(cleaned.text()).isEqualTo("Budget\n\nThe council approved the budget on Monday.\n\n" + SECOND);
    }

    @Test
    void takesEachLineAsAParagraphWhenTheBodyHasNoBlankLines() {
        CleanedText cleaned = clean.clean("Budget", FIRST + "\n" + SECOND);

        assertThat(cleaned.paragraphs()).hasSize(2);
    }

    @Test
    void dropsPhotoCaptionEndingInCredit() {
        String caption = "The mayor greets supporters at a rally in the old town on Sunday. (Jane Doe/AP)";

        CleanedText cleaned = clean.clean("Budget", FIRST + "\n\n" + caption + "\n\n" + SECOND);

        assertThat(cleaned.text()).doesNotContain("rally").doesNotContain("Jane Doe");
        assertThat(cleaned.removed()).containsExactly(new RemovedSegment("caption", caption));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Workers repair the bridge. (Photo: Sam Lee)",
            "Workers repair the bridge (Getty Images)",
            "Workers repair the bridge. (Sam Lee/AFP via Getty Images)",
            "Workers repair the bridge. (AP Photo/Sam Lee)",
            "Workers repair the bridge. (Sam Lee/The Daily Planet)"})
    void dropsPhotoCaptionWithAnyUsualCreditForm(String caption) {
        CleanedText cleaned = clean.clean("Budget", FIRST + "\n\n" + caption + "\n\n" + SECOND);

        assertThat(cleaned.removed()).containsExactly(new RemovedSegment("caption", caption));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photo credit: Sam Lee", "Credit: Sam Lee for The Daily Planet", "(Getty Images)",
            "Photograph: Sam Lee/Reuters"})
    void dropsPhotoCreditLine(String credit) {
        CleanedText cleaned = clean.clean("Budget", FIRST + "\n\n" + credit + "\n\n" + SECOND);

        assertThat(cleaned.removed()).containsExactly(new RemovedSegment("credit", credit));
        assertThat(cleaned.paragraphs()).hasSize(2);
    }

    @Test
    void keepsParagraphEndingInPartyAffiliation() {
        String quote = "“This budget is a mistake,” said council member Ann Roe (D-Ward 3)";

        CleanedText cleaned = clean.clean("Budget", FIRST + "\n\n" + SECOND + "\n\n" + quote);

        assertThat(cleaned.text()).contains(quote);
    }

    @Test
    void dropsRelatedStoryHeadlineBetweenParagraphs() {
        String related = "Why city budgets are getting harder to balance";

        CleanedText cleaned = clean.clean("Budget", FIRST + "\n\n" + related + "\n\n" + SECOND);

        assertThat(cleaned.text()).doesNotContain(related);
        assertThat(cleaned.removed()).containsExactly(new RemovedSegment("related", related));
    }

    @Test
    void keepsHeadlineLikeStandfirstAboveTheFirstParagraph() {
        String standfirst = "Spending on schools rises for the third year running";

        CleanedText cleaned = clean.clean("Budget", standfirst + "\n\n" + FIRST + "\n\n" + SECOND);

        assertThat(cleaned.text()).contains(standfirst);
        assertThat(cleaned.removed()).isEmpty();
    }

    @Test
    void keepsShortQuoteParagraphThatEndsWithPunctuation() {
        String quote = "“We are not done yet.”";

        CleanedText cleaned = clean.clean("Budget", FIRST + "\n\n" + quote + "\n\n" + SECOND);

        assertThat(cleaned.text()).contains(quote);
        assertThat(cleaned.removed()).isEmpty();
    }

    @Test
    void keepsLongParagraphThatLostItsFullStop() {
        String paragraph = "The council approved the budget on Monday after a long debate that ran past midnight "
                + "and left several members frustrated with the process and with each other, and the mayor "
                + "promised a review of how future budgets are drafted";

        CleanedText cleaned = clean.clean("Budget", FIRST + "\n\n" + paragraph + "\n\n" + SECOND);

        assertThat(cleaned.text()).contains(paragraph);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more: Why city budgets are getting harder to balance",
            "Related: Mayor faces recall vote", "See also: The budget in charts", "READ MORE: Council elections"})
    void dropsRelatedLinkLines(String line) {
        CleanedText cleaned = clean.clean("Budget", FIRST + "\n\n" + line + "\n\n" + SECOND);

        assertThat(cleaned.removed()).containsExactly(new RemovedSegment("related", line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ann Roe in Springfield and Bo Li in Shelbyville contributed to this report.",
            "Sam Lee contributed reporting.",
            "Sam Lee contributed to this story",
            "Additional reporting by Sam Lee in Springfield.",
            "Reporting by Sam Lee; Editing by Ann Roe",
            "(Reporting by Sam Lee in Springfield; Writing by Bo Li; Editing by Ann Roe)"})
    void dropsContributorLine(String line) {
        CleanedText cleaned = clean.clean("Budget", FIRST + "\n\n" + SECOND + "\n\n" + line);

        assertThat(cleaned.removed()).containsExactly(new RemovedSegment("contributor", line));
        assertThat(cleaned.text()).endsWith(SECOND);
    }

    @Test
    void dropsBylineAndDatelineLines() {
        CleanedText cleaned = clean.clean("Budget", "By Ann Roe and Bo Li\nMarch 3, 2024\n\n" + FIRST);

        assertThat(cleaned.removed()).containsExactly(new RemovedSegment("byline", "By Ann Roe and Bo Li"),
                new RemovedSegment("byline", "March 3, 2024"));
        assertThat(cleaned.text()).isEqualTo("Budget\n\n" + FIRST);
    }

    @Test
    void dropsMastheadAndNavigationLines() {
        CleanedText cleaned = clean.clean("Budget",
                "The Washington Post\n\nShare\n\nSign in\n\n" + FIRST + "\n\nComments\n\n" + SECOND);

        assertThat(cleaned.removed()).containsExactly(new RemovedSegment("masthead", "The Washington Post"),
                new RemovedSegment("navigation", "Share"), new RemovedSegment("navigation", "Sign in"),
                new RemovedSegment("navigation", "Comments"));
        assertThat(cleaned.text()).isEqualTo("Budget\n\n" + FIRST + "\n\n" + SECOND);
    }

    @Test
    void keepsSentenceThatStartsWithAPublicationName() {
        String sentence = "Reuters reported the vote first.";

        CleanedText cleaned = clean.clean("Budget", FIRST + "\n\n" + sentence);

        assertThat(cleaned.text()).endsWith(sentence);
    }

    @Test
    void reducesHtmlBodyToParagraphs() {
        String html = "<div class=\"story\">\n<p>The council <b>approved</b> the budget\non Monday &amp; "
                + "left early.</p><script>track('x');</script><p>Opponents said &#8220;no&#8221;.<br>"
                + "They will appeal.</p></div>";

        CleanedText cleaned = clean.clean("Budget", new NinjsText(null, "text/html", html, null));

        assertThat(cleaned.text()).isEqualTo("Budget\n\nThe council approved the budget on Monday & left early."
                + "\n\nOpponents said “no”. They will appeal.");
    }

    @Test
    void dropsHtmlFigureCaptionEvenWithoutCredit() {
        String html = "<p>" + FIRST + "</p><figure><img src=\"a.jpg\"><figcaption>The mayor at the vote."
                + "</figcaption></figure><p>" + SECOND + "</p>";

        CleanedText cleaned = clean.clean("Budget", new NinjsText(null, "text/html", html, null));

        assertThat(cleaned.removed()).containsExactly(new RemovedSegment("caption", "The mayor at the vote."));
        assertThat(cleaned.text()).isEqualTo("Budget\n\n" + FIRST + "\n\n" + SECOND);
    }

    @Test
    void recordsRemovedPiecesInBodyOrder() {
        CleanedText cleaned = clean.clean("Budget", "By Ann Roe\n\n" + FIRST + "\n\nWorkers at the hall. (Sam Lee/AP)"
                + "\n\n" + SECOND + "\n\nBo Li contributed to this report.");

        assertThat(cleaned.removed()).extracting(RemovedSegment::kind)
                .containsExactly("byline", "caption", "contributor");
    }

    @Test
    void leavesNothingWhenBodyIsOnlyBoilerplateAndThereIsNoHeadline() {
        CleanedText cleaned = clean.clean(null, "Share\n\nBy Ann Roe");

        assertThat(cleaned.isEmpty()).isTrue();
        assertThat(cleaned.removed()).hasSize(2);
    }

    @Test
    void keepsHeadlineAloneWhenThereIsNoBody() {
        CleanedText cleaned = clean.clean("  Council   passes\nbudget ", (String) null);

        assertThat(cleaned.text()).isEqualTo("Council passes budget");
        assertThat(cleaned.paragraphs()).isEmpty();
    }
}
