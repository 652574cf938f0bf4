package io.newsflow.ingest.feeds.poll;

import io.newsflow.ingest.feeds.config.FeedsProperties.Feed;
import io.newsflow.ingest.web.fetch.FetchException;
import io.newsflow.ingest.web.fetch.FetchRequest;
import io.newsflow.ingest.web.fetch.FetchResponse;
import io.newsflow.ingest.web.fetch.HttpFetcher;
import io.newsflow.ingest.feeds.format.FeedEntry;
import io.newsflow.ingest.web.html.ArticlePageExtractor;
import io.newsflow.ingest.web.html.ExtractedArticle;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * For feeds with {@code fetch-linked-pages}, completes items that carry only a summary with the text of the
 * page they link to. A page that cannot be used leaves the item as it is (its summary is published), counted
 * under {@code newsflow.ingest.feed.linked.pages} with the outcome.
 *
 * <p>Pages come only from the feed's own host or its {@code linked-page-hosts}: a feed is trusted to name
 * articles, not to make this service fetch arbitrary addresses. The feed's request headers are not sent,
 * since they may hold the feed's API key.
 */
class LinkedPageCompleter {
    private final HttpFetcher fetcher;
    private final ArticlePageExtractor extractor = new ArticlePageExtractor();
    private final long maxPageBytes;
    /**
     * The items completed on the feed's last poll: when a feed changes, most of its items did not, and
     * fetching their pages again would cost one request per item on every change.
     */
    private final ConcurrentMap<String, Map<FeedEntry, FeedEntry>> lastCompleted = new ConcurrentHashMap<>();

    /** @param fetcher a fetcher whose URL check admits only the hosts of {@code linked-page-hosts} */
    LinkedPageCompleter(HttpFetcher fetcher, long maxPageBytes) {
        this.fetcher = fetcher;
        this.maxPageBytes = maxPageBytes;
    }

    List<FeedEntry> complete(Feed feed, List<FeedEntry> entries, FeedStatus status) {
        if (!feed.fetchLinkedPages()) {
            return entries;
        }
        Map<FeedEntry, FeedEntry> previous = lastCompleted.getOrDefault(feed.id(), Map.of());
        Map<FeedEntry, FeedEntry> completedNow = new HashMap<>();
        List<FeedEntry> result = new ArrayList<>(entries.size());
        for (FeedEntry entry : entries) {
            if (!entry.summaryOnly()) {
                result.add(entry);
                continue;
            }
            FeedEntry completed = previous.get(entry);
            if (completed == null) {
                completed = fromPage(feed, entry, status);
            }
            if (completed != entry) {
                completedNow.put(entry, completed);
            }
            result.add(completed);
        }
        lastCompleted.put(feed.id(), completedNow);
        return result;
    }

    private FeedEntry fromPage(Feed feed, FeedEntry entry, FeedStatus status) {
        URI link;
        try {
            link = URI.create(entry.link().strip());
        } catch (IllegalArgumentException e) {
            status.linkedPage("invalid-link");
            return entry;
        }
        if (!("http".equalsIgnoreCase(link.getScheme()) || "https".equalsIgnoreCase(link.getScheme()))
                || !feed.allowsLinkedPageHost(link.getHost())) {
            status.linkedPage("host-not-allowed");
            return entry;
        }
        ExtractedArticle page;
        try {
            FetchResponse response = fetcher.fetch(new FetchRequest(link, Map.of(), null, null, maxPageBytes));
            page = extractor.extract(response.body(), response.contentType(), response.finalUri());
        } catch (FetchException e) {
            status.linkedPage(e.reason());
            return entry;
        } catch (RuntimeException e) {
            status.linkedPage("unreadable-page");
            return entry;
        }
        if (!page.hasBody()) {
            status.linkedPage("no-text");
            return entry;
        }
        status.linkedPage("extracted");
        return new FeedEntry(entry.guid(), entry.link(), orElse(entry.headline(), page.headline()), page.body(),
                entry.summary(), orElse(entry.byline(), page.byline()),
                entry.published() != null ? entry.published() : page.published(), entry.updated(),
                entry.version(), entry.pubStatus(), entry.language(), entry.subjects(), entry.dateProblem());
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
