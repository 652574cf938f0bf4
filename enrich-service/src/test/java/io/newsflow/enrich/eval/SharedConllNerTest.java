package io.newsflow.enrich.eval;

import io.newsflow.enrich.conll.ConllReader;
import io.newsflow.enrich.conll.ConllSentence;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NER evaluation on the start of CoNLL-2003 eng.testa. The floor is a sanity check that the evaluation
 * and the model are wired right (a misaligned span or a wrong label mapping drops F1 far below it), not the
 * quality claim: the figure on the whole file is what {@code eval} reports in docs/quality.md.
 */
@Tag("shared")
class SharedConllNerTest {
    private static final int SENTENCES = 200;
    private static final double SANITY_FLOOR = 0.85;

    @Test
    void scoresAboveTheSanityFloorOnTheFirstSentencesOfEngTesta() throws IOException {
        Path testa = Path.of(System.getProperty("newsflow.shared.dir"), "datasets", "conll2003", "eng.testa");
        List<ConllSentence> sentences = new ConllReader().read(testa).subList(0, SENTENCES);

        SpanScores scores = new NerEvaluation(PretokenizedNer.load()).score(sentences, done -> { });

        assertThat(scores.types()).contains("PER", "ORG", "LOC", "MISC");
        assertThat(scores.overall().gold()).isGreaterThan(SENTENCES);
        assertThat(scores.overall().f1()).isGreaterThan(SANITY_FLOOR);
    }
}
