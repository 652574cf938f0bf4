package io.newsflow.common.article;

import io.newsflow.common.event.RawArticleEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ArticleJsonReaderTest {
    private final ArticleJsonReader reader = new ArticleJsonReader(new RawArticleFactory(
            Clock.fixed(Instant.parse("2024-05-02T08:15:30Z"), ZoneOffset.UTC), ArticleLimits.DEFAULTS));

    private RawArticleEvent read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), "push");
    }

    private void assertRejected(String json, String field, String rule) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(ArticleValidationException.class,
                e -> assertThat(e.violations()).extracting(ArticleViolation::field, ArticleViolation::rule)
                        .contains(tuple(field, rule)));
    }

    @Test
    void readsAnObjectWithoutNinjsPropertiesAsASimpleArticle() {
        RawArticleEvent event = read("""
                {"headline": "Ferry strike ends", "body": "Crews return on Friday.", "id": 1042, "version": 2}""");

        assertThat(event.id()).isEqualTo("push:1042");
        assertThat(event.ninjs().version()).isEqualTo("2");
        assertThat(event.ninjs().mainHeadline()).isEqualTo("Ferry strike ends");
    }

    @Test
    void readsAnObjectWithUriAsNinjs() {
        RawArticleEvent event = read("""
                {"uri": "urn:example:wire:77", "type": "text", "version": "3",
                 "headlines": [{"role": "main", "value": "Ferry strike ends"}],
                 "bodies": [{"role": "text", "contentType": "text/plain", "value": "Crews return on Friday."}],
                 "slugline": "ferry-strike"}""");

        assertThat(event.id()).isEqualTo("push:urn:example:wire:77");
        assertThat(event.ninjs().version()).isEqualTo("3");
        assertThat(event.ninjs().otherProperties()).containsEntry("slugline", "ferry-strike");
    }

    @Test
    void holdsAnObjectWithHeadlinesButNoUriToTheNinjsSchema() {
        assertRejected("""
                {"headlines": [{"value": "Ferry strike ends"}], "bodies": [{"value": "Crews return."}]}""",
                "/uri", "required");
    }

    @Test
    void reportsNinjsSchemaViolationsAsJsonPointers() {
        assertRejected("""
                {"uri": "urn:example:wire:77", "pubStatus": "published",
                 "headlines": [{"value": "Ferry strike ends"}], "bodies": [{"value": "Crews return."}]}""",
                "/pubStatus", "enum");
    }

    @Test
    void readsDeclaredNinjsEvenWithoutNinjsMarkers() {
        assertThatThrownBy(() -> reader.readNinjs("{\"headline\": \"x\"}".getBytes(StandardCharsets.UTF_8), "push"))
                .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                        .extracting(ArticleViolation::field, ArticleViolation::rule).contains(tuple("/uri", "required")));
    }

    @Test
    void rejectsAnUnknownPropertyOfASimpleArticle() {
        assertRejected("""
                {"headline": "Ferry strike ends", "body": "Crews return.", "author": "Ana Ruiz"}""",
                "author", "unknown-property");
    }

    @Test
    void rejectsANonStringHeadlineWithoutAlsoCallingItMissing() {
        assertThatThrownBy(() -> read("{\"headline\": [\"Ferry\"], \"body\": \"Crews return.\"}"))
                .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                        .extracting(ArticleViolation::field, ArticleViolation::rule)
                        .containsExactly(tuple("headline", "string")));
    }

    @Test
    void combinesShapeAndContentViolations() {
        assertThatThrownBy(() -> read("{\"headline\": 5, \"url\": \"ftp://x\", \"tags\": []}"))
                .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.violations())
                        .extracting(ArticleViolation::field, ArticleViolation::rule)
                        .containsExactlyInAnyOrder(tuple("headline", "string"), tuple("tags", "unknown-property"),
                                tuple("body", "required"), tuple("url", "http-or-https-url")));
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertRejected("{\"headline\": \"Ferry", "(request body)", "syntax");
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        assertRejected("[{\"headline\": \"Ferry strike ends\"}]", "(request body)", "type");
    }

    @Test
    void namesTheRequestBodyForBytesThatAreNotUtf8() {
        byte[] json = "{\"headline\": \"Ferry \u00C0\u00AF\", \"body\": \"Crews return.\"}"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(json, "push"))
                .isInstanceOfSatisfying(ArticleValidationException.class, e -> {
                    assertThat(e.violations())
                            .extracting(ArticleViolation::field, ArticleViolation::rule, ArticleViolation::offset)
                            .containsExactly(tuple("(request body)", "utf-8", 20));
                    assertThat(e.getMessage()).startsWith("Article rejected: (request body) (utf-8): The bytes C0 "
                            + "at byte offset 20 ");
                });
    }
}
