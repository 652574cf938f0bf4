package io.newsflow.enrich.eval;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code language} task on our language set: every paragraph right, and said so with confidence. */
class LanguageTaskTest {
    private static final Pattern LOWEST = Pattern.compile("lowest (\\d\\.\\d{4}), mean (\\d\\.\\d{4}) over the 36");

    @Test
    void reportsAccuracyAndTheConfidenceTheParagraphsGot() throws IOException {
        TaskResult result = new LanguageTask().run(LanguageSetAccuracyTest.languageSet(), "language-set",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(result.summaryLine()).contains("accuracy=1.0000 correct=36 total=36 languages=12");
        Matcher confidence = LOWEST.matcher(result.markdown());
        assertThat(confidence.find()).as(result.markdown()).isTrue();
        assertThat(Double.parseDouble(confidence.group(1))).isGreaterThan(0.99);
        assertThat(Double.parseDouble(confidence.group(2))).isGreaterThanOrEqualTo(Double.parseDouble(confidence.group(1)));
    }
}
