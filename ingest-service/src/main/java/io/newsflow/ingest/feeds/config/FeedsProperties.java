package io.newsflow.ingest.feeds.config;

import io.newsflow.common.article.ArticleIds;
import io.newsflow.ingest.feeds.format.FeedFormat;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The wire feeds ingest-service polls, under {@code newsflow.ingest.feeds}. Every value is checked at
 * startup; a bad one stops the service with a message naming the property.
 *
 * @param sources      the feeds; none by default, so a service that only takes pushes polls nothing
 * @param pollThreads  threads polling feeds at the same time; a poll spends most of its time waiting on the
 *                     network, so a few threads serve many feeds
 * @param unhealthyAfter how long a feed may keep failing before it is reported unhealthy
 * @param backoff      how long a failing feed waits before the next attempt
 * @param maxFeedBytes largest feed document accepted, after decompression
 * @param maxPageBytes largest linked article page accepted, after decompression
 * @param connectTimeout longest wait for a TCP/TLS connection to a feed or page server
 * @param readTimeout  longest wait for a whole answer from a feed or page server
 */
@ConfigurationProperties(FeedsProperties.PREFIX)
public record FeedsProperties(
        List<Feed> sources,
        @DefaultValue("2") int pollThreads,
        @DefaultValue("30m") Duration unhealthyAfter,
        @DefaultValue Backoff backoff,
        @DefaultValue("10MB") DataSize maxFeedBytes,
        @DefaultValue("5MB") DataSize maxPageBytes,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {

    public static final String PREFIX = "newsflow.ingest.feeds";

    /** Faster than this a typo (5ms for 5m) would hammer a provider's server. */
    static final Duration MIN_POLL_INTERVAL = Duration.ofSeconds(1);
    static final Duration MIN_BACKOFF = Duration.ofMillis(100);

    public FeedsProperties {
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (pollThreads < 1 || pollThreads > 64) {
            throw new IllegalArgumentException(PREFIX + ".poll-threads is " + pollThreads + "; set it between 1 and 64");
        }
        requirePositive("unhealthy-after", unhealthyAfter);
        requirePositive("connect-timeout", connectTimeout);
        requirePositive("read-timeout", readTimeout);
        if (maxFeedBytes.toBytes() < 1024) {
            throw new IllegalArgumentException(PREFIX + ".max-feed-bytes is " + maxFeedBytes
                    + "; a feed needs at least 1KB, 10MB is the usual limit");
        }
        if (maxPageBytes.toBytes() < 1024) {
            throw new IllegalArgumentException(PREFIX + ".max-page-bytes is " + maxPageBytes
                    + "; a page needs at least 1KB, 5MB is the usual limit");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            Feed feed = sources.get(i);
            if (!ids.add(feed.id())) {
                throw new IllegalArgumentException(PREFIX + ".sources[" + i + "].id '" + feed.id()
                        + "' is used by another feed; every feed needs its own id, since it prefixes its article ids");
            }
        }
    }

    /** The feeds that are switched on. */
    public List<Feed> enabledSources() {
        return sources.stream().filter(Feed::enabled).toList();
    }

    private static void requirePositive(String property, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(PREFIX + "." + property + " is " + value + "; it must be positive");
        }
    }

    /**
     * One feed.
     *
     * @param id               the feed's source id: prefix of every article id from it, the {@code feed} tag of
     *                         its metrics; {@code [a-z0-9][a-z0-9._-]{0,63}}; never change it once articles
     *                         were published, or every article comes out again under new ids
     * @param name             display name, written to each event's {@code source.name}; the id when missing
     * @param url              the feed's http(s) address
     * @param format           the document format; AUTO detects RSS, Atom, ninjs and NewsML-G2
     * @param pollInterval     time between polls while the feed answers
     * @param headers          extra request headers; values may be Spring placeholders such as
     *                         {@code Bearer ${WIRE_API_KEY}} so that keys come from the environment
     * @param fetchLinkedPages for items that carry only a summary, fetch the linked page and take its text
     * @param linkedPageHosts  hosts linked pages may be fetched from besides the feed's own host
     * @param enabled          false keeps the feed configured but unpolled
     */
    public record Feed(
            String id,
            String name,
            URI url,
            @DefaultValue("AUTO") FeedFormat format,
            @DefaultValue("5m") Duration pollInterval,
            Map<String, String> headers,
            @DefaultValue("false") boolean fetchLinkedPages,
            List<String> linkedPageHosts,
            @DefaultValue("true") boolean enabled) {

        public Feed {
            String property = PREFIX + ".sources[] of feed '" + id + "':";
            if (!ArticleIds.isValidSourceId(id)) {
                throw new IllegalArgumentException(PREFIX + ".sources[].id '" + id + "' must match "
                        + ArticleIds.SOURCE_ID.pattern() + " (lower case, it prefixes every article id)");
            }
            name = name == null || name.isBlank() ? id : name.strip();
            checkUrl(property + " url", url);
            if (pollInterval.compareTo(MIN_POLL_INTERVAL) < 0) {
                throw new IllegalArgumentException(property + " poll-interval is " + pollInterval
                        + "; poll at most once a second, e.g. 5m");
            }
            headers = headers == null ? Map.of() : Map.copyOf(headers);
            headers.forEach((header, value) -> checkHeader(property, header, value));
            linkedPageHosts = linkedPageHosts == null ? List.of()
                    : linkedPageHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        }

        /** True when a linked page on {@code host} may be fetched: the feed's own host or one listed. */
        public boolean allowsLinkedPageHost(String host) {
            if (host == null) {
                return false;
            }
            String candidate = host.toLowerCase(Locale.ROOT);
            return candidate.equals(url.getHost().toLowerCase(Locale.ROOT)) || linkedPageHosts.contains(candidate);
        }

        private static void checkUrl(String property, URI url) {
            if (url == null) {
                throw new IllegalArgumentException(property + " is missing; give the feed's http(s) address");
            }
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new IllegalArgumentException(property + " '" + url + "' must be an absolute http or https URL");
            }
            try {
                url.toURL();
            } catch (IllegalArgumentException | MalformedURLException e) {
                throw new IllegalArgumentException(property + " '" + url + "' is not a valid URL: " + e.getMessage(), e);
            }
        }

        private static void checkHeader(String property, String header, String value) {
            if (header.isBlank() || !header.chars().allMatch(Feed::isTokenChar)) {
                throw new IllegalArgumentException(property + " headers has an invalid header name '" + header + "'");
            }
            if (value == null || value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
                throw new IllegalArgumentException(property + " headers." + header
                        + " is empty or spans lines; give a one-line value, e.g. Bearer ${WIRE_API_KEY}");
            }
        }

        private static boolean isTokenChar(int c) {
            return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
        }
    }

    /**
     * Delays after failures: {@code initial}, doubling with every further failure up to {@code max}, each
     * spread by up to ±20% so that feeds that failed together do not retry together.
     */
    public record Backoff(
            @DefaultValue("30s") Duration initial,
            @DefaultValue("30m") Duration max) {

        public Backoff {
            if (initial.compareTo(MIN_BACKOFF) < 0) {
                throw new IllegalArgumentException(PREFIX + ".backoff.initial is " + initial + "; use at least 100ms");
            }
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException(PREFIX + ".backoff.max (" + max + ") is below "
                        + PREFIX + ".backoff.initial (" + initial + ")");
            }
        }
    }
}
