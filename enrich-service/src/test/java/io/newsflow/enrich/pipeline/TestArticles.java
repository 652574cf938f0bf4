package io.newsflow.enrich.pipeline;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.ninjs.PubStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Raw events for tests, built the way ingest-service builds them. */
final class TestArticles {
    static final SourceInfo SOURCE = new SourceInfo("test-wire", "Test Wire", null);

    private TestArticles() {
    }

    static RawArticleEvent raw(String id, String headline, String body) {
        return raw(id, item(headline, body, PubStatus.USABLE));
    }

    static RawArticleEvent raw(String id, NinjsItem item) {
        return new RawArticleEvent(id, item, SOURCE, Instant.parse("2024-03-05T12:00:00Z"), "0".repeat(64));
    }

    static NinjsItem item(String headline, String body, String pubStatus) {
        return new NinjsItem("urn:test:" + Math.abs((headline + body).hashCode()), "text", "1", null,
                "2024-03-05T11:58:00Z", null, pubStatus, "en",
                headline == null ? List.of() : List.of(NinjsText.plain(headline)),
                body == null ? List.of() : List.of(NinjsText.plain(body)), null, null, null, null, null, null, null);
    }

    /** A story file from test resources: the headline, a blank line, then the body. */
    static RawArticleEvent fromResource(String id, String resource) {
        try (InputStream in = TestArticles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            String[] headlineAndBody = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\n", 2);
            return raw(id, headlineAndBody[0], headlineAndBody[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
