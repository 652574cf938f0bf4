package io.newsflow.ingest.versions;

import io.newsflow.common.ninjs.PubStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.newsflow.ingest.versions.Candidate.article;
import static org.assertj.core.api.Assertions.assertThat;

class PublishRulesTest {
    private static final String FEED = "harbour-top";
    private static final Candidate PUBLISHED = article("harbour-wire:ferry").version("2");

    private static PublishDecision decide(Candidate candidate, Candidate lastPublished) {
        return PublishRules.decide(candidate.event(), lastPublished == null ? null : lastPublished.publishedFrom(FEED));
    }

    @Test
    void unknownIdIsNew() {
        assertThat(decide(PUBLISHED, null)).isEqualTo(PublishDecision.NEW);
    }

    @Test
    void unknownIdArrivingRetractedIsARetraction() {
        assertThat(decide(PUBLISHED.pubStatus(PubStatus.CANCELED), null)).isEqualTo(PublishDecision.RETRACTION);
    }

    @Test
    void sameVersionContentAndStatusIsADuplicate() {
        assertThat(decide(PUBLISHED, PUBLISHED)).isEqualTo(PublishDecision.DUPLICATE);
    }

    @Test
    void missingPubStatusCountsAsUsable() {
        assertThat(decide(PUBLISHED.pubStatus(null), PUBLISHED)).isEqualTo(PublishDecision.DUPLICATE);
    }

    @Test
    void newerVersionIsAnUpdate() {
        assertThat(decide(PUBLISHED.version("3").content("content-3"), PUBLISHED)).isEqualTo(PublishDecision.UPDATE);
    }

    @Test
    void changedContentUnderTheSameVersionIsAnUpdate() {
        assertThat(decide(PUBLISHED.content("corrected"), PUBLISHED)).isEqualTo(PublishDecision.UPDATE);
    }

    @Test
    void olderVersionIsStale() {
        assertThat(decide(PUBLISHED.version("1").content("content-0"), PUBLISHED)).isEqualTo(PublishDecision.STALE);
    }

    @ParameterizedTest
    @CsvSource({"canceled", "withheld"})
    void withdrawingAPublishedArticleIsARetraction(String pubStatus) {
        assertThat(decide(PUBLISHED.pubStatus(pubStatus), PUBLISHED)).isEqualTo(PublishDecision.RETRACTION);
    }

    @Test
    void retractionWinsOverAnOlderVersionNumber() {
        assertThat(decide(PUBLISHED.version("1").pubStatus(PubStatus.WITHHELD), PUBLISHED))
                .isEqualTo(PublishDecision.RETRACTION);
    }

    @Test
    void retractionOfferedAgainIsADuplicate() {
        Candidate retracted = PUBLISHED.pubStatus(PubStatus.CANCELED);

        assertThat(decide(retracted, retracted)).isEqualTo(PublishDecision.DUPLICATE);
    }

    @Test
    void withheldArticleOfferedAsUsableAgainIsAnUpdate() {
        assertThat(decide(PUBLISHED, PUBLISHED.pubStatus(PubStatus.WITHHELD))).isEqualTo(PublishDecision.UPDATE);
    }

    @ParameterizedTest(name = "{0} after {1} is {2}")
    @CsvSource({
            "10,    9,    UPDATE",
            "9,     10,   STALE",
            "1.10,  1.9,  UPDATE",
            "1.9,   1.10, STALE",
            "2,     2.0,  UPDATE",
            "' 4 ', 3,    UPDATE"})
    void numericVersionsCompareAsNumbers(String candidateVersion, String publishedVersion, PublishDecision expected) {
        Candidate published = PUBLISHED.version(publishedVersion);
        Candidate candidate = published.version(candidateVersion).content("other-content");

        assertThat(decide(candidate, published)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "versionCreated {0} after {1} is {2}")
    @CsvSource({
            "2026-03-02T09:00:00Z,      2026-03-02T08:00:00Z, UPDATE",
            "2026-03-02T07:00:00Z,      2026-03-02T08:00:00Z, STALE",
            "2026-03-02T09:30:00+02:00, 2026-03-02T08:00:00Z, STALE"})
    void versionsThatAreNotNumbersAreOrderedByVersionCreated(String candidateCreated, String publishedCreated,
                                                             PublishDecision expected) {
        Candidate published = PUBLISHED.version("rev-b").versionCreated(publishedCreated);
        Candidate candidate = published.version("rev-a").versionCreated(candidateCreated).content("other-content");

        assertThat(decide(candidate, published)).isEqualTo(expected);
    }

    @Test
    void changedContentThatCannotBeOrderedIsAnUpdate() {
        Candidate published = PUBLISHED.version("rev-b").versionCreated("yesterday");
        Candidate candidate = published.version("rev-a").versionCreated(null).content("other-content");

        assertThat(decide(candidate, published)).isEqualTo(PublishDecision.UPDATE);
    }
}
