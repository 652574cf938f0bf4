package io.newsflow.enrich.eval;

import io.newsflow.common.event.Enrichment;
import io.newsflow.enrich.pipeline.LanguageIdentifier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Language identification with the real Lingua models on the set we wrote ({@code language/}: twelve languages,
 * three news paragraphs each). Every paragraph must come out right.
 */
class LanguageSetAccuracyTest {

    static Path languageSet() {
        try {
            return Path.of(Objects.requireNonNull(LanguageSetAccuracyTest.class.getResource("/language/en.txt"))
                    .toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsThreeParagraphsForEachOfAtLeastEightLanguages() throws IOException {
        List<LanguageSample> samples = new LanguageSetReader().read(languageSet());

        assertThat(samples.stream().map(LanguageSample::code).distinct()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(samples.stream().collect(Collectors.groupingBy(LanguageSample::code, Collectors.counting())))
                .allSatisfy((code, paragraphs) -> assertThat(paragraphs).as(code).isEqualTo(3));
    }

    @Test
    void identifiesTheLanguageOfEveryParagraph() throws IOException {
        LanguageIdentifier identifier = new LanguageIdentifier();

        for (LanguageSample sample : new LanguageSetReader().read(languageSet())) {
            assertThat(identifier.identify(sample.text())).as(sample.text())
                    .map(Enrichment.Language::code).contains(sample.code());
        }
    }

    @Test
    void findsNoLanguageInTextWithoutLetters() {
        assertThat(new LanguageIdentifier().identify("2024 — 3:1, 17.5 %")).isEmpty();
    }
}
