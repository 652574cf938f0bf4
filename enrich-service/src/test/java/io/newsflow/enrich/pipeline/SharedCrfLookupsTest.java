package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.pipeline.Annotator;
import io.newsflow.enrich.conll.ConllReader;
import io.newsflow.enrich.conll.ConllSentence;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every token of CoNLL-2003 eng.testa (216 Reuters documents, run as the {@code bench} command runs them: the
 * first sentence a headline, the rest the body) tagged by the pipeline's NER annotator, with its faster feature
 * look-ups, exactly as by the annotator CoreNLP ships. The data stays in the shared directory.
 */
@Tag("shared")
class SharedCrfLookupsTest {

    @Test
    void tagsEveryTokenOfEngTestaAsCoreNlpDoes() throws IOException {
        Path testa = Path.of(System.getProperty("newsflow.shared.dir"), "datasets", "conll2003", "eng.testa");
        List<List<ConllSentence>> documents = new ConllReader().readDocuments(testa);
        Annotator stock = CoreNlpModels.loadStockNer();
        int tokens = 0;
        int differing = 0;
        for (List<ConllSentence> document : documents) {
            String text = document.stream().map(sentence -> String.join(" ", sentence.tokens()))
                    .collect(Collectors.joining("\n\n"));
            List<String> expected = CrfTagging.tags(stock, text);
            List<String> actual = CrfTagging.tags(CoreNlpModels.ner(), text);
            tokens += expected.size();
            if (!actual.equals(expected)) {
                differing++;
            }
        }
        assertThat(documents).hasSizeGreaterThan(200);
        assertThat(tokens).isGreaterThan(50_000);
        assertThat(differing).as("documents tagged differently").isZero();
    }
}
