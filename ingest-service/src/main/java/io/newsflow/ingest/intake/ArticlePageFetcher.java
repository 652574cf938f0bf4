package io.newsflow.ingest.intake;

import io.newsflow.ingest.web.fetch.FetchException;
import io.newsflow.ingest.web.fetch.FetchFailure;
import io.newsflow.ingest.web.fetch.FetchRequest;
import io.newsflow.ingest.web.fetch.FetchResponse;
import io.newsflow.ingest.web.fetch.FetchSettings;
import io.newsflow.ingest.web.fetch.HostResolver;
import io.newsflow.ingest.web.fetch.HttpFetcher;
import io.newsflow.ingest.web.fetch.UrlPolicy;
import io.newsflow.ingest.web.html.ArticlePageExtractor;
import io.newsflow.ingest.web.html.ExtractedArticle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Fetches the article page a pushed simple article names in its {@code url} (only from an allowed host
 * with public addresses, see {@link UrlPolicy#checkCallerSuppliedUrl}) and extracts its article.
 */
@Component
class ArticlePageFetcher {
    private static final Set<MediaType> HTML = Set.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

    private final HttpFetcher fetcher;
    private final long maxPageBytes;
    private final ArticlePageExtractor extractor = new ArticlePageExtractor();

    ArticlePageFetcher(PageFetchProperties properties, Clock clock) {
        UrlPolicy policy = new UrlPolicy(properties.allowedHosts(), HostResolver.SYSTEM,
                properties.allowPrivateAddresses());
        FetchSettings settings = new FetchSettings(properties.connectTimeout(), properties.timeout(),
                properties.maxRedirects(), FetchSettings.DEFAULT_USER_AGENT);
        this.fetcher = new HttpFetcher(settings, policy::checkCallerSuppliedUrl, clock);
        this.maxPageBytes = properties.maxPageSize().toBytes();
    }

    /**
     * @throws FetchException when the URL may not be fetched ({@code host-not-allowed},
     *                        {@code address-not-allowed}) or the page could not be fetched or is not HTML
     */
    ExtractedArticle fetch(URI url) {
        FetchResponse response = fetcher.fetch(new FetchRequest(url,
                Map.of("Accept", "text/html,application/xhtml+xml;q=0.9"), null, null, maxPageBytes));
        if (!isHtml(response.contentType())) {
            throw new FetchException(FetchFailure.NOT_HTML, url + " answered with '" + response.contentType()
                    + "', not an HTML page; send the article text itself");
        }
        return extractor.extract(response.body(), response.contentType(), response.finalUri());
    }

    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return true; // servers that leave it out almost always serve HTML; the extractor copes either way
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return HTML.stream().anyMatch(html -> html.isCompatibleWith(type));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
