package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The language confidence is a probability: on the language set ({@code src/test/resources/language}) and on the
 * first few words of each of its paragraphs, texts given confidence c are right about c of the time.
 */
class LanguageConfidenceTest {
    /** The prefixes the calibration was fitted on (see {@link LanguageConfidence}), plus each whole paragraph. */
    private static final int[] PREFIX_WORDS = {1, 2, 3, 4, 6, 8, 12};
    /** Bins of confidence whose mean is compared with the share of right answers in them. */
    private static final double[] BIN_EDGES = {0, 0.5, 0.8, 0.95, 0.99, 1.0000001};

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();
    private static List<Paragraph> paragraphs;

    record Paragraph(String code, String text) {
    }

    record Scored(double confidence, boolean right) {
    }

    @BeforeAll
    static void readTheLanguageSet() throws IOException, URISyntaxException {
        Path set = Path.of(LanguageConfidenceTest.class.getResource("/language").toURI());
        paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(set)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                String code = file.getFileName().toString().replace(".txt", "");
                for (String paragraph : Files.readString(file).split("\\n\\s*\\n")) {
                    if (!paragraph.isBlank()) {
                        paragraphs.add(new Paragraph(code, paragraph.strip()));
                    }
                }
            }
        }
        assertThat(paragraphs).hasSize(36);
    }

    @Test
    void isZeroForATieAndRisesWithTheLeadAndTheLengthOfTheText() {
        assertThat(LanguageConfidence.of(0, 500)).isZero();
        assertThat(LanguageConfidence.of(0.3, 0)).isZero();
        assertThat(LanguageConfidence.of(0.1, 5)).isCloseTo(0.5, within(1e-9));
        assertThat(LanguageConfidence.of(0.2, 5)).isGreaterThan(LanguageConfidence.of(0.1, 5));
        assertThat(LanguageConfidence.of(0.1, 50)).isGreaterThan(LanguageConfidence.of(0.1, 5));
        assertThat(LanguageConfidence.of(1, 1000)).isBetween(0.999, 1.0);
    }

    @Test
    void refusesALeadOutsideZeroToOne() {
        assertThatThrownBy(() -> LanguageConfidence.of(1.5, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> LanguageConfidence.of(-0.1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isAbove99PercentForEveryParagraphOfTheLanguageSetAndEveryOneIsRight() {
        for (Paragraph paragraph : paragraphs) {
            Enrichment.Language language = IDENTIFIER.identify(paragraph.text()).orElseThrow();

            assertThat(language.code()).as(paragraph.text()).isEqualTo(paragraph.code());
            assertThat(language.confidence()).as(paragraph.text()).isGreaterThan(0.99);
        }
    }

    @Test
    void plainEnglishParagraphsAreNoLongerReportedAsAGuess() {
        // Lingua's own lead for these paragraphs is 0.13 to 0.37, which read like a coin toss.
        List<Paragraph> english = paragraphs.stream().filter(paragraph -> paragraph.code().equals("en")).toList();
        assertThat(english).isNotEmpty().allSatisfy(paragraph -> {
            LanguageIdentifier.Verdict verdict = IDENTIFIER.verdict(paragraph.text()).orElseThrow();
            assertThat(verdict.lead()).isLessThan(0.5);
            assertThat(IDENTIFIER.identify(paragraph.text()).orElseThrow().confidence()).isGreaterThan(0.99);
        });
    }

    @Test
    void confidenceMatchesTheShareOfRightAnswersOnParagraphsAndTheirFirstWords() {
        List<Scored> scored = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            String[] words = paragraph.text().split("\\s+");
            List<String> texts = new ArrayList<>();
            for (int count : PREFIX_WORDS) {
                if (count <= words.length) {
                    texts.add(String.join(" ", Arrays.copyOf(words, count)));
                }
            }
            texts.add(paragraph.text());
            for (String text : texts) {
                IDENTIFIER.identify(text).ifPresent(language ->
                        scored.add(new Scored(language.confidence(), language.code().equals(paragraph.code()))));
            }
        }
        assertThat(scored).hasSizeGreaterThan(250);
        assertThat(scored).anyMatch(text -> !text.right());

        double calibrationError = 0;
        StringBuilder table = new StringBuilder();
        for (int bin = 0; bin + 1 < BIN_EDGES.length; bin++) {
            double low = BIN_EDGES[bin];
            double high = BIN_EDGES[bin + 1];
            List<Scored> inBin = scored.stream()
                    .filter(text -> text.confidence() >= low && text.confidence() < high).toList();
            if (inBin.isEmpty()) {
                continue;
            }
            double meanConfidence = inBin.stream().mapToDouble(Scored::confidence).average().orElseThrow();
            double shareRight = inBin.stream().filter(Scored::right).count() / (double) inBin.size();
            table.append(String.format(Locale.ROOT, "[%.2f, %.2f): %d texts, mean confidence %.3f, right %.3f%n",
                    low, Math.min(high, 1), inBin.size(), meanConfidence, shareRight));
            calibrationError += Math.abs(meanConfidence - shareRight) * inBin.size() / scored.size();
            if (inBin.size() >= 10) {
                assertThat(Math.abs(meanConfidence - shareRight)).as(table.toString()).isLessThan(0.15);
            }
        }
        assertThat(calibrationError).as(table.toString()).isLessThan(0.03);
    }
}
