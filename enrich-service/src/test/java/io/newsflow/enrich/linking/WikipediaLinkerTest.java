package io.newsflow.enrich.linking;

import io.newsflow.common.event.EntityLink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WikipediaLinkerTest {
    /** Rows as CoreNLP's wikidict has them for these names. */
    private static final WikipediaLinker LINKER = new WikipediaLinker(LinkIndex.of(Map.ofEntries(
            Map.entry("nicolas maduro", new LinkCandidate("Nicolás_Maduro", 1.0)),
            Map.entry("maduro", new LinkCandidate("Hedwiges_Maduro", 0.8)),
            Map.entry("trump", new LinkCandidate("Donald_Trump", 0.511)),
            Map.entry("donald trump", new LinkCandidate("Donald_Trump", 0.98)),
            Map.entry("mcmaster", new LinkCandidate("McMaster_University", 0.783)),
            Map.entry("oas", new LinkCandidate("Organisation_de_l'armée_secrète", 0.41)),
            Map.entry("organization of american states", new LinkCandidate("Organization_of_American_States", 0.99)),
            Map.entry("mercury", new LinkCandidate("Mercury_(album)", 0.6)),
            Map.entry("alster", new LinkCandidate("Alster", 0.98)),
            Map.entry("united states", new LinkCandidate("United_States", 0.9)),
            Map.entry("u.s.", new LinkCandidate("United_States", 0.8)))));

    @Test
    void theFullNameDecidesAndTheSurnameDoesNotPullTheLinkAway() {
        EntityLink link = LINKER.link("PERSON", "Nicolás Maduro", List.of("Nicolás Maduro", "Maduro", "Maduro"));

        assertThat(link).isEqualTo(EntityLink.to("Nicolás_Maduro", 1.0));
        assertThat(link.url()).isEqualTo("https://en.wikipedia.org/wiki/Nicol%C3%A1s_Maduro");
    }

    @Test
    void namesThatAgreeRaiseTheScore() {
        EntityLink full = LINKER.link("LOCATION", "United States", List.of("United States"));
        EntityLink agreeing = LINKER.link("LOCATION", "United States", List.of("United States", "U.S."));

        assertThat(full).isEqualTo(EntityLink.to("United_States", 0.9));
        assertThat(agreeing).isEqualTo(EntityLink.to("United_States", 0.98));
    }

    @Test
    void aSurnameAloneLinksOnlyWhenTheArticleNeverGivesTheFullName() {
        assertThat(LINKER.link("PERSON", "Trump", List.of("Trump"))).isEqualTo(EntityLink.to("Donald_Trump", 0.511));
        assertThat(LINKER.link("PERSON", "Donald Trump", List.of("Donald Trump", "Trump")))
                .isEqualTo(EntityLink.to("Donald_Trump", 0.98));
    }

    @Test
    void anAcronymDoesNotOutvoteTheFullNameOfItsCluster() {
        EntityLink link = LINKER.link("ORGANIZATION", "Organization of American States",
                List.of("Organization of American States", "OAS", "OAS"));

        assertThat(link.title()).isEqualTo("Organization_of_American_States");
    }

    @Test
    void anArticleOfTheWrongKindIsRejectedAndTheEntityIsNil() {
        assertThat(LINKER.link("PERSON", "McMaster", List.of("McMaster"))).isEqualTo(EntityLink.nil(0.783));
        assertThat(LINKER.link("ORGANIZATION", "Mercury", List.of("Mercury")).nil()).isTrue();
        assertThat(LINKER.link("LOCATION", "Alster", List.of("Alster")).title()).isEqualTo("Alster");
    }

    @Test
    void aWeakPriorOrAnUnknownNameIsNil() {
        assertThat(LINKER.link("ORGANIZATION", "OAS", List.of("OAS"))).isEqualTo(EntityLink.nil(0.41));
        assertThat(LINKER.link("PERSON", "Ingrid Halvorsen", List.of("Ingrid Halvorsen", "Halvorsen")))
                .isEqualTo(EntityLink.nil(0));
    }

    @Test
    void theUrlIsPercentEncodedSoThatItIsAValidUri() {
        assertThat(EntityLink.to("Asunción", 0.9).url()).isEqualTo("https://en.wikipedia.org/wiki/Asunci%C3%B3n");
        assertThat(EntityLink.to("AT&T_(company)", 0.9).url())
                .isEqualTo("https://en.wikipedia.org/wiki/AT&T_(company)");
        assertThat(EntityLink.to("100%_Pure", 0.9).url()).isEqualTo("https://en.wikipedia.org/wiki/100%25_Pure");
    }

    @Test
    void theKeyIsTheTitleWhenLinkedAndTypeColonNameOtherwise() {
        assertThat(WikipediaLinker.key("PERSON", "Trump", EntityLink.to("Donald_Trump", 0.6)))
                .isEqualTo("Donald_Trump");
        assertThat(WikipediaLinker.key("PERSON", "Ingrid  Halvørsen", EntityLink.nil(0)))
                .isEqualTo("person:ingrid halvørsen");
        assertThat(WikipediaLinker.key("MISC", "Venezuelan", null)).isEqualTo("misc:venezuelan");
    }
}
