package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The entities stage on hand-made mentions, so each rule is seen without the tagger's own choices. */
class EntityStageTest {
    private final CleanStage clean = new CleanStage();
    private final EntityStage entities = new EntityStage();

    @Test
    void numbersEntitiesFromTheMostSalientDown() {
        CleanedText text = clean.clean("Ortiz visits Brazil",
                "Ortiz arrived in Brazil. Ortiz met Roe.\n\nLater Ortiz flew home to Paraguay.");

        List<Enrichment.Entity> resolved = entities.resolve(text, spansInOrder(text, "PERSON:Ortiz",
                "LOCATION:Brazil", "PERSON:Ortiz", "LOCATION:Brazil", "PERSON:Ortiz", "PERSON:Roe", "PERSON:Ortiz",
                "LOCATION:Paraguay"));

        assertThat(resolved).extracting(Enrichment.Entity::id).containsExactly("E1", "E2", "E3", "E4");
        assertThat(resolved).extracting(Enrichment.Entity::canonicalName)
                .containsExactly("Ortiz", "Brazil", "Roe", "Paraguay");
        assertThat(resolved).extracting(Enrichment.Entity::salience)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void salienceIsPositiveAndSumsToOne() {
        CleanedText text = clean.clean("Ortiz visits Brazil", "Ortiz arrived in Brazil and met Roe.");

        List<Enrichment.Entity> resolved = entities.resolve(text, spansInOrder(text,
                "PERSON:Ortiz", "LOCATION:Brazil", "PERSON:Roe"));

        assertThat(resolved).allSatisfy(e -> assertThat(e.salience()).isPositive());
        assertThat(resolved.stream().mapToDouble(Enrichment.Entity::salience).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void ranksANameInTheHeadlineAboveOneMentionedAsOften() {
        CleanedText text = clean.clean("Roe wins",
                "Talks ended.\n\nLee spoke first and Roe spoke next. Then Lee left.");

        List<Enrichment.Entity> resolved = entities.resolve(text, spansInOrder(text,
                "PERSON:Roe", "PERSON:Lee", "PERSON:Roe", "PERSON:Lee"));

        assertThat(resolved).extracting(Enrichment.Entity::canonicalName).containsExactly("Roe", "Lee");
    }

    @Test
    void dropsPronounsAndKeepsMentionsInTextOrder() {
        CleanedText text = clean.clean("Ortiz acts",
                "President Daniel Ortiz said he would act. Ortiz’s aides agreed.");

        List<Enrichment.Entity> resolved = entities.resolve(text, spansInOrder(text,
                "PERSON:Ortiz", "PERSON:President Daniel Ortiz", "PERSON:he", "PERSON:Ortiz’s"));

        assertThat(resolved).singleElement().satisfies(person -> {
            assertThat(person.canonicalName()).isEqualTo("Daniel Ortiz");
            assertThat(person.mentions()).extracting(Enrichment.Mention::text)
                    .containsExactly("Ortiz", "Daniel Ortiz", "Ortiz");
            assertThat(person.mentions()).allSatisfy(m ->
                    assertThat(text.text().substring(m.start(), m.end())).isEqualTo(m.text()));
        });
    }

    @Test
    void findsNoEntitiesWhenThereAreNoMentions() {
        CleanedText text = clean.clean("Rain", "It rained.");

        assertThat(entities.resolve(text, List.of())).isEmpty();
    }

    /** A span for each "LABEL:text", each at the first occurrence after the previous one. */
    private static List<NerSpan> spansInOrder(CleanedText cleaned, String... labelled) {
        List<NerSpan> spans = new ArrayList<>();
        int from = 0;
        for (String entry : labelled) {
            String[] parts = entry.split(":", 2);
            int start = cleaned.text().indexOf(parts[1], from);
            if (start < 0) {
                throw new IllegalArgumentException("'" + parts[1] + "' does not occur after offset " + from);
            }
            spans.add(new NerSpan(parts[0], start, start + parts[1].length(), parts[1], 0));
            from = start + parts[1].length();
        }
        return spans;
    }
}
