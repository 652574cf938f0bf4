package io.newsflow.ingest.web.fetch;

/**
 * Why a fetch produced no usable answer. The {@link #tag()} is what metrics, feed status and problem
 * details show; code that answers differently by reason switches over the constants, so a new reason
 * cannot slip past it unnoticed.
 */
public enum FetchFailure {
    /** The URL's host is not one the fetcher may request. */
    HOST_NOT_ALLOWED("host-not-allowed"),
    /** The host resolves to a loopback, private or otherwise non-public address. */
    ADDRESS_NOT_ALLOWED("address-not-allowed"),
    /** Not an http or https URL. */
    SCHEME_NOT_ALLOWED("scheme-not-allowed"),
    /** Not an absolute URL with a host. */
    INVALID_URL("invalid-url"),
    UNKNOWN_HOST("unknown-host"),
    CONNECT("connect"),
    TIMEOUT("timeout"),
    IO("io"),
    INTERRUPTED("interrupted"),
    INVALID_REQUEST_HEADER("invalid-request-header"),
    HTTP_4XX("http-4xx"),
    HTTP_5XX("http-5xx"),
    UNEXPECTED_STATUS("unexpected-status"),
    BAD_REDIRECT("bad-redirect"),
    TOO_MANY_REDIRECTS("too-many-redirects"),
    TOO_LARGE("too-large"),
    UNSUPPORTED_ENCODING("unsupported-encoding"),
    BAD_ENCODING("bad-encoding"),
    DECOMPRESSION_BOMB("decompression-bomb"),
    /** The answer is not an HTML page where one was expected. */
    NOT_HTML("not-html");

    private final String tag;

    FetchFailure(String tag) {
        this.tag = tag;
    }

    /** The reason as a metric tag and in problem details, e.g. {@code host-not-allowed}. */
    public String tag() {
        return tag;
    }
}
