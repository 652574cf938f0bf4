package io.newsflow.ingest.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * Fetching article pages for pushed articles that send a {@code url} instead of a {@code body}
 * ({@code POST /api/v1/articles?fetchPage=true}), under {@code newsflow.ingest.page-fetch}. The URL comes
 * from a client, so it is fetched only from allowed hosts, and only when they resolve to public addresses.
 *
 * @param allowedHosts          hosts pages may be fetched from: {@code news.example.com} exactly or
 *                              {@code *.example.com} for its subdomains; empty (the default) fetches nothing
 * @param maxPageSize           largest page accepted, after decompression
 * @param connectTimeout        longest wait for a connection to the page's server
 * @param timeout               longest wait for the whole page, redirects included; the client waits as long
 * @param maxRedirects          redirects followed, each checked like the first URL
 * @param allowPrivateAddresses fetch from loopback and private addresses too; only for tests and a developer's
 *                              machine serving pages from localhost, never in production
 */
@ConfigurationProperties(PageFetchProperties.PREFIX)
public record PageFetchProperties(
        List<String> allowedHosts,
        @DefaultValue("2MB") DataSize maxPageSize,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration timeout,
        @DefaultValue("3") int maxRedirects,
        @DefaultValue("false") boolean allowPrivateAddresses) {

    public static final String PREFIX = "newsflow.ingest.page-fetch";

    public PageFetchProperties {
        allowedHosts = allowedHosts == null ? List.of()
                : allowedHosts.stream().map(String::strip).filter(host -> !host.isEmpty()).toList();
        for (String host : allowedHosts) {
            boolean hasSchemePortOrPath = host.contains("/") || (host.contains(":") && !host.startsWith("["));
            boolean badWildcard = host.indexOf('*') > 0 || (host.startsWith("*") && !host.startsWith("*."))
                    || host.equals("*.");
            if (hasSchemePortOrPath || badWildcard) {
                throw new IllegalArgumentException(PREFIX + ".allowed-hosts has '" + host + "'; give host names "
                        + "only, such as news.example.com or *.example.com, without scheme, port or path");
            }
        }
        if (maxPageSize.toBytes() < 1024) {
            throw new IllegalArgumentException(PREFIX + ".max-page-size is " + maxPageSize + "; a page needs at "
                    + "least 1KB, 2MB is usual");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(PREFIX + ".connect-timeout and " + PREFIX + ".timeout must be "
                    + "positive, e.g. 5s and 15s");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException(PREFIX + ".max-redirects must be 0 or more, e.g. 3");
        }
    }
}
