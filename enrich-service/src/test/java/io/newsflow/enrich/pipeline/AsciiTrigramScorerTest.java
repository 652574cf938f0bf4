package io.newsflow.enrich.pipeline;

import com.github.pemistahl.lingua.api.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short cut must give exactly Lingua's numbers: every text here is scored by both and the ranked confidences
 * compared for equality, language by language and in order.
 */
class AsciiTrigramScorerTest {
    private static final AsciiTrigramScorer SCORER = AsciiTrigramScorer.loadFromLingua();

    @Test
    void givesLinguasConfidencesForEnglishNewsText() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>(paragraphs("en.txt"));
        String repositorySample = Files.readString(repositoryRoot().resolve("samples/central-bank-rates.txt"));
        texts.add(repositorySample);
        // the language stage's samples: openings of 200 and 400 characters, here from every point of the article
        for (int start = 0; start + 400 <= repositorySample.length(); start += 37) {
            texts.add(repositorySample.substring(start, start + 200));
            texts.add(repositorySample.substring(start, start + 400));
        }

        int scored = assertSameAsLingua(texts);

        assertThat(scored).isEqualTo(texts.size());
    }

    @Test
    void givesLinguasConfidencesForOtherLanguagesWrittenWithoutAccents() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>();
        for (String language : List.of("de", "es", "fi", "fr", "it", "nl", "pl", "pt", "sv", "tr")) {
            for (String paragraph : paragraphs(language + ".txt")) {
                texts.add(withoutAccents(paragraph));
            }
        }

        int scored = assertSameAsLingua(texts);

        assertThat(scored).isGreaterThan(texts.size() / 2);
    }

    @Test
    void givesLinguasConfidencesForSymbolsCasePunctuationAndOddSpacing() {
        List<String> texts = List.of(
                "  The company paid $5.2 million -- about 40% more -- for the plant.  ",
                "SHARES FELL 3% IN EARLY TRADING ON WALL STREET",
                "Rome, Oct 7 (Reuters) - Italy's Prime Minister said on Monday...",
                "a+b=c <tag> x|y ~tilde `tick` ^caret and plain words here",
                "qqq xzx zzq",
                "Roe meets Lindqvist in Oslo",
                "abc",
                "ab",
                "$$$ %%% ###");

        assertSameAsLingua(texts);
    }

    @Test
    void leavesTextWithOtherLettersToLingua() {
        assertThat(SCORER.confidences("Der Bürgermeister eröffnete die Brücke.")).isEmpty();
        assertThat(SCORER.confidences("Президент подписал указ")).isEmpty();
        assertThat(SCORER.confidences("Prices rose 5 € overnight")).isEmpty();
        assertThat(SCORER.confidences("$$$ %%% ###")).isEmpty();
        assertThat(SCORER.confidences("1234 5678")).isEmpty();
    }

    @Test
    void ranksEnglishFirstForEnglishText() {
        Map<Language, Double> ranked = SCORER.confidences("The city council voted on Tuesday to close two bus "
                + "depots by the end of the year.").orElseThrow();

        assertThat(ranked.keySet().iterator().next()).isEqualTo(Language.ENGLISH);
        assertThat(ranked.get(Language.ENGLISH)).isEqualTo(1.0);
        assertThat(ranked.keySet()).isSubsetOf(AsciiTrigramScorer.LATIN_SCRIPT);
    }

    /** @return how many of the texts the short cut scored (the rest it left to Lingua) */
    private static int assertSameAsLingua(List<String> texts) {
        int scored = 0;
        for (String text : texts) {
            Optional<Map<Language, Double>> shortCut = SCORER.confidences(text);
            if (shortCut.isPresent()) {
                scored++;
                Map<Language, Double> lingua = LanguageIdentifier.linguaConfidences(text);
                assertThat(List.copyOf(shortCut.get().entrySet())).as(text)
                        .containsExactlyElementsOf(List.copyOf(lingua.entrySet()));
            }
        }
        return scored;
    }

    private static List<String> paragraphs(String file) throws IOException, URISyntaxException {
        Path path = Path.of(Objects.requireNonNull(AsciiTrigramScorerTest.class.getResource("/language/" + file))
                .toURI());
        return List.of(Files.readString(path).split("\n\n")).stream().map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    private static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('ı', 'i').replace('ł', 'l').replace('ß', 's');
    }

    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (!Files.exists(directory.resolve("samples"))) {
            directory = directory.getParent();
        }
        return directory;
    }
}
