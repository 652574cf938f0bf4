package io.newsflow.common.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ArticleIdsTest {
    private static final String HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void prefixesTheUpstreamUriWithTheSourceId() {
        ArticleIdentity identity = ArticleIds.identify("wire", "urn:example:item:42", null, HASH);

        assertThat(identity.id()).isEqualTo("wire:urn:example:item:42");
        assertThat(identity.upstreamId()).isEqualTo("urn:example:item:42");
        assertThat(identity.ninjsUri()).isEqualTo("urn:example:item:42");
    }

    @Test
    void prefersTheUpstreamUriOverTheUrl() {
        ArticleIdentity identity = ArticleIds.identify("wire", "guid-42", "https://example.com/a", HASH);

        assertThat(identity.id()).isEqualTo("wire:guid-42");
    }

    @Test
    void mintsANewsflowUrnAsNinjsUriWhenTheGuidIsNotAnAbsoluteUri() {
        ArticleIdentity identity = ArticleIds.identify("wire", "guid 42", null, HASH);

        assertThat(identity.id()).isEqualTo("wire:guid 42");
        assertThat(identity.ninjsUri()).matches("urn:newsflow:wire:[0-9a-f]{64}")
                .isEqualTo(ArticleIds.identify("wire", "guid 42", "https://example.com/other", "f".repeat(64))
                        .ninjsUri());
    }

    @Test
    void usesTheCanonicalUrlWhenThereIsNoUpstreamId() {
        ArticleIdentity identity = ArticleIds.identify("push", null, "HTTPS://Example.COM/News/1/?utm_source=x",
                HASH);

        assertThat(identity.id()).isEqualTo("push:https://example.com/News/1");
        assertThat(identity.ninjsUri()).isEqualTo("https://example.com/News/1");
    }

    @Test
    void fallsBackToTheContentHashWhenThereIsNeitherUpstreamIdNorUrl() {
        ArticleIdentity identity = ArticleIds.identify("push", " ", null, HASH);

        assertThat(identity.id()).isEqualTo("push:sha256:" + HASH);
        assertThat(identity.ninjsUri()).isEqualTo("urn:newsflow:push:" + HASH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTP://WWW.Example.Com/Path/Case     | http://www.example.com/Path/Case",
            "https://example.com/a#comments      | https://example.com/a",
            "https://example.com:443/a           | https://example.com/a",
            "http://example.com:80/a             | http://example.com/a",
            "http://example.com:8080/a           | http://example.com:8080/a",
            "https://example.com:80/a            | https://example.com:80/a",
            "https://example.com/a/              | https://example.com/a",
            "https://example.com/                | https://example.com",
            "https://example.com/a/b/../c/./d    | https://example.com/a/c/d",
            "https://example.com/a?utm_source=tw&id=7&utm_Medium=social&fbclid=x&gclid=y | https://example.com/a?id=7",
            "https://example.com/a?b=2&a=1       | https://example.com/a?b=2&a=1",
            "https://example.com/a?utm_campaign=z | https://example.com/a",
            "https://example.com/a%20b?q=%C3%A9  | https://example.com/a%20b?q=%C3%A9",
            "'  https://example.com/a  '         | https://example.com/a",
    })
    void canonicalisesUrls(String url, String canonical) {
        assertThat(ArticleIds.canonicalUrl(url)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/a", "mailto:desk@example.com", "javascript:alert(1)",
            "/news/1", "example.com/news/1", "https://exa mple.com/a", "https:///no-host"})
    void rejectsUrlsThatAreNotAbsoluteHttpOrHttps(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> ArticleIds.canonicalUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"push", "reuters", "a", "wire-2.de_en", "0"})
    void acceptsLowerCaseSourceIds(String sourceId) {
        assertThat(ArticleIds.isValidSourceId(sourceId)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Push", "-wire", ".wire", "wire feed", "wire:1", "wire/1"})
    void rejectsMalformedSourceIds(String sourceId) {
        assertThat(ArticleIds.isValidSourceId(sourceId)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> ArticleIds.identify(sourceId, "x:1", null, HASH));
    }

    @Test
    void limitsSourceIdsTo64Characters() {
        assertThat(ArticleIds.isValidSourceId("s".repeat(64))).isTrue();
        assertThat(ArticleIds.isValidSourceId("s".repeat(65))).isFalse();
        assertThat(ArticleIds.isValidSourceId(null)).isFalse();
    }
}
