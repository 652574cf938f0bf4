package io.newsflow.enrich.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class LowercaseWordSplitterTest {

    @Test
    void splitsNamesRunTogetherAcrossASmallWord() {
        String text = "Voters keep Hamburg as Greens gain";
        NerSpan runTogether = new NerSpan("ORGANIZATION", 12, 29, "Hamburg as Greens", 0);

        assertThat(LowercaseWordSplitter.split(List.of(runTogether)))
                .extracting(NerSpan::text, NerSpan::start, NerSpan::end)
                .containsExactly(tuple("Hamburg", 12, 19), tuple("Greens", 23, 29));
        assertThat(text.substring(23, 29)).isEqualTo("Greens");
    }

    @Test
    void keepsNameParticles() {
        List<NerSpan> names = List.of(new NerSpan("ORGANIZATION", 0, 17, "Port of Rotterdam", 0),
                new NerSpan("PERSON", 30, 46, "Pieter van Dalen", 0),
                new NerSpan("ORGANIZATION", 50, 67, "Banco de Portugal", 0));

        assertThat(LowercaseWordSplitter.split(names)).isEqualTo(names);
    }
}
