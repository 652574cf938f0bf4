package io.newsflow.enrich.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IobSpansTest {

    @Test
    void readsARunOfInsideTagsAsOneSpanInIob1() {
        assertThat(IobSpans.extract(List.of("I-PER", "I-PER", "O", "I-LOC")))
                .containsExactly(new TypedSpan("PER", 0, 2), new TypedSpan("LOC", 3, 4));
    }

    @Test
    void startsASecondSpanAtBeginTagAfterASpanOfTheSameTypeInIob1() {
        assertThat(IobSpans.extract(List.of("I-LOC", "I-LOC", "B-LOC", "I-LOC", "O")))
                .containsExactly(new TypedSpan("LOC", 0, 2), new TypedSpan("LOC", 2, 4));
    }

    @Test
    void startsANewSpanWhereTheTypeChangesWithoutBeginTag() {
        assertThat(IobSpans.extract(List.of("I-ORG", "I-PER", "I-PER")))
                .containsExactly(new TypedSpan("ORG", 0, 1), new TypedSpan("PER", 1, 3));
    }

    @Test
    void readsIob2WhereEverySpanOpensWithBegin() {
        assertThat(IobSpans.extract(List.of("B-PER", "I-PER", "B-PER", "O", "B-MISC")))
                .containsExactly(new TypedSpan("PER", 0, 2), new TypedSpan("PER", 2, 3), new TypedSpan("MISC", 4, 5));
    }

    @Test
    void treatsInsideTagOfAnotherTypeAfterBeginAsANewSpan() {
        assertThat(IobSpans.extract(List.of("B-ORG", "I-PER")))
                .containsExactly(new TypedSpan("ORG", 0, 1), new TypedSpan("PER", 1, 2));
    }

    @Test
    void readsIobesSingleAndEndTags() {
        assertThat(IobSpans.extract(List.of("S-LOC", "B-PER", "E-PER", "S-PER")))
                .containsExactly(new TypedSpan("LOC", 0, 1), new TypedSpan("PER", 1, 3), new TypedSpan("PER", 3, 4));
    }

    @Test
    void findsNoSpanInASentenceWithoutEntities() {
        assertThat(IobSpans.extract(List.of("O", "O", "O"))).isEmpty();
    }
}
