package io.newsflow.enrich.eval;

import io.newsflow.enrich.conll.ConllSentence;
import io.newsflow.enrich.linking.LinkIndex;
import io.newsflow.enrich.pipeline.MentionRepairs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document-level NER evaluation on documents written for the test, with the real CRF and link index. */
class DocumentNerEvaluationTest {
    private static final DocumentNerEvaluation EVALUATION = new DocumentNerEvaluation(PretokenizedNer.load(false),
            PretokenizedNer.load(true), MentionRepairs.withLinkIndex(LinkIndex.loadDefault()));

    @Test
    void scoresEveryStepOnTopOfTheOnesBefore() {
        assertThat(EVALUATION.steps())
                .containsExactly("crf", "truecase", "names", "majority", "surnames", "type-repair");
    }

    @Test
    void showsWhatTheTypeRepairMendsAndKeepsTheHalvesApart() {
        List<ConllSentence> bank = List.of(sentence(
                "Rui/I-PER Tavares/I-PER Menezes/I-PER ,/O a/O senior/O economist/O at/O Banco/I-ORG de/I-ORG "
                        + "Portugal/I-ORG ,/O said/O demand/O had/O fallen/O in/O Portugal/I-LOC ./O"));
        List<ConllSentence> lake = List.of(sentence(
                "Lindner/I-PER spoke/O near/O the/O Alster/I-LOC lake/O ./O"));

        DocumentNerEvaluation.Scores scores = EVALUATION.score(List.of(bank, lake), done -> { });

        assertThat(scores.all("crf").of("ORG").correct()).isZero();
        assertThat(scores.all("type-repair").of("ORG").correct()).isEqualTo(1);
        assertThat(scores.all("type-repair").of("LOC").correct()).isEqualTo(2);
        assertThat(scores.tuning("type-repair").overall().gold()).isEqualTo(3);
        assertThat(scores.heldOut("type-repair").overall().gold()).isEqualTo(2);
        assertThat(scores.capitalsCheckSentences()).isEqualTo(1);
    }

    private static ConllSentence sentence(String tagged) {
        List<String[]> pairs = List.of(tagged.split(" ")).stream().map(pair -> pair.split("/")).toList();
        return new ConllSentence(pairs.stream().map(p -> p[0]).toList(), pairs.stream().map(p -> p[1]).toList());
    }
}
