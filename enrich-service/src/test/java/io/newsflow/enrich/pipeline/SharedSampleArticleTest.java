package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.ninjs.NinjsEntityRef;
import io.newsflow.common.plaintext.PlainTextArticle;
import io.newsflow.common.plaintext.PlainTextArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The whole pipeline on the project's reference input, a news article as copied from its web page (in the
 * shared directory, never in the repository): what an editor would mark up in it, and what must not survive
 * cleaning.
 */
@Tag("shared")
class SharedSampleArticleTest {
    private static EnrichedArticleEvent enriched;

    @BeforeAll
    static void enrichTheSample() throws IOException {
        Path sample = Path.of(System.getProperty("newsflow.shared.dir"), "samples",
                "washingtonpost-venezuela-coup-plot.txt");
        PlainTextArticle article = new PlainTextArticleReader().read(Files.readString(sample));
        enriched = EnrichmentPipeline.createDefault()
                .enrich(TestArticles.raw("sample:venezuela-coup-plot", article.headline(), article.body()));
    }

    @Test
    void startsWithTheArticleHeadline() {
        assertThat(cleanedText()).startsWith("Trump administration met with, but rebuffed, ");
    }

    @Test
    void leavesMastheadCaptionRelatedHeadlineAndContributorsOut() {
        assertThat(cleanedText()).doesNotContain("Democracy Dies in Darkness", "(Ariana Cubillos/AP)",
                "Book, op-ed show how", "contributed to this report");
        assertThat(enriched.enrichment().removed()).extracting(Enrichment.RemovedSegment::kind)
                .contains("caption", "related", "contributor");
    }

    @Test
    void joinsEveryMaduroMentionIntoOnePerson() {
        List<Enrichment.Entity> maduro = entities().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains("Maduro"))).toList();

        assertThat(maduro).singleElement().satisfies(person -> {
            assertThat(person.type()).isEqualTo("PERSON");
            assertThat(person.canonicalName()).isEqualTo("Nicolás Maduro");
            assertThat(person.mentions()).extracting(Enrichment.Mention::text).contains("Maduro", "Nicolás Maduro");
        });
    }

    @Test
    void makesTrumpOnePersonWhateverLabelEachMentionGot() {
        List<Enrichment.Entity> trump = entities().stream().filter(e -> e.canonicalName().equals("Trump")).toList();

        assertThat(trump).singleElement().satisfies(person -> {
            assertThat(person.type()).isEqualTo("PERSON");
            assertThat(person.mentions()).hasSizeGreaterThan(3);
        });
    }

    @Test
    void linksTheStorysMainEntitiesToWikipedia() {
        assertThat(entities()).filteredOn(e -> e.link() != null && !e.link().nil())
                .extracting(Enrichment.Entity::canonicalName, Enrichment.Entity::key)
                .contains(tuple("Trump", "Donald_Trump"),
                        tuple("Nicolás Maduro", "Nicolás_Maduro"),
                        tuple("H.R. McMaster", "H._R._McMaster"),
                        tuple("Caracas", "Caracas"));
        assertThat(entities()).filteredOn(e -> e.canonicalName().equals("Organization of American States"))
                .singleElement().satisfies(oas -> {
                    assertThat(oas.type()).isEqualTo("ORGANIZATION");
                    assertThat(oas.key()).isEqualTo("Organization_of_American_States");
                });
        assertThat(enriched.ninjs().people()).filteredOn(p -> "Nicolás Maduro".equals(p.name()))
                .extracting(NinjsEntityRef::uri).containsExactly("https://en.wikipedia.org/wiki/Nicol%C3%A1s_Maduro");
    }

    @Test
    void namesThePeopleTheStoryQuotesOrCites() {
        assertThat(people()).contains("Nicolás Maduro", "Trump", "H.R. McMaster", "Adam Isacson", "Felix Seijas",
                "Garrett Marquis");
    }

    @Test
    void doesNotNamePeopleWhoAppearOnlyInTheCaptionOrTheContributorLine() {
        // Cilia Flores is named only in the photo caption; once it is gone, the story does not mention her.
        assertThat(cleanedText()).doesNotContain("Cilia Flores");
        assertThat(people()).doesNotContain("Cilia Flores", "Ariana Cubillos", "John Hudson", "Rachelle Krygier");
    }

    @Test
    void findsThePlaces() {
        assertThat(enriched.ninjs().places()).extracting(NinjsEntityRef::name)
                .contains("Venezuela", "Caracas", "United States");
    }

    @Test
    void findsTheOrganisations() {
        assertThat(enriched.ninjs().organisations()).extracting(NinjsEntityRef::name)
                .anyMatch(name -> name.contains("Organization of American States"))
                .anyMatch(name -> name.contains("National Security Council"))
                .contains("Washington Office on Latin America")
                .doesNotContain("Washington Office");
    }

    @Test
    void offsetsPointIntoCleanedText() {
        assertThat(entities()).flatExtracting(Enrichment.Entity::mentions).allSatisfy(mention ->
                assertThat(cleanedText().substring(mention.start(), mention.end())).isEqualTo(mention.text()));
    }

    @Test
    void staysWithinEveryStageBudget() {
        // the budgets are for pathological input: a real article, long as this one is, loses nothing to them
        assertThat(enriched.enrichment().skipped()).isEmpty();
    }

    private static String cleanedText() {
        return enriched.enrichment().cleanedText();
    }

    private static List<Enrichment.Entity> entities() {
        return enriched.enrichment().entities();
    }

    private static List<String> people() {
        return enriched.ninjs().people().stream().map(NinjsEntityRef::name).toList();
    }
}
