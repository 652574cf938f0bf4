package io.newsflow.enrich.topics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped model on short articles we wrote: every level-1 topic reachable, and the output rules. */
class TopicClassifierTest {
    private static final String POLITICS = "medtop:11000000";
    private static final String CONFLICT = "medtop:16000000";
    private static final String SCIENCE = "medtop:13000000";
    private final TopicClassifier classifier = TopicClassifier.loadDefault();

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("io.newsflow.enrich.topics.InventedArticles#onePerTopic")
    void putsTheTopicOfATypicalStoryFirst(String qcode, String headline, String body) {
        List<TopicScore> topics = classifier.classify(headline, body);

        assertThat(topics.get(0).qcode()).isEqualTo(qcode);
        assertThat(topics.get(0).label()).isEqualTo(classifier.levelOneTopics().get(qcode));
    }

    @Test
    void givesEveryLevelOneTopicAProbabilityTheTopTopicBeingTheMostProbable() {
        InventedArticles.onePerTopic().map(Arguments::get).forEach(a -> {
            java.util.Map<String, Double> probabilities = classifier.levelOneProbabilities((String) a[1], (String) a[2]);
            TopicScore top = classifier.classify((String) a[1], (String) a[2]).get(0);

            assertThat(probabilities).hasSize(17).containsOnlyKeys(classifier.levelOneTopics().keySet());
            assertThat(probabilities.values()).allMatch(p -> p >= 0 && p <= 1);
            assertThat(probabilities.get(top.qcode())).isEqualTo(top.confidence())
                    .isEqualTo(java.util.Collections.max(probabilities.values()));
        });
    }

    @Test
    void coversAllSeventeenLevelOneTopicsWithTheInventedArticles() {
        Set<String> tops = new HashSet<>();
        InventedArticles.onePerTopic().map(Arguments::get)
                .forEach(a -> tops.add(classifier.classify((String) a[1], (String) a[2]).get(0).qcode()));

        assertThat(classifier.levelOneTopics()).hasSize(17);
        assertThat(tops).containsExactlyInAnyOrderElementsOf(classifier.levelOneTopics().keySet());
    }

    @Test
    void emitsPoliticsAndConflictForACoupPlot() {
        List<TopicScore> topics = classifier.classify(InventedArticles.COUP_HEADLINE, InventedArticles.COUP_BODY);

        assertThat(topics).filteredOn(t -> t.level() == 1).extracting(TopicScore::qcode)
                .contains(POLITICS, CONFLICT);
    }

    @Test
    void emitsScienceForAnAstronomyStory() {
        // only emission is required, not first place: the labelled science corpus is technology news, and the
        // environment model claims planets, atmosphere and water (an earlier model put environment first)
        List<TopicScore> topics = classifier.classify(InventedArticles.ASTRONOMY_HEADLINE,
                InventedArticles.ASTRONOMY_BODY);

        assertThat(topics).extracting(TopicScore::qcode).contains(SCIENCE);
    }

    @Test
    void emitsLevelTwoTopicsOnlyRightAfterTheirEmittedParent() {
        List<List<TopicScore>> outputs = InventedArticles.onePerTopic().map(Arguments::get)
                .map(a -> classifier.classify((String) a[1], (String) a[2])).toList();

        assertThat(outputs.stream().flatMap(List::stream).filter(t -> t.level() == 2)).isNotEmpty();
        for (List<TopicScore> topics : outputs) {
            String currentParent = null;
            for (TopicScore topic : topics) {
                if (topic.level() == 1) {
                    assertThat(topic.parentQcode()).isNull();
                    currentParent = topic.qcode();
                } else {
                    assertThat(topic.level()).isEqualTo(2);
                    assertThat(topic.parentQcode()).isEqualTo(currentParent);
                }
            }
        }
    }

    @Test
    void keepsScoresInRangeAndLevelOneTopicsInDescendingConfidence() {
        InventedArticles.onePerTopic().map(Arguments::get).forEach(a -> {
            List<TopicScore> topics = classifier.classify((String) a[1], (String) a[2]);
            List<TopicScore> levelOne = topics.stream().filter(t -> t.level() == 1).toList();

            assertThat(topics).allSatisfy(t -> {
                assertThat(t.confidence()).isBetween(0.0, 1.0);
                assertThat(t.relevance()).isBetween(0.0, 1.0);
                assertThat(t.qcode()).matches("medtop:\\d{8}");
            });
            assertThat(levelOne).extracting(TopicScore::confidence)
                    .isSortedAccordingTo((x, y) -> Double.compare(y, x));
            assertThat(levelOne.subList(1, levelOne.size()))
                    .allSatisfy(t -> assertThat(t.confidence()).isGreaterThan(0.5));
            assertThat(levelOne.stream().mapToDouble(TopicScore::relevance).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
        });
    }

    @Test
    void givesATopTopicEvenForAnEmptyArticle() {
        List<TopicScore> topics = classifier.classify("", "");

        assertThat(topics).hasSize(1);
        assertThat(topics.get(0).level()).isEqualTo(1);
        assertThat(topics.get(0).parentQcode()).isNull();
    }

    @Test
    void loadsTheShippedModelOnceFromTheClasspath() {
        assertThat(TopicClassifier.loadDefault()).isSameAs(classifier);
        assertThat(TopicClassifier.class.getResource(TopicClassifier.RESOURCE)).isNotNull();
        assertThat(classifier.modelVersion()).matches("newsflow-topics-1/[0-9a-f]{12}");
    }
}
