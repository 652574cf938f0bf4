package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline's NER annotator finds its CRF features its own way ({@link FingerprintFeatureIndex},
 * {@link WordNGramCache}); these tests hold it to tagging every token exactly as CoreNLP's annotator does.
 */
class CoreNlpModelsTest {
    private static Annotator stock;

    @BeforeAll
    static void loadBoth() {
        CoreNlpModels.ner();
        stock = CoreNlpModels.loadStockNer();
    }

    /** Our own wire copy: the quotation sets' eight articles and the pipeline's test story. */
    static List<String> ourArticles() throws IOException {
        List<String> articles = new ArrayList<>();
        for (String set : List.of("/quotes/quotes-dev.txt", "/quotes/quotes-test.txt")) {
            for (String part : resource(set).split("\n=== ")) {
                int gold = part.indexOf("\n--- gold");
                if (gold > 0) {
                    articles.add(part.substring(part.indexOf('\n') + 1, gold));
                }
            }
        }
        articles.add(resource("/pipeline/wire-story-drought.txt"));
        return articles;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CoreNlpModelsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void thePipelinesCrfUsesTheFasterLookUps() throws Exception {
        CRFClassifier<?> tuned = crfOf(CoreNlpModels.ner());
        CRFClassifier<?> shipped = crfOf(stock);

        assertThat(field(CRFClassifier.class, "featureIndex").get(tuned)).isInstanceOf(FingerprintFeatureIndex.class);
        assertThat(field(CRFClassifier.class, "featureIndex").get(shipped))
                .isNotInstanceOf(FingerprintFeatureIndex.class);
        NERFeatureFactory<?> factory = (NERFeatureFactory<?>) tuned.featureFactories.get(0);
        assertThat(field(NERFeatureFactory.class, "wordToSubstrings").get(factory)).isInstanceOf(WordNGramCache.class);
        assertThat(tuned.flags.cacheNGrams).isTrue();
        assertThat(shipped.flags.cacheNGrams).isFalse();
    }

    @Test
    void tagsEveryTokenOfOurWireCopyAsCoreNlpDoes() throws IOException {
        List<String> articles = ourArticles();
        assertThat(articles).hasSize(9);
        int tokens = 0;
        int named = 0;
        // twice: the first pass fills the n-gram memory, the second reads from it
        for (int pass = 0; pass < 2; pass++) {
            for (String article : articles) {
                List<String> expected = CrfTagging.tags(stock, article);
                assertThat(CrfTagging.tags(CoreNlpModels.ner(), article)).isEqualTo(expected);
                tokens += expected.size();
                named += (int) expected.stream().filter(tag -> !tag.endsWith("/O")).count();
            }
        }
        assertThat(tokens).isGreaterThan(5_000);
        assertThat(named).isGreaterThan(400);
    }

    @Test
    void tagsTheSameWhenThreadsShareTheModel() throws Exception {
        List<String> articles = ourArticles();
        List<List<String>> expected = articles.stream().map(article -> CrfTagging.tags(stock, article)).toList();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> mismatches = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int offset = t * 7;
                mismatches.add(threads.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < articles.size(); i++) {
                        int k = (i + offset) % articles.size();
                        if (!CrfTagging.tags(CoreNlpModels.ner(), articles.get(k)).equals(expected.get(k))) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> wrong : mismatches) {
                assertThat(wrong.get()).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    static CRFClassifier<?> crfOf(Annotator annotator) throws ReflectiveOperationException {
        Object combiner = field(NERCombinerAnnotator.class, "ner").get(annotator);
        List<?> classifiers = (List<?>) field(ClassifierCombiner.class, "baseClassifiers").get(combiner);
        assertThat(classifiers).hasSize(1);
        return (CRFClassifier<?>) classifiers.get(0);
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

}
