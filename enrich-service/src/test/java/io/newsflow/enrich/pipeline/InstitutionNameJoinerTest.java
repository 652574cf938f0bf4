package io.newsflow.enrich.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class InstitutionNameJoinerTest {
    private static final String TEXT = "Ana Ruiz of the Washington Office on Latin America spoke.";

    @Test
    void joinsInstitutionSplitIntoOrganisationAndPlace() {
        List<NerSpan> spans = List.of(span("ORGANIZATION", "Washington Office"), span("LOCATION", "Latin America"));

        assertThat(InstitutionNameJoiner.join(spans, TEXT))
                .extracting(NerSpan::label, NerSpan::text)
                .containsExactly(tuple("ORGANIZATION", "Washington Office on Latin America"));
    }

    @Test
    void keepsCompanyAndItsCountryApart() {
        String text = "Siemens of Germany won the order.";
        List<NerSpan> spans = List.of(new NerSpan("ORGANIZATION", 0, 7, "Siemens", 0),
                new NerSpan("LOCATION", 11, 18, "Germany", 0));

        assertThat(InstitutionNameJoiner.join(spans, text)).isEqualTo(spans);
    }

    @Test
    void neverSwallowsAPerson() {
        String text = "the Office of Maria Lopez";
        List<NerSpan> spans = List.of(new NerSpan("ORGANIZATION", 4, 10, "Office", 0),
                new NerSpan("PERSON", 14, 25, "Maria Lopez", 0));

        assertThat(InstitutionNameJoiner.join(spans, text)).isEqualTo(spans);
    }

    @Test
    void joinsOnlyWithinOneSentence() {
        List<NerSpan> spans = List.of(span("ORGANIZATION", "Washington Office"),
                new NerSpan("LOCATION", TEXT.indexOf("Latin America"), TEXT.indexOf("Latin America") + 13,
                        "Latin America", 1));

        assertThat(InstitutionNameJoiner.join(spans, TEXT)).isEqualTo(spans);
    }

    private static NerSpan span(String label, String text) {
        int start = TEXT.indexOf(text);
        return new NerSpan(label, start, start + text.length(), text, 0);
    }
}
