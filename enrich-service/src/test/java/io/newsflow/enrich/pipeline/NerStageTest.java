package io.newsflow.enrich.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class NerStageTest {
    private static final SegmentStage SEGMENT = new SegmentStage();
    private static final NerStage NER = new NerStage();

    @BeforeAll
    static void loadModelOnce() {
        CoreNlpModels.ner();
    }

    @Test
    void namesTheCoreNlpReleaseFromTheBuildFileReadOnce() {
        String first = NER.modelVersion().orElseThrow();

        assertThat(first).startsWith("corenlp-").endsWith("/" + CoreNlpModels.NER_MODEL_NAME)
                .doesNotContain("unknown");
        // the same string object: the build file is not opened again for every article
        assertThat(CoreNlpModels.coreNlpVersion()).isSameAs(CoreNlpModels.coreNlpVersion());
    }

    @Test
    void labelsPeopleOrganisationsAndPlaces() {
        List<NerSpan> spans = recognise(
                "Chancellor Greta Lindqvist met officials of the European Central Bank in Frankfurt on Monday.");

        assertThat(spans).extracting(NerSpan::label, NerSpan::text).containsExactly(
                tuple("PERSON", "Greta Lindqvist"), tuple("ORGANIZATION", "European Central Bank"),
                tuple("LOCATION", "Frankfurt"));
    }

    @Test
    void spansPointIntoTheTextAndKnowTheirSentence() {
        String text = "Rain fell all day.\n\nLater, Tomas Berg flew to Oslo.";

        List<NerSpan> spans = recognise(text);

        assertThat(spans).isNotEmpty().allSatisfy(span -> {
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
            assertThat(span.sentence()).isEqualTo(1);
        });
    }

    @Test
    void needsNoModelFileButTheCrfItself() {
        // Only the CRF is unpacked from CoreNLP's 470 MB models jar; if the jar crept onto the classpath this
        // test would no longer show that the NER runs without it.
        assertThat(NerStageTest.class.getClassLoader()
                .getResource("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger"))
                .as("a model from the CoreNLP models jar is on the classpath").isNull();

        assertThat(recognise("Tomas Berg lives in Oslo.")).extracting(NerSpan::label)
                .containsExactly("PERSON", "LOCATION");
    }

    @Test
    void leavesTextWithoutNamesWithoutMentions() {
        assertThat(recognise("It rained all day and nobody went out.")).isEmpty();
    }

    private static List<NerSpan> recognise(String text) {
        return NER.recognise(SEGMENT.segment(text));
    }
}
