package io.newsflow.ingest.feeds.format;

import org.w3c.dom.Element;

/**
 * The parser for each configured {@link FeedFormat}. Parsers are stateless and thread-safe, so one instance
 * per format serves every feed.
 */
public final class FeedParsers {
    private static final FeedParser RSS = new RssParser();
    private static final FeedParser ATOM = new AtomParser();
    private static final FeedParser NINJS = new NinjsFeedParser();
    private static final FeedParser NEWSML_G2 = new NewsMlG2Parser();
    private static final FeedParser HTML = new ArticlePageParser();
    private static final FeedParser AUTO = FeedParsers::parseDetected;

    private FeedParsers() {
    }

    /**
     * @param format a feed format; {@link FeedFormat#AUTO} detects the format of each document it is given
     *               (an article page is never guessed: its source must say format HTML)
     */
    public static FeedParser forFormat(FeedFormat format) {
        return switch (format) {
            case AUTO -> AUTO;
            case RSS -> RSS;
            case ATOM -> ATOM;
            case NINJS -> NINJS;
            case NEWSML_G2 -> NEWSML_G2;
            case HTML -> HTML;
        };
    }

    private static FeedParseResult parseDetected(byte[] document, String contentType) {
        FeedFormat format = FeedFormatDetector.detect(document, contentType);
        if (format == FeedFormat.HTML) {
            throw new FeedFormatException("html-page", "The feed URL returned an HTML page, not a feed; check the "
                    + "URL, or configure the source with format HTML if it is an article page");
        }
        return forFormat(format).parse(document, contentType);
    }

    static FeedFormatException wrongFormat(String expected, Element root) {
        String found = root.getNamespaceURI() == null ? "<" + root.getLocalName() + ">"
                : "<" + root.getLocalName() + "> in namespace " + root.getNamespaceURI();
        return new FeedFormatException("wrong-format", "Expected " + expected + " but the document's root is "
                + found + "; configure the feed's format to match, or AUTO");
    }
}
