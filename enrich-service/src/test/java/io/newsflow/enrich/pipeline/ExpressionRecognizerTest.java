package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.common.event.Expression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the recogniser on sentences written for the test, and the look-alikes it must leave alone. Values are
 * written as the expression set writes them: an ISO date, {@code amount CODE}, {@code number [pp]}.
 */
class ExpressionRecognizerTest {
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2017, 3, 8);

    @Test
    void moneyAfterACurrencySymbolWithOrWithoutAMagnitude() {
        assertThat(found("It paid $5 million, £3.2bn, €5m, ¥1 trillion and $3.39 a gallon."))
                .containsExactly("MONEY $5 million = 5000000 USD", "MONEY £3.2bn = 3200000000 GBP",
                        "MONEY €5m = 5000000 EUR", "MONEY ¥1 trillion = 1000000000000 JPY",
                        "MONEY $3.39 = 3.39 USD");
    }

    @Test
    void dollarPrefixesNameWhoseDollars() {
        assertThat(found("It raised US$40, A$21.50, HK$50 billion and C$2 bn."))
                .containsExactly("MONEY US$40 = 40 USD", "MONEY A$21.50 = 21.5 AUD",
                        "MONEY HK$50 billion = 50000000000 HKD", "MONEY C$2 bn = 2000000000 CAD");
    }

    @Test
    void moneyWithACurrencyWordOrCodeAfterTheNumber() {
        assertThat(found("It lost 5 million euros, 1,900 dollars, 200 billion yen, 2 billion rand and "
                + "40 million USD."))
                .containsExactly("MONEY 5 million euros = 5000000 EUR", "MONEY 1,900 dollars = 1900 USD",
                        "MONEY 200 billion yen = 200000000000 JPY", "MONEY 2 billion rand = 2000000000 ZAR",
                        "MONEY 40 million USD = 40000000 USD");
    }

    @Test
    void aCodeBeforeTheNumber() {
        assertThat(found("Shares added CHF 4 billion to its value.")).containsExactly("MONEY CHF 4 billion = 4000000000 CHF");
    }

    @Test
    void aCountryAdjectiveSettlesWhoseFrancsOrDollars() {
        assertThat(found("It spent 1.5 billion Swiss francs, 40 million U.S. dollars and 3 billion "
                + "Hong Kong dollars, but 12.3 billion francs last year."))
                .containsExactly("MONEY 1.5 billion Swiss francs = 1500000000 CHF",
                        "MONEY 40 million U.S. dollars = 40000000 USD",
                        "MONEY 3 billion Hong Kong dollars = 3000000000 HKD",
                        "MONEY 12.3 billion francs = 12300000000 -");
    }

    @Test
    void centsTakeTheArticlesCurrencyAndPenceArePounds() {
        assertThat(found("Profit was 5 million euros and the dividend 40 cents; the shares fell to 85p, or 312 pence."))
                .containsExactly("MONEY 5 million euros = 5000000 EUR", "MONEY 40 cents = 0.4 EUR",
                        "MONEY 85p = 0.85 GBP", "MONEY 312 pence = 3.12 GBP");
        assertThat(found("A stamp costs 60 cents.")).containsExactly("MONEY 60 cents = 0.6 USD");
    }

    @Test
    void numbersInWordsBeforeAMagnitude() {
        assertThat(found("They asked for five million euros and a billion dollars."))
                .containsExactly("MONEY five million euros = 5000000 EUR", "MONEY a billion dollars = 1000000000 USD");
    }

    @Test
    void percentInEveryHouseStyle() {
        assertThat(found("Sales rose 12 percent, 12%, 12 per cent, 3.5 %, 5pc and a 7-percent gain in five percent "
                + "of shops."))
                .containsExactly("PERCENT 12 percent = 12", "PERCENT 12% = 12", "PERCENT 12 per cent = 12",
                        "PERCENT 3.5 % = 3.5", "PERCENT 5pc = 5", "PERCENT 7-percent = 7",
                        "PERCENT five percent = 5");
    }

    @Test
    void percentagePointsAndBasisPointsAreDifferencesInPoints() {
        assertThat(found("Rates rose half a percentage point, then a quarter of a percentage point, then "
                + "0.5 percentage points and 25 basis points."))
                .containsExactly("PERCENT half a percentage point = 0.5 pp",
                        "PERCENT a quarter of a percentage point = 0.25 pp",
                        "PERCENT 0.5 percentage points = 0.5 pp", "PERCENT 25 basis points = 0.25 pp");
    }

    @Test
    void datesWithDayMonthAndYearInEitherOrder() {
        assertThat(found("It opened on 3 March 2017, closed on March 3, 2017, and reopened on 2017-03-03 and "
                + "on the 3rd of March."))
                .containsExactly("DATE 3 March 2017 = 2017-03-03", "DATE March 3, 2017 = 2017-03-03",
                        "DATE 2017-03-03 = 2017-03-03", "DATE 3rd of March = 2017-03-03");
    }

    @Test
    void aDayAndMonthWithoutYearTakeTheNearestYear() {
        assertThat(found("Talks began on Dec. 28 and ended on Feb 2; results came on April 27.", LocalDate.of(2017, 1, 5)))
                .containsExactly("DATE Dec. 28 = 2016-12-28", "DATE Feb 2 = 2017-02-02", "DATE April 27 = 2017-04-27");
    }

    @Test
    void aClauseAboutTheFutureLooksAhead() {
        assertThat(found("The company will raise wages from July 1.", LocalDate.of(2019, 12, 31)))
                .containsExactly("DATE July 1 = 2020-07-01");
    }

    @Test
    void aMonthWithItsYearIsAMonth() {
        assertThat(found("He joined in June 2016 and left in Oct 2021.")).containsExactly("DATE June 2016 = 2016-06",
                "DATE Oct 2021 = 2021-10");
    }

    @Test
    void weekdaysAreTheLastSuchDayOrTheNextWhenTheClauseLooksAhead() {
        assertThat(found("The bank said on Wednesday that profit fell. Its rival reported on Tuesday. The board "
                + "met on Thursday and the bank will vote on Friday. It was closed last Wednesday."))
                .containsExactly("DATE Wednesday = 2017-03-08", "DATE Tuesday = 2017-03-07", "DATE Thursday = 2017-03-02",
                        "DATE Friday = 2017-03-10", "DATE Wednesday = 2017-03-01");
    }

    @Test
    void aWeekdayBeforeItsDateIsOneExpression() {
        assertThat(found("Results are due on Thursday, 28 October, and Sunday, March 6.", LocalDate.of(2021, 9, 27)))
                .containsExactly("DATE Thursday, 28 October = 2021-10-28", "DATE Sunday, March 6 = 2022-03-06");
    }

    @Test
    void todayYesterdayAndTomorrowCountFromThePublicationDay() {
        assertThat(found("Yesterday it fell; today it rose and tomorrow it may fall."))
                .containsExactly("DATE Yesterday = 2017-03-07", "DATE today = 2017-03-08", "DATE tomorrow = 2017-03-09");
    }

    @Test
    void aDatedDatelineIsTheReferenceDayForRelativeDates() {
        assertThat(found("Bank results\n\nFRANKFURT, March 6 (Newswire) - Eurobank said on Monday profit fell.",
                LocalDate.of(2017, 3, 8)))
                .containsExactly("DATE March 6 = 2017-03-06", "DATE Monday = 2017-03-06");
    }

    @Test
    void withoutAPublicationDayRelativeDatesHaveNoValue() {
        assertThat(found("It fell on Monday and on March 3 but rose on 3 March 2017.", null))
                .containsExactly("DATE Monday = ?", "DATE March 3 = ?", "DATE 3 March 2017 = 2017-03-03");
    }

    @Test
    void yearsDecadesMonthsAloneAndVaguePhrasesAreNoDates() {
        assertThat(found("In 2016 the firm, founded in the 1990s, cut jobs in December; last week and next year "
                + "it will hire, by mid-October.")).isEmpty();
    }

    @Test
    void phoneNumbersScoresOrdinalsModelsAndCodesAreNoExpressions() {
        assertThat(found("Call 020 7946 0018 or 1-800-555-0199. They won 3-1 and finished 2nd. The Boeing 737 "
                + "and flight AE737 carried 24 people; COVID-19 and Formula 1 at 1430 GMT or 7 p.m. at 5 Main Street; "
                + "the Group of 7 met one in five."))
                .isEmpty();
    }

    @Test
    void mayAndWeekdaysAsNamesAreNoDates() {
        assertThat(found("Helen May told the Sunday Times that coach Peter Sunday had left. Sunday, 52, said May "
                + "had called it Black Friday.")).isEmpty();
    }

    @Test
    void aWeekdayOrMonthInsideANamedEntityIsNoDate() {
        String text = "Monday Motors said May 5 was its day.";
        List<Expression> expressions = ExpressionRecognizer.find(text,
                List.of(new Enrichment.Sentence(0, 0, text.length())),
                List.of(new int[] {0, 13}, new int[] {19, 22}), PUBLISHED);

        assertThat(expressions).isEmpty();
    }

    @Test
    void currencyWordsWithoutANumberAndPoundsOfWeightAreNoMoney() {
        assertThat(found("The euro and the dollar rose; police found 10 pounds of cocaine; the team won 3 games."))
                .isEmpty();
    }

    @Test
    void offsetsPointIntoTheTextAndSentencesAreCounted() {
        String text = "Profit fell. It paid $5 million on Monday.";
        List<Expression> expressions = ExpressionRecognizer.find(text, List.of(new Enrichment.Sentence(0, 0, 12),
                new Enrichment.Sentence(1, 13, text.length())), List.of(), PUBLISHED);

        assertThat(expressions).allSatisfy(e -> {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
            assertThat(e.sentence()).isEqualTo(1);
        });
        assertThat(expressions).hasSize(2);
    }

    private static List<String> found(String text) {
        return found(text, PUBLISHED);
    }

    private static List<String> found(String text, LocalDate published) {
        return ExpressionRecognizer.find(text, published).stream().map(e -> e.type() + " " + e.text() + " = "
                + value(e)).toList();
    }

    private static String value(Expression e) {
        return switch (e.type()) {
            case Expression.DATE -> e.date() == null ? "?" : e.date();
            case Expression.MONEY -> e.amount().toPlainString() + " " + (e.currency() == null ? "-" : e.currency());
            default -> e.percent().toPlainString() + (Boolean.TRUE.equals(e.percentagePoints()) ? " pp" : "");
        };
    }
}
