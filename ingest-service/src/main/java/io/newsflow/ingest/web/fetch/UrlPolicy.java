package io.newsflow.ingest.web.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs ingest-service may request. There are two entry points, because the two kinds of URL are
 * trusted differently:
 * <ul>
 *   <li>{@link #checkConfiguredUrl(URI)}: feed URLs from the operator's configuration. Only the scheme is
 *       checked; a wire service on the newsroom's own network is a legitimate feed.</li>
 *   <li>{@link #checkCallerSuppliedUrl(URI)}: URLs a push-API caller sent. The host must be on the
 *       allow-list, and every address it resolves to must be public, so that no caller can make the
 *       service call itself, the cluster or a cloud metadata endpoint (server-side request forgery).</li>
 * </ul>
 * DNS rebinding: the host is resolved here and the addresses checked; the HTTP client then resolves it
 * again to connect, and {@code java.net.http} cannot report the address it connected to. The JVM caches a
 * successful lookup ({@code networkaddress.cache.ttl}, 30 s by default), so the second lookup normally
 * gets the answer checked here; a deployment that sets that TTL to 0 reopens a window in which a hostile
 * name server could answer differently the second time. The allow-list is the main defence: it should only
 * name hosts whose DNS the operator trusts.
 */
public final class UrlPolicy {
    private final List<String> allowedHosts;
    private final HostResolver resolver;
    private final boolean allowPrivateAddresses;

    /**
     * @param allowedHosts          hosts caller-supplied URLs may name: {@code news.example.com} exactly, or
     *                              {@code *.example.com} for any host under example.com; empty allows none
     * @param resolver              how host names become addresses
     * @param allowPrivateAddresses skip the public-address check; only for tests and a developer's machine,
     *                              where the pages are served from localhost
     */
    public UrlPolicy(List<String> allowedHosts, HostResolver resolver, boolean allowPrivateAddresses) {
        this.allowedHosts = allowedHosts.stream().map(UrlPolicy::normalizeHost).toList();
        this.resolver = resolver;
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    public UrlPolicy(List<String> allowedHosts) {
        this(allowedHosts, HostResolver.SYSTEM, false);
    }

    /** For URLs from configuration: http or https with a host. */
    public static void checkConfiguredUrl(URI uri) {
        requireHttpHost(uri);
    }

    /**
     * For URLs a caller supplied: http or https, a host on the allow-list, and only public addresses.
     *
     * @throws FetchException {@code scheme-not-allowed}, {@code host-not-allowed}, {@code unknown-host} or
     *                        {@code address-not-allowed}
     */
    public void checkCallerSuppliedUrl(URI uri) {
        String host = requireHttpHost(uri);
        if (!isAllowedHost(host)) {
            throw new FetchException(FetchFailure.HOST_NOT_ALLOWED, allowedHosts.isEmpty()
                    ? "Fetching pages from URLs sent by clients is switched off (no allowed hosts are configured); "
                    + "send the article text itself"
                    : "Host '" + host + "' is not on the allow-list of hosts pages may be fetched from; send the "
                    + "article text itself or ask the operator to allow the host");
        }
        if (!allowPrivateAddresses) {
            requirePublicAddresses(host);
        }
    }

    /** True when {@code host} is on the allow-list. */
    public boolean isAllowedHost(String host) {
        String candidate = normalizeHost(host);
        for (String allowed : allowedHosts) {
            if (allowed.startsWith("*.") ? candidate.endsWith(allowed.substring(1)) : candidate.equals(allowed)) {
                return true;
            }
        }
        return false;
    }

    private void requirePublicAddresses(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchFailure.UNKNOWN_HOST,
                    "Host '" + host + "' cannot be resolved; check the URL", e);
        }
        // Every address must pass: the client may connect to any of them.
        for (InetAddress address : addresses) {
            Optional<String> why = PublicAddresses.whyNotPublic(address);
            if (why.isPresent()) {
                throw new FetchException(FetchFailure.ADDRESS_NOT_ALLOWED, "Host '" + host + "' resolves to "
                        + address.getHostAddress() + ", a " + why.get() + " address; pages are only fetched "
                        + "from public addresses");
            }
        }
    }

    private static String requireHttpHost(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchFailure.SCHEME_NOT_ALLOWED, "'" + uri + "' is not an http or https URL; only "
                    + "those are fetched");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchException(FetchFailure.INVALID_URL,
                    "'" + uri + "' has no host; give an absolute URL such as "
                    + "https://news.example.com/story");
        }
        return normalizeHost(uri.getHost());
    }

    /** Lower case, no trailing dot, no IPv6 brackets: the spellings of one host compare equal. */
    private static String normalizeHost(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
