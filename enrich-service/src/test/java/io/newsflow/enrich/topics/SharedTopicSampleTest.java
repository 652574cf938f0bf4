package io.newsflow.enrich.topics;

import io.newsflow.common.plaintext.PlainTextArticle;
import io.newsflow.common.plaintext.PlainTextArticleReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's reference article (in the shared directory, never in the repository): a US coup-plot story. */
@Tag("shared")
class SharedTopicSampleTest {

    @Test
    void putsPoliticsFirstAndAlsoEmitsConflictForTheVenezuelaCoupPlotStory() throws IOException {
        Path sample = Path.of(System.getProperty("newsflow.shared.dir"), "samples",
                "washingtonpost-venezuela-coup-plot.txt");
        PlainTextArticle article = new PlainTextArticleReader().read(Files.readString(sample));

        List<TopicScore> topics = TopicClassifier.loadDefault().classify(article.headline(), article.body());

        assertThat(topics.get(0).qcode()).isEqualTo("medtop:11000000");
        assertThat(topics).filteredOn(t -> t.level() == 1).extracting(TopicScore::qcode)
                .contains("medtop:16000000");
    }
}
