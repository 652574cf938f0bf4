package io.newsflow.ingest.feeds.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Feed files written for these tests, under {@code src/test/resources/feeds/format}. */
final class FeedFixtures {

    private FeedFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/feeds/format/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture feeds/format/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FeedEntry entry(FeedParseResult result, String guid) {
        return result.entries().stream().filter(e -> guid.equals(e.guid())).findFirst()
                .orElseThrow(() -> new AssertionError("No entry with guid " + guid + " in " + result.entries()));
    }
}
