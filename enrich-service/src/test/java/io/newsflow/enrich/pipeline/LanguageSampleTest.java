package io.newsflow.enrich.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSampleTest {

    @Test
    void keepsShortTextWhole() {
        assertThat(LanguageIdentifier.sample("Der Hafen bleibt geschlossen.")).isEqualTo("Der Hafen bleibt geschlossen.");
    }

    @Test
    void cutsLongTextAtAWordBoundaryWithinTheSampleSize() {
        String text = "word ".repeat(400);

        String sample = LanguageIdentifier.sample(text);

        assertThat(sample.length()).isLessThanOrEqualTo(LanguageIdentifier.SAMPLE_CHARS);
        assertThat(sample).endsWith("word").doesNotEndWith(" ");
    }

    @Test
    void stopsAtTheFirstSampleWhenItSettlesTheLanguage() {
        String text = "The harbour board approved a new ferry terminal on Thursday after a long debate about "
                + "costs and noise. " + "Work on the quay is expected to start in the spring and to last two years. "
                .repeat(5);

        LanguageIdentifier.Verdict verdict = new LanguageIdentifier().verdict(text).orElseThrow();

        assertThat(verdict.sampleChars()).isLessThanOrEqualTo(LanguageIdentifier.FIRST_SAMPLE_CHARS);
        assertThat(verdict.lead()).isGreaterThanOrEqualTo(LanguageIdentifier.SETTLED_LEAD);
    }

    @Test
    void readsOnWhenTheOpeningIsMadeOfNamesAndFigures() {
        String table = "Vasco Lindqvist Oslo 3 Bergen 1 Tromso 2 Stavanger 0 Lillestrom 4 Molde 2 Skien 1 Drammen 0 "
                + "Hamar 2 Gjovik 1 Larvik 3 Sandnes 1 Bodo 2 Alesund 2 ";
        String text = table + "The league said on Sunday that the match in Molde would be played again next week "
                + "because the referee had stopped it too early in the second half.";

        LanguageIdentifier.Verdict verdict = new LanguageIdentifier().verdict(text).orElseThrow();

        assertThat(verdict.sampleChars()).isGreaterThan(LanguageIdentifier.FIRST_SAMPLE_CHARS);
    }
}
