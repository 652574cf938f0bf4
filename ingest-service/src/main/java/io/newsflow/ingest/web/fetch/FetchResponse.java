package io.newsflow.ingest.web.fetch;

import java.net.URI;

/**
 * The answer to a {@link FetchRequest}.
 *
 * @param status       HTTP status; 304 means unchanged and has no body
 * @param body         the decompressed body (empty for 304)
 * @param contentType  the Content-Type header, or null
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param finalUri     where the body came from after redirects
 */
public record FetchResponse(int status, byte[] body, String contentType, String etag, String lastModified,
                            URI finalUri) {
    public boolean notModified() {
        return status == 304;
    }
}
