package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.EnrichedArticleEvent;
import io.newsflow.common.event.Enrichment;
import io.newsflow.common.ninjs.NinjsText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The one rule for characters that carry no text: the cleaned text leaves out ZWSP, word joiner, BOM, soft
 * hyphen and the bidirectional controls, in the headline and the body alike, and keeps ZWNJ and ZWJ, which
 * are part of the spelling in Persian, Indic scripts and emoji.
 */
class InvisibleCharactersTest {
    private static final String BODY = "Harbour authorities in Rotterdam said on Monday that container volumes "
            + "rose again in November.";

    private final CleanStage clean = new CleanStage();

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200B", "2060", "FEFF", "00AD", "200E", "200F", "061C", "202A", "202B", "202C", "202D",
            "202E", "2066", "2067", "2068", "2069"})
    void dropsACharacterThatCarriesNoTextFromTheHeadlineAndTheBody(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));

        CleanedText cleaned = clean.clean("Port" + c + " volumes rise" + c, "Harbour" + c + " authorities" + c
                + " in Rotterdam said on Monday that container volumes rose again in November.");

        assertThat(cleaned.text()).isEqualTo("Port volumes rise\n\n" + BODY);
        assertThat(cleaned.headline()).isEqualTo(new TextRange(0, "Port volumes rise".length()));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200B", "2060", "00AD", "200F", "202E", "2069"})
    void dropsItFromAnHtmlBodyToo(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));

        NinjsText html = new NinjsText(null, "text/html", "<p>Harbour" + c + " authorities in Rotterdam said on "
                + "Monday that container volumes rose again in November.</p>", null);

        CleanedText cleaned = clean.clean("Port volumes rise", html);

        assertThat(cleaned.text()).isEqualTo("Port volumes rise\n\n" + BODY);
    }

    @Test
    void keepsZeroWidthSpaceAsTheWordBreakOfScriptsWrittenWithoutSpaces() {
        String thai = "ภาษา\u200Bไทย\u200Bวันนี้";
        String khmer = "ភាសា\u200Bខ្មែរ";

        CleanedText cleaned = clean.clean(thai, khmer + " Port\u200Bvolumes ภาษา\u200B" + BODY);

        // kept between Thai or Khmer letters (and their marks); left out next to Latin letters on either side
        assertThat(cleaned.text()).isEqualTo(thai + "\n\n" + khmer + " Portvolumes ภาษา" + BODY);
    }

    @Test
    void keepsZeroWidthNonJoinerAndJoinerInPersianAndEmojiAlike() {
        String persian = "می\u200Cخواهم";
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String bengali = "ক্\u200Dষ";

        CleanedText cleaned = clean.clean("\u200F" + persian + " " + family, "\u202B" + persian + "\u202C " + bengali
                + " " + BODY);

        assertThat(cleaned.text()).isEqualTo(persian + " " + family + "\n\n" + persian + " " + bengali + " " + BODY);
    }

    @Test
    void keepsTheTextUnchangedWhenItHasNothingToDrop() {
        String text = "Port volumes rise";

        assertThat(InvisibleCharacters.strip(text)).isSameAs(text);
    }

    @Test
    void recognisesAPlaceWithAZeroWidthSpaceInsideAsWithout() {
        EnrichmentPipeline pipeline = EnrichmentPipeline.createDefault();
        EnrichedArticleEvent plain = pipeline.enrich(TestArticles.raw("test-wire:zw-1", "Port volumes rise", BODY));
        EnrichedArticleEvent zwsp = pipeline.enrich(TestArticles.raw("test-wire:zw-2", "Port volumes rise",
                BODY.replace("Rotterdam", "Rotter\u200Bdam")));
        EnrichedArticleEvent zwnj = pipeline.enrich(TestArticles.raw("test-wire:zw-3", "Port volumes rise",
                BODY.replace("Rotterdam", "Rotter\u200Cdam")));

        assertThat(plain.enrichment().entities()).filteredOn(e -> e.type().equals("LOCATION"))
                .singleElement().satisfies(place -> {
                    assertThat(place.canonicalName()).isEqualTo("Rotterdam");
                    assertThat(place.link().title()).isEqualTo("Rotterdam");
                });
        for (EnrichedArticleEvent withInvisible : new EnrichedArticleEvent[]{zwsp, zwnj}) {
            assertThat(withInvisible.enrichment().cleanedText()).isEqualTo(plain.enrichment().cleanedText());
            assertThat(withInvisible.enrichment().entities()).extracting(Enrichment.Entity::type,
                    Enrichment.Entity::canonicalName, Enrichment.Entity::mentions, Enrichment.Entity::link)
                    .isEqualTo(plain.enrichment().entities().stream()
                            .map(e -> tuple(e.type(), e.canonicalName(), e.mentions(), e.link())).toList());
        }
    }

    @Test
    void dropsZeroWidthNonJoinerAndJoinerBetweenTwoLatinLettersOnly() {
        String kept = "A\u200C می\u200Cخواهم x\u200D\uD83D\uDE00 ";

        CleanedText cleaned = clean.clean("Rotter\u200Cdam Auf\u200B\u200Dlage", kept + BODY);

        assertThat(cleaned.text()).isEqualTo("Rotterdam Auflage\n\n" + kept + BODY);
    }
}
