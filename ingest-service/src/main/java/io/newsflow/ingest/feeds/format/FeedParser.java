package io.newsflow.ingest.feeds.format;

import java.net.URI;

/**
 * Reads one fetched feed document. Implementations never resolve external entities or DTDs, never fetch
 * anything, and report bad items in {@link FeedParseResult#rejected()} instead of failing the whole feed.
 */
public interface FeedParser {

    /**
     * @param document    the body as received (already decompressed), at most the configured size
     * @param contentType the Content-Type header, or null; its charset is one hint among BOM and declaration
     * @throws FeedFormatException when the document as a whole is unreadable (not XML/JSON, a DOCTYPE,
     *                             an entity bomb, not this format)
     */
    FeedParseResult parse(byte[] document, String contentType);

    /**
     * The same, for a document fetched from {@code address}: formats whose items can be identified by where
     * they were found (an article page) use it; the others ignore it.
     *
     * @param address the URL the document came from after redirects; may be null
     */
    default FeedParseResult parse(byte[] document, String contentType, URI address) {
        return parse(document, contentType);
    }
}
