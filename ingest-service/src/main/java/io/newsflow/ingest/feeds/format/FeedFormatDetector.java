package io.newsflow.ingest.feeds.format;

import io.newsflow.ingest.web.text.TextDecoder;

import javax.xml.namespace.QName;
import java.util.Locale;

/**
 * Tells which format a fetched document has, for feeds configured as {@link FeedFormat#AUTO}: JSON is ninjs;
 * XML is told by its root element ({@code rss} or RSS 1.0 {@code rdf:RDF}: RSS, Atom {@code feed} or
 * {@code entry}: Atom, {@code newsItem} or {@code newsMessage} in the NewsML-G2 namespace: NewsML-G2); an HTML
 * page is {@link FeedFormat#HTML}. Reads only up to the root element, through {@link SecureXml}.
 */
public final class FeedFormatDetector {

    private FeedFormatDetector() {
    }

    /**
     * @throws FeedFormatException {@code unknown-format} when the document is none of these, or what
     *                             {@link SecureXml} throws for a DOCTYPE or malformed XML
     */
    public static FeedFormat detect(byte[] document, String contentType) {
        String text = TextDecoder.decodeXml(document, contentType);
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return FeedFormat.NINJS;
        }
        String lowerStart = start.substring(0, Math.min(start.length(), 64)).toLowerCase(Locale.ROOT);
        if (lowerStart.startsWith("<!doctype html") || lowerStart.startsWith("<html")) {
            return FeedFormat.HTML;
        }
        if (!start.startsWith("<")) {
            throw new FeedFormatException("unknown-format", "The document is neither XML nor JSON; check the "
                    + "feed URL, or configure the feed's format explicitly");
        }
        QName root = SecureXml.rootElement(text);
        String namespace = root.getNamespaceURI();
        return switch (root.getLocalPart()) {
            case "rss" -> FeedFormat.RSS;
            case "RDF" -> ifNamespace(namespace, RssParser.RDF_NS, FeedFormat.RSS, root);
            case "feed", "entry" -> ifNamespace(namespace, AtomParser.ATOM_NS, FeedFormat.ATOM, root);
            case "newsItem", "newsMessage" -> ifNamespace(namespace, NewsMlG2Parser.NAR_NS, FeedFormat.NEWSML_G2, root);
            case "html" -> FeedFormat.HTML;
            default -> throw unknown(root);
        };
    }

    private static FeedFormat ifNamespace(String actual, String expected, FeedFormat format, QName root) {
        if (!expected.equals(actual)) {
            throw unknown(root);
        }
        return format;
    }

    private static FeedFormatException unknown(QName root) {
        return new FeedFormatException("unknown-format", "The root element " + root + " is not one of RSS, Atom "
                + "or NewsML-G2; check the feed URL, or configure the feed's format explicitly");
    }
}
