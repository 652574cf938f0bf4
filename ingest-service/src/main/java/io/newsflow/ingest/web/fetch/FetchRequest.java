package io.newsflow.ingest.web.fetch;

import java.net.URI;
import java.util.Map;

/**
 * A GET to make.
 *
 * @param uri          what to fetch
 * @param headers      extra request headers (e.g. an API key from the environment)
 * @param etag         the ETag of the last 200 answer, sent as If-None-Match; null for none
 * @param lastModified the Last-Modified of the last 200 answer, sent as If-Modified-Since; null for none
 * @param maxBytes     largest body accepted after decompression; beyond it the fetch fails with too-large
 */
public record FetchRequest(URI uri, Map<String, String> headers, String etag, String lastModified, long maxBytes) {
    public FetchRequest {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
