package io.newsflow.ingest.feeds.poll;

import io.newsflow.common.article.RawArticleFactory;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.ingest.feeds.config.FeedsProperties;
import io.newsflow.ingest.web.fetch.FetchException;
import io.newsflow.ingest.web.fetch.FetchFailure;
import io.newsflow.ingest.web.fetch.FetchSettings;
import io.newsflow.ingest.web.fetch.HttpFetcher;
import io.newsflow.ingest.web.fetch.UrlCheck;
import io.newsflow.ingest.web.fetch.UrlPolicy;
import io.newsflow.ingest.feeds.state.FeedOwnership;
import io.newsflow.ingest.publish.RawArticlePublisher;
import io.newsflow.ingest.versions.PublishedVersions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Feed polling assembled from the plain-Java fetch, format and html packages and the Kafka feed state. */
@Configuration(proxyBeanMethods = false)
class FeedPollingConfiguration {

    @Bean
    FeedPoller feedPoller(FeedsProperties feeds, IngestProperties ingest, RawArticleFactory articles,
                          PublishedVersions versions, RawArticlePublisher publisher, Clock clock) {
        FetchSettings settings = new FetchSettings(feeds.connectTimeout(), feeds.readTimeout());
        // Feed URLs come from the operator, so only their scheme is checked; a wire on the newsroom's own
        // network is a legitimate feed.
        HttpFetcher feedFetcher = new HttpFetcher(settings, UrlPolicy::checkConfiguredUrl, clock);
        HttpFetcher pageFetcher = new HttpFetcher(settings, linkedPageHosts(feeds), clock);
        FeedItemPublisher items = new FeedItemPublisher(new FeedEntryMapper(articles, ingest.limits().maxIdChars()),
                versions, publisher, ingest.publishTimeout());
        return new FeedPoller(feedFetcher, new LinkedPageCompleter(pageFetcher, feeds.maxPageBytes().toBytes()),
                items, feeds.maxFeedBytes().toBytes(), clock);
    }

    @Bean
    FeedScheduler feedScheduler(FeedsProperties feeds, FeedStatuses statuses, FeedOwnership ownership,
                                FeedPoller poller, Clock clock) {
        return new FeedScheduler(feeds, statuses, ownership, poller, clock);
    }

    /**
     * Links in a feed are the provider's data, not the operator's: every hop of a linked-page fetch, redirects
     * included, must stay on a host some feed with fetch-linked-pages allows.
     */
    private static UrlCheck linkedPageHosts(FeedsProperties feeds) {
        return uri -> {
            UrlPolicy.checkConfiguredUrl(uri);
            boolean allowed = feeds.enabledSources().stream()
                    .anyMatch(feed -> feed.fetchLinkedPages() && feed.allowsLinkedPageHost(uri.getHost()));
            if (!allowed) {
                throw new FetchException(FetchFailure.HOST_NOT_ALLOWED,
                        "Linked page " + uri + " is not on the feed's host or "
                        + "its linked-page-hosts; add the host there to fetch its pages");
            }
        };
    }
}
