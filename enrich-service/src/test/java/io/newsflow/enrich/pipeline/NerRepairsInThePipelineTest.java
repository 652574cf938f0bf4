package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.Enrichment;
import io.newsflow.enrich.linking.LinkIndex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NER steps after the CRF (headline truecasing, label consistency, type repair) through the real stages:
 * CoreNLP's CRF, the shipped link index and the case list, on wire copy written for these tests.
 */
class NerRepairsInThePipelineTest {
    private static final EnrichmentPipeline PIPELINE = new EnrichmentPipeline(List.of(new CleanStage(),
            new LanguageStage(), new SegmentStage(), new NerStage(), new EntityStage(LinkIndex.loadDefault()),
            new LinkStage(LinkIndex.loadDefault())));

    @Test
    void aLakeNamedBesideItsCommonNounIsAPlaceNotAPerson() {
        List<Enrichment.Entity> entities = entities("Vote in Hamburg",
                "Mayor Katharina Lindner claimed victory at the party gathering near the Alster lake.");

        assertThat(entity(entities, "Alster").type()).isEqualTo("LOCATION");
        assertThat(entity(entities, "Katharina Lindner").type()).isEqualTo("PERSON");
    }

    @Test
    void aNameOpeningWithTheWordForBankIsAnOrganisationNotAPlace() {
        List<Enrichment.Entity> entities = entities("Mortgage demand falls",
                "Rui Tavares Menezes, a senior economist at Banco de Portugal, said demand had fallen in Portugal.");

        assertThat(entity(entities, "Banco de Portugal").type()).isEqualTo("ORGANIZATION");
        assertThat(entity(entities, "Portugal").type()).isEqualTo("LOCATION");
    }

    @Test
    void readsAHeadlineInCapitalsInTheArticlesOwnSpelling() {
        List<Enrichment.Entity> entities = entities("MAYOR LINDNER CLAIMS VICTORY IN HAMBURG AS GREENS GAIN GROUND",
                "Mayor Katharina Lindner of the Social Democrats claimed victory in Hamburg on Sunday as the Greens "
                        + "gained ground.\n\nLindner said the city would keep building.");

        Enrichment.Entity lindner = entity(entities, "Katharina Lindner");
        assertThat(lindner.type()).isEqualTo("PERSON");
        assertThat(lindner.mentions()).extracting(Enrichment.Mention::text).contains("LINDNER");
        Enrichment.Entity hamburg = entity(entities, "Hamburg");
        assertThat(hamburg.type()).isEqualTo("LOCATION");
        assertThat(hamburg.mentions()).extracting(Enrichment.Mention::text).containsExactly("HAMBURG", "Hamburg");
    }

    @Test
    void aSurnameThatIsAlsoAPlaceIsThePersonThroughoutTheArticle() {
        List<Enrichment.Entity> entities = entities("Washington out in second round",
                "Marcus Washington lost to Alex O'Brien in the second round of the hard-court tournament on "
                        + "Thursday.\n\nWashington, who had saved two match points, served for the match in the "
                        + "fifth set.\n\n\"I got a little tight,\" said Washington.");

        Enrichment.Entity washington = entity(entities, "Marcus Washington");
        assertThat(washington.type()).isEqualTo("PERSON");
        assertThat(washington.mentions()).extracting(Enrichment.Mention::text)
                .containsExactly("Washington", "Marcus Washington", "Washington", "Washington");
        assertThat(entities).noneMatch(e -> e.canonicalName().equals("Washington"));
    }

    private static List<Enrichment.Entity> entities(String headline, String body) {
        return PIPELINE.enrich(TestArticles.raw("test-wire:ner", headline, body)).enrichment().entities();
    }

    private static Enrichment.Entity entity(List<Enrichment.Entity> entities, String canonicalName) {
        return entities.stream().filter(e -> e.canonicalName().equals(canonicalName)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + canonicalName + " in " + entities.stream()
                        .map(e -> e.type() + " " + e.canonicalName()).toList()));
    }
}
