package io.newsflow.ingest.feeds.poll;

import io.newsflow.common.article.Sha256;
import io.newsflow.ingest.feeds.config.FeedsProperties.Feed;
import io.newsflow.ingest.web.fetch.FetchException;
import io.newsflow.ingest.web.fetch.FetchRequest;
import io.newsflow.ingest.web.fetch.FetchResponse;
import io.newsflow.ingest.web.fetch.HttpFetcher;
import io.newsflow.ingest.feeds.format.FeedFormatException;
import io.newsflow.ingest.feeds.format.FeedParseResult;
import io.newsflow.ingest.feeds.format.FeedParsers;
import io.newsflow.ingest.feeds.format.RejectedEntry;
import io.newsflow.ingest.feeds.poll.FeedStatus.PollOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Polls one feed once: a conditional GET with what the last complete read returned (a 304 costs nothing),
 * then, for servers that send neither ETag nor Last-Modified, a SHA-256 of the body (the same document as
 * last time is not parsed again); then parse, complete summary-only items, and publish.
 *
 * <p>The validators and hash of a document are remembered only once every item of it was settled
 * (published, skipped or rejected). A poll that Kafka interrupted therefore reads the whole document again
 * next time, instead of a 304 hiding the items it never published.
 */
public class FeedPoller {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    /** What the last completely processed document of a feed looked like. */
    private record LastDocument(String etag, String lastModified, String bodyHash) {
    }

    private final HttpFetcher fetcher;
    private final LinkedPageCompleter linkedPages;
    private final FeedItemPublisher items;
    private final long maxFeedBytes;
    private final Clock clock;
    private final ConcurrentMap<String, LastDocument> lastDocuments = new ConcurrentHashMap<>();

    FeedPoller(HttpFetcher fetcher, LinkedPageCompleter linkedPages, FeedItemPublisher items, long maxFeedBytes,
               Clock clock) {
        this.fetcher = fetcher;
        this.linkedPages = linkedPages;
        this.items = items;
        this.maxFeedBytes = maxFeedBytes;
        this.clock = clock;
    }

    /** @throws PollFailedException when the feed could not be fetched, read or published */
    public PollOutcome poll(Feed feed, FeedStatus status) {
        LastDocument last = lastDocuments.get(feed.id());
        Instant fetchedAt = clock.instant();
        FetchResponse response = fetch(feed, last);
        if (response.notModified()) {
            return PollOutcome.NOT_MODIFIED;
        }
        String bodyHash = Sha256.hex(response.body());
        LastDocument now = new LastDocument(response.etag(), response.lastModified(), bodyHash);
        if (last != null && bodyHash.equals(last.bodyHash())) {
            lastDocuments.put(feed.id(), now);
            return PollOutcome.UNCHANGED;
        }
        FeedParseResult document = parse(feed, response);
        status.seen(document.entries().size() + document.rejected().size());
        for (RejectedEntry rejected : document.rejected()) {
            status.rejected(rejected.reason());
            log.info("Feed {}: left out {} ({}): {}", feed.id(), rejected.itemRef(), rejected.reason(),
                    rejected.detail());
        }
        items.publish(feed, linkedPages.complete(feed, document.entries(), status), fetchedAt, status);
        lastDocuments.put(feed.id(), now);
        return PollOutcome.CHANGED;
    }

    private FetchResponse fetch(Feed feed, LastDocument last) {
        FetchRequest request = new FetchRequest(feed.url(), feed.headers(), last == null ? null : last.etag(),
                last == null ? null : last.lastModified(), maxFeedBytes);
        try {
            FetchResponse response = fetcher.fetch(request);
            if (!response.notModified() && response.status() == 204) {
                throw new PollFailedException("empty-answer", "Feed " + feed.id() + " answered 204 No Content; "
                        + "check that the URL names the feed document");
            }
            return response;
        } catch (FetchException e) {
            throw new PollFailedException(e.reason(), "Could not fetch feed " + feed.id() + ": " + e.getMessage(),
                    e.retryAfter().orElse(null), e);
        }
    }

    private FeedParseResult parse(Feed feed, FetchResponse response) {
        try {
            return FeedParsers.forFormat(feed.format()).parse(response.body(), response.contentType(),
                    response.finalUri());
        } catch (FeedFormatException e) {
            throw new PollFailedException(e.reason(), "Could not read feed " + feed.id() + " as "
                    + feed.format() + ": " + e.getMessage(), null, e);
        }
    }
}
