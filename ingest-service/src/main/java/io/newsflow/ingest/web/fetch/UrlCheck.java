package io.newsflow.ingest.web.fetch;

import java.net.URI;

/** Decides whether a URL may be requested; {@link HttpFetcher} asks before the first request and every redirect. */
@FunctionalInterface
public interface UrlCheck {
    /** @throws FetchException naming the reason when {@code uri} must not be requested */
    void check(URI uri);
}
