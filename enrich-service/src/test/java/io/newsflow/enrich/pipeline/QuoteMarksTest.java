package io.newsflow.enrich.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding quotations by their marks, on cleaned text written for the test. */
class QuoteMarksTest {
    private final CleanStage clean = new CleanStage();

    @Test
    void findsCurlyAndStraightQuotationsWithoutTheirMarks() {
        List<String> quotes = quotesIn("Talks stall",
                "“We are done,” Ortiz said. Roe called it \"a farce\" and left.");

        assertThat(quotes).containsExactly("We are done,", "a farce");
    }

    @Test
    void aQuotationOverSeveralParagraphsIsOneQuoteKeepingItsBreaks() {
        String body = "“We lost the vote. We will not lose the argument.\n\n"
                + "“We will be back next year,” she said.\n\nThe session ended.";

        List<String> quotes = quotesIn("Senate vote", body);

        assertThat(quotes).containsExactly("We lost the vote. We will not lose the argument.\n\n"
                + "“We will be back next year,");
    }

    @Test
    void aQuotationWhoseClosingMarkIsMissingEndsWithItsParagraph() {
        List<String> quotes = quotesIn("Strike", "He said: “We will not move.\n\nThe talks resume on Monday.");

        assertThat(quotes).containsExactly("We will not move.");
    }

    @Test
    void aNestedQuotationIsPartOfTheOuterOne() {
        List<String> quotes = quotesIn("Cup", "“My coach told me, ‘Pick a side.’ So I did,” he said.");

        assertThat(quotes).containsExactly("My coach told me, ‘Pick a side.’ So I did,");
    }

    @Test
    void headlinesQuoteWithSingleMarks() {
        List<String> quotes = quotesIn("Maduro says 'no deal' with rebels", "Nothing more was said.");

        assertThat(quotes).containsExactly("no deal");
    }

    @Test
    void apostrophesAreNotQuotations() {
        List<String> quotes = quotesIn("Rock 'n' roll in the '90s",
                "The workers' union said it didn’t agree. Ortiz's aides' views were known.");

        assertThat(quotes).isEmpty();
    }

    @Test
    void aStrayClosingMarkOpensNothing() {
        List<String> quotes = quotesIn("Rates", "The rate was 5\" higher, and “steady” was the word.");

        assertThat(quotes).containsExactly("steady");
    }

    private List<String> quotesIn(String headline, String body) {
        CleanedText cleaned = clean.clean(headline, body);
        List<TextRange> blocks = new java.util.ArrayList<>();
        blocks.add(cleaned.headline());
        blocks.addAll(cleaned.paragraphs());
        return QuoteMarks.find(cleaned.text(), blocks).stream()
                .map(span -> cleaned.text().substring(span.start(), span.end())).toList();
    }
}
