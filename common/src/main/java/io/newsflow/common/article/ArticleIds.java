package io.newsflow.common.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable article ids: {@code <sourceId>:<upstream id>}. The upstream id is the provider's own uri or guid
 * when it sends one, else the article's canonical URL, else {@code sha256:<content hash>}. Prefixing the
 * source id keeps two providers' ids apart even when both number their items 1, 2, 3.
 */
public final class ArticleIds {
    /** Lower-case so that ids, URNs and CloudEvents sources built from it never differ by case alone. */
    public static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private static final String CONTENT_HASH_PREFIX = "sha256:";
    private static final List<String> CLICK_ID_PARAMETERS = List.of("fbclid", "gclid");

    private ArticleIds() {
    }

    public static boolean isValidSourceId(String sourceId) {
        return sourceId != null && SOURCE_ID.matcher(sourceId).matches();
    }

    /**
     * @param upstreamUri the provider's uri or guid, or null
     * @param url         the article's web address, or null; must be http(s) when given
     * @param contentHash the {@link ContentHash} of the article, used when there is neither
     * @throws IllegalArgumentException when the source id is malformed or the URL is not http(s)
     */
    public static ArticleIdentity identify(String sourceId, String upstreamUri, String url, String contentHash) {
        if (!isValidSourceId(sourceId)) {
            throw new IllegalArgumentException("Source id '" + sourceId + "' must match " + SOURCE_ID.pattern());
        }
        if (upstreamUri != null && !upstreamUri.isBlank()) {
            String upstream = upstreamUri.strip();
            String ninjsUri = isAbsoluteUri(upstream) ? upstream : newsflowUrn(sourceId, Sha256.hex(upstream));
            return new ArticleIdentity(sourceId + ":" + upstream, upstream, ninjsUri);
        }
        if (url != null && !url.isBlank()) {
            String canonical = canonicalUrl(url);
            return new ArticleIdentity(sourceId + ":" + canonical, canonical, canonical);
        }
        String upstream = CONTENT_HASH_PREFIX + contentHash;
        return new ArticleIdentity(sourceId + ":" + upstream, upstream, newsflowUrn(sourceId, contentHash));
    }

    /**
     * The URL two links to the same page agree on: scheme and host in lower case, no default port, no
     * fragment, no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}), dot segments resolved
     * and no trailing slash. Other query parameters keep their order, since they may select the article.
     *
     * @throws IllegalArgumentException when the URL is not an absolute http or https URL with a host
     */
    public static String canonicalUrl(String url) {
        URI uri = parseHttpUrl(url).normalize();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder canonical = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            canonical.append(uri.getRawUserInfo()).append('@');
        }
        canonical.append(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getPort() != -1 && uri.getPort() != defaultPort(scheme)) {
            canonical.append(':').append(uri.getPort());
        }
        canonical.append(withoutTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath()));
        String query = withoutTrackingParameters(uri.getRawQuery());
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return canonical.toString();
    }

    private static URI parseHttpUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a valid URL (" + e.getReason()
                    + "); percent-encode spaces and other reserved characters", e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("'" + url + "' is not an http or https URL; send the article's "
                    + "web address, such as https://example.com/news/123");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' has no valid host; internationalised host names "
                    + "must be sent in their punycode (xn--) form");
        }
        return uri;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    private static String withoutTrackingParameters(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!parameter.isEmpty() && !name.startsWith("utm_") && !CLICK_ID_PARAMETERS.contains(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }

    private static boolean isAbsoluteUri(String candidate) {
        try {
            return new URI(candidate).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String newsflowUrn(String sourceId, String hash) {
        return "urn:newsflow:" + sourceId + ":" + hash;
    }
}
