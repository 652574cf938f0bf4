package io.newsflow.trends.story;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wire copy we wrote (src/test/resources/stories): a port strike story, the same copy republished by another source
 * with small edits, a follow-up with a new lead on the same copy, and an unrelated story from the same city.
 */
class StoryMatcherTest {
    private static final Instant MONDAY = Instant.parse("2026-12-07T08:00:00Z");
    private static final List<String> STRIKE_ENTITIES = List.of("LOCATION:rotterdam", "ORGANIZATION:fnv",
            "PERSON:marieke de groot", "LOCATION:antwerp", "LOCATION:hamburg");

    private final StoryMatcher matcher = new StoryMatcher(Duration.ofHours(48));

    @Test
    void republishedCopyIsANearDuplicate() throws IOException {
        StoryArticle original = article("wire:1", "original.txt", MONDAY, STRIKE_ENTITIES);
        StoryArticle republished = article("ledger:1", "republished.txt", MONDAY.plusSeconds(1800), STRIKE_ENTITIES);

        StoryMatcher.Match match = matcher.bestMatch(republished, List.of(original)).orElseThrow();
        assertThat(match.relation()).isEqualTo("near-duplicate");
        assertThat(match.earlier().id()).isEqualTo("wire:1");
        assertThat(MinHash.bandKeys(republished.signature())).as("the band index finds it")
                .containsAnyElementsOf(MinHash.bandKeys(original.signature()));
    }

    @Test
    void newLeadOnTheSameCopyIsAFollowUp() throws IOException {
        StoryArticle original = article("wire:1", "original.txt", MONDAY, STRIKE_ENTITIES);
        StoryArticle followUp = article("wire:2", "follow-up.txt", MONDAY.plus(Duration.ofHours(26)),
                STRIKE_ENTITIES.subList(0, 4));

        StoryMatcher.Match match = matcher.bestMatch(followUp, List.of(original)).orElseThrow();
        assertThat(match.relation()).isEqualTo("follow-up");
        assertThat(MinHash.bandKeys(followUp.signature())).containsAnyElementsOf(MinHash.bandKeys(original.signature()));
    }

    @Test
    void unrelatedStoryFromTheSameCityDoesNotJoin() throws IOException {
        StoryArticle original = article("wire:1", "original.txt", MONDAY, STRIKE_ENTITIES);
        StoryArticle museum = article("wire:3", "unrelated.txt", MONDAY.plusSeconds(600),
                List.of("ORGANIZATION:museum boijmans van beuningen", "LOCATION:rotterdam", "PERSON:ina klaassen"));

        assertThat(matcher.bestMatch(museum, List.of(original))).isEmpty();
    }

    @Test
    void copiesOutsideTheLookBackStartANewStory() throws IOException {
        StoryArticle original = article("wire:1", "original.txt", MONDAY, STRIKE_ENTITIES);
        StoryArticle muchLater = article("ledger:1", "republished.txt", MONDAY.plus(Duration.ofDays(3)),
                STRIKE_ENTITIES);

        assertThat(matcher.bestMatch(muchLater, List.of(original))).isEmpty();
    }

    static StoryArticle article(String id, String file, Instant publishedAt, List<String> entityKeys)
            throws IOException {
        String text = text(file);
        return new StoryArticle(id, id.substring(0, id.indexOf(':')), text.lines().findFirst().orElseThrow(),
                publishedAt, MinHash.signature(text), entityKeys, null, 0);
    }

    static String text(String file) throws IOException {
        try (InputStream in = StoryMatcherTest.class.getResourceAsStream("/stories/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
