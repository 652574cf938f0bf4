package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentStageTest {
    private final SegmentStage segment = new SegmentStage();

    @Test
    void endsSentenceAtParagraphBreakSoHeadlineStaysApart() {
        String text = "Council passes budget after long night\n\nThe vote came at 2 a.m. on Tuesday.";

        List<Enrichment.Sentence> sentences = segment.segment(text).sentences();

        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Council passes budget after long night", "The vote came at 2 a.m. on Tuesday.");
    }

    @Test
    void keepsAbbreviationsInsideTheirSentence() {
        String text = "U.S. officials met Dr. Ann Roe in Washington. She declined to comment.";

        assertThat(segment.segment(text).sentences()).hasSize(2);
    }

    @Test
    void numbersSentencesAndTokensInTextOrder() {
        String text = "One sentence here. Another one follows.";

        SegmentedText segmented = segment.segment(text);

        assertThat(segmented.sentences()).extracting(Enrichment.Sentence::index).containsExactly(0, 1);
        assertThat(segmented.tokenCount()).isEqualTo(8);
    }
}
