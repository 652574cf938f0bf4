package io.newsflow.enrich.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MentionFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ortiz's", "Ortiz’s"})
    void leavesPossessiveOutOfTheName(String written) {
        assertThat(nameWithin("PERSON", "Ask " + written + " aides.", written)).contains("Ortiz");
    }

    @Test
    void leavesPluralPossessiveApostropheOutOfTheName() {
        assertThat(nameWithin("ORGANIZATION", "the Workers' union", "Workers'")).contains("Workers");
    }

    @Test
    void keepsAClubsBracketedQualifierInItsName() {
        assertThat(nameWithin("ORGANIZATION", "Borac 1 Mladost ( L ) 2", "Mladost ( L )")).contains("Mladost ( L )");
        assertThat(nameWithin("ORGANIZATION", "said (Acme) today", "(Acme)")).contains("Acme");
    }

    @Test
    void countsDigitsTowardsAName() {
        assertThat(nameWithin("MISC", "F-16 fighters", "F-16")).contains("F-16");
        assertThat(nameWithin("MISC", "fell C$ 0.45", "C$")).isEmpty();
    }

    @Test
    void leavesTitlesOutOfPersonNames() {
        assertThat(nameWithin("PERSON", "said President Daniel Ortiz today", "President Daniel Ortiz"))
                .contains("Daniel Ortiz");
        assertThat(nameWithin("PERSON", "said Vice President Ann Roe", "Vice President Ann Roe")).contains("Ann Roe");
        assertThat(nameWithin("PERSON", "met Dr. Ann Roe", "Dr. Ann Roe")).contains("Ann Roe");
    }

    @Test
    void keepsPopeAsPartOfTheName() {
        assertThat(nameWithin("PERSON", "met Pope Francis", "Pope Francis")).contains("Pope Francis");
    }

    @Test
    void keepsTitleWordsInOrganisationNames() {
        assertThat(nameWithin("ORGANIZATION", "the General Assembly", "General Assembly")).contains("General Assembly");
    }

    @Test
    void keepsTheFullStopOfAnAbbreviation() {
        assertThat(nameWithin("LOCATION", "U.S. officials", "U.S.")).contains("U.S.");
    }

    @Test
    void trimsQuotesAroundAName() {
        assertThat(nameWithin("MISC", "the “Brexit” vote", "“Brexit”")).contains("Brexit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"He", "she", "They", "him", "It", "We", "I", "you", "his", "their"})
    void neverTakesAPronounForAName(String pronoun) {
        assertThat(nameWithin("PERSON", "and " + pronoun + " said", pronoun)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "—", "\"", "President"})
    void dropsSpansWithNoNameLeft(String span) {
        assertThat(nameWithin("PERSON", "x " + span + " y", span)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"euro", "dollar"})
    void dropsSpansWithoutACapitalLetter(String commonNoun) {
        assertThat(nameWithin("ORGANIZATION", "priced in " + commonNoun + " terms", commonNoun)).isEmpty();
    }

    @Test
    void narrowedSpanStillPointsIntoTheText() {
        String text = "said President Daniel Ortiz’s aide";
        NerSpan raw = span("PERSON", text, "President Daniel Ortiz’s");

        NerSpan name = MentionFilter.nameWithin(raw).orElseThrow();

        assertThat(text.substring(name.start(), name.end())).isEqualTo(name.text()).isEqualTo("Daniel Ortiz");
    }

    private static Optional<String> nameWithin(String label, String text, String written) {
        return MentionFilter.nameWithin(span(label, text, written)).map(NerSpan::text);
    }

    static NerSpan span(String label, String text, String written) {
        int start = text.indexOf(written);
        return new NerSpan(label, start, start + written.length(), written, 0);
    }
}
