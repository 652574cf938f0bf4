package io.newsflow.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * A date, an amount of money or a percentage in the cleaned text, with its value in a form a program can compare.
 * Expressions are kept apart from {@link Enrichment.Entity entities}: they are values, not real-world things, so
 * they have no key and count in no entity trend.
 *
 * @param type              {@value #DATE}, {@value #MONEY} or {@value #PERCENT}
 * @param start             first character of the expression in the cleaned text
 * @param end               one past its last character
 * @param text              {@code cleanedText[start, end)}
 * @param sentence          the index of the sentence it stands in
 * @param date              a DATE's value: an ISO 8601 day ({@code 2017-03-08}) or, for a month and a year alone,
 *                          month ({@code 2017-03}); absent when the year or the day it refers to cannot be worked out
 * @param amount            a MONEY's amount in units of its currency, magnitude words applied ({@code £3.2bn} is
 *                          {@code 3200000000})
 * @param currency          a MONEY's ISO 4217 code; absent when the text names a currency several countries use
 *                          without saying whose ({@code francs}, {@code pesos})
 * @param percent           a PERCENT's number of percent ({@code 12%} is {@code 12})
 * @param percentagePoints  true when a PERCENT is a difference in percentage points ({@code half a percentage
 *                          point}, {@code 25 basis points} is {@code 0.25}); absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Expression(String type, int start, int end, String text, int sentence, String date, BigDecimal amount,
                         String currency, BigDecimal percent, Boolean percentagePoints) {
    public static final String DATE = "DATE";
    public static final String MONEY = "MONEY";
    public static final String PERCENT = "PERCENT";

    public static Expression date(int start, int end, String text, int sentence, String date) {
        return new Expression(DATE, start, end, text, sentence, date, null, null, null, null);
    }

    public static Expression money(int start, int end, String text, int sentence, BigDecimal amount,
                                   String currency) {
        return new Expression(MONEY, start, end, text, sentence, null, amount, currency, null, null);
    }

    public static Expression percent(int start, int end, String text, int sentence, BigDecimal percent,
                                     boolean percentagePoints) {
        return new Expression(PERCENT, start, end, text, sentence, null, null, null, percent,
                percentagePoints ? Boolean.TRUE : null);
    }
}
