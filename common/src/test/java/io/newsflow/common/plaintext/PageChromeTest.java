package io.newsflow.common.plaintext;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PageChromeTest {
    @Test
    void countsWordsBetweenRunsOfWhiteSpace() {
        assertThat(PageChrome.wordCount("")).isZero();
        assertThat(PageChrome.wordCount(" \t\n ")).isZero();
        assertThat(PageChrome.wordCount("Maduro")).isEqualTo(1);
        assertThat(PageChrome.wordCount("  By Anne  Gearan\tand\r\nKaren DeYoung  ")).isEqualTo(6);
        // a no-break space or an em space inside a line does not split it, as split("\\s+") does not
        assertThat(PageChrome.wordCount("New\u00a0York Times")).isEqualTo(2);
        assertThat(PageChrome.wordCount("New\u2003York")).isEqualTo(1);
    }

    @Test
    void countsWordsAsSplittingTheStrippedLineDoes() {
        String alphabet = "ab \t\n\u000b\f\r\u001c\u00a0\u2003\u2028.";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(10);
            for (int i = 0; i < length; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String stripped = line.toString().strip();
            int bySplitting = stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
            assertThat(PageChrome.wordCount(line.toString())).as("line [%s]", line).isEqualTo(bySplitting);
        }
    }

    @Test
    void recognisesNavigationLabelsWhateverTheirPunctuationAndCase() {
        assertThat(PageChrome.isNavigation("Skip to main content")).isTrue();
        assertThat(PageChrome.isNavigation("  SHARE THIS ARTICLE >> ")).isTrue();
        assertThat(PageChrome.isNavigation("Comments:")).isTrue();
        assertThat(PageChrome.isNavigation("Read more")).isTrue();
        assertThat(PageChrome.isNavigation("Share this article with a friend")).isFalse();
        assertThat(PageChrome.isNavigation("Opposition leaders said they would skip to main content of the talks."))
                .isFalse();
    }
}
