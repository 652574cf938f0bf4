package io.newsflow.enrich.eval;

import io.newsflow.enrich.topics.TopicClassifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AG News scoring of the {@code topics} task, with the shipped classifier on rows we wrote: which rows count
 * as right, and the miss list that {@code eval --topic-errors} writes.
 */
class TopicsTaskAgNewsTest {
    private static final AgNewsItem SPORT_RIGHT = new AgNewsItem(2, 2, "Rovers win the cup final",
            "Rovers beat City 2-1 in the cup final on Saturday, the striker scoring twice in the second half "
                    + "before a crowd of 40,000 at the stadium.");
    private static final AgNewsItem SPORT_LABEL_ON_EARNINGS = new AgNewsItem(3, 2, "Retailer profit rises",
            "The retailer said quarterly profit rose 12 percent on higher sales, and its shares gained on the stock "
                    + "exchange as investors welcomed the dividend.");
    private static final AgNewsItem WORLD_LABEL_ON_SPORT = new AgNewsItem(4, 1, "Champion wins the open",
            "The champion won the tennis open in straight sets on Sunday, her third title of the season, "
                    + "beating the world number two in the final.");

    @Test
    void listsEveryRowScoredWrongWithItsRecordNumberAndTopicsButNoText() {
        TopicsTask task = new TopicsTask();
        TopicClassifier classifier = TopicClassifier.loadDefault();

        TaskResult result = task.agNews(List.of(SPORT_RIGHT, SPORT_LABEL_ON_EARNINGS, WORLD_LABEL_ON_SPORT),
                "invented", classifier, classifier.levelOneTopics());

        assertThat(result.summaryLine()).contains("accuracy_3class=0.5000 correct=1 total=2")
                .contains("world_not_other_three=0.0000 world_total=1");
        List<String> misses = task.agNewsMisses();
        assertThat(misses).hasSize(2);
        assertThat(misses.get(0)).startsWith("3\tSports\tsport first\teconomy, business and finance ");
        assertThat(misses.get(1)).startsWith("4\tWorld\tnone of the three first\tsport ");
        assertThat(String.join("\n", misses)).doesNotContain("Retailer").doesNotContain("tennis");
        assertThat(TopicsTask.MISSES_HEADER.split("\t")).hasSize(misses.get(0).split("\t").length);
    }
}
