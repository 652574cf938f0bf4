package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The truecaser on real segmented text and the case list the build unpacks from CoreNLP's models jar. */
class HeadlineTruecaserTest {
    private final SegmentStage segment = new SegmentStage();

    @Test
    void givesAHeadlineInCapitalsTheArticlesSpellingsThenTheCaseListsThenLowerCase() {
        List<CoreMap> sentences = sentences("SOCCER - LINDNER GETS LUCKY WIN IN JAPAN\n\nCoach Lindner smiled.");

        HeadlineTruecaser.apply(sentences);

        assertThat(words(sentences.get(0))).containsExactly("Soccer", "-", "Lindner", "gets", "lucky", "win", "in",
                "Japan");
        assertThat(words(sentences.get(1))).containsExactly("Coach", "Lindner", "smiled", ".");
    }

    @Test
    void restoresTheWordsAsWritten() {
        List<CoreMap> sentences = sentences("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .");

        HeadlineTruecaser.apply(sentences).restore();

        assertThat(words(sentences.get(0))).containsExactly("SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN", ",",
                "CHINA", "IN", "SURPRISE", "DEFEAT", ".");
    }

    @Test
    void leavesDatelinesAndResultsLinesAsTheyAre() {
        List<CoreMap> sentences = sentences("NEW YORK 1996-08-31\n\nKANSAS CITY 61 74 .452\n\nCENTRAL DIVISION");

        HeadlineTruecaser.apply(sentences);

        assertThat(sentences).allSatisfy(sentence -> assertThat(words(sentence))
                .allSatisfy(word -> assertThat(word).isEqualTo(word.toUpperCase())));
    }

    private List<CoreMap> sentences(String text) {
        return segment.segment(text).coreNlpSentences();
    }

    private static List<String> words(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList();
    }
}
