package io.newsflow.ingest.feeds.format;

import io.newsflow.common.html.HtmlToText;
import io.newsflow.ingest.web.text.TextDecoder;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * RSS 2.0 (and its RSS 1.0/RDF relative): per item {@code title}, {@code link}, {@code guid} (a permalink guid
 * is the link when the item has no {@code link}), {@code description} as the summary,
 * {@code content:encoded} as the body, {@code dc:creator} or {@code author} as the byline, {@code pubDate}
 * (else {@code dc:date}) as published, {@code dcterms:modified} as updated, {@code category} as subjects, and
 * {@code dc:language} or the channel's language. HTML in titles, descriptions and content is reduced to text.
 */
public final class RssParser implements FeedParser {
    static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS_NS = "http://purl.org/dc/terms/";
    static final String RSS_1_NS = "http://purl.org/rss/1.0/";
    static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    // RSS 2.0 author is an e-mail address, by convention followed by the name in parentheses.
    private static final Pattern NAME_AFTER_EMAIL = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");

    @Override
    public FeedParseResult parse(byte[] document, String contentType) {
        Element root = SecureXml.parse(TextDecoder.decodeXml(document, contentType)).getDocumentElement();
        boolean rss2 = "rss".equals(root.getLocalName()) && root.getNamespaceURI() == null;
        boolean rdf = "RDF".equals(root.getLocalName()) && RDF_NS.equals(root.getNamespaceURI());
        if (!rss2 && !rdf) {
            throw FeedParsers.wrongFormat("RSS", root);
        }
        String core = rdf ? RSS_1_NS : null;
        Element channel = XmlTree.child(root, core, "channel");
        if (channel == null) {
            throw new FeedFormatException("not-rss", "The RSS document has no <channel>; it is not a feed");
        }
        String feedLanguage = Optional.ofNullable(XmlTree.childText(channel, core, "language"))
                .or(() -> Optional.ofNullable(XmlTree.childText(channel, DC_NS, "language")))
                .orElse(XmlTree.language(root));
        List<Element> items = rdf ? XmlTree.children(root, RSS_1_NS, "item") : XmlTree.children(channel, null, "item");
        FeedItems feed = new FeedItems();
        int position = 0;
        for (Element item : items) {
            position++;
            try {
                feed.add(draft(item, core, rdf, feedLanguage), position);
            } catch (RuntimeException e) {
                feed.reject("unreadable-item", "item " + position, String.valueOf(e.getMessage()));
            }
        }
        return feed.result();
    }

    private static EntryDraft draft(Element item, String core, boolean rdf, String feedLanguage) {
        Element guidElement = XmlTree.child(item, core, "guid");
        String guid = rdf ? item.getAttributeNS(RDF_NS, "about") : XmlTree.text(guidElement);
        String link = XmlTree.childText(item, core, "link");
        boolean guidIsPermalink = guidElement != null && !"false".equalsIgnoreCase(
                XmlTree.attribute(guidElement, "isPermaLink"));
        if (link == null && guidIsPermalink && guid != null && guid.matches("(?i)https?://\\S+")) {
            link = guid;
        }
        String pubDate = XmlTree.childText(item, core, "pubDate");
        EntryDraft draft = new EntryDraft()
                .guid(guid)
                .link(link)
                .headline(HtmlToText.toLine(XmlTree.childText(item, core, "title")))
                .summary(HtmlToText.toText(XmlTree.childText(item, core, "description")))
                .body(HtmlToText.toText(XmlTree.childText(item, CONTENT_NS, "encoded")))
                .byline(byline(item, core))
                .language(Optional.ofNullable(XmlTree.childText(item, DC_NS, "language")).orElse(feedLanguage))
                .published(pubDate != null ? pubDate : XmlTree.childText(item, DC_NS, "date"))
                .updated(XmlTree.childText(item, DCTERMS_NS, "modified"));
        for (Element category : XmlTree.children(item, core, "category")) {
            draft.subject(null, HtmlToText.toLine(XmlTree.text(category)));
        }
        for (Element subject : XmlTree.children(item, DC_NS, "subject")) {
            draft.subject(null, HtmlToText.toLine(XmlTree.text(subject)));
        }
        return draft;
    }

    private static String byline(Element item, String core) {
        String creators = XmlTree.children(item, DC_NS, "creator").stream()
                .map(XmlTree::text).filter(Objects::nonNull)
                .map(HtmlToText::toLine)
                .collect(Collectors.joining(", "));
        if (!creators.isEmpty()) {
            return creators;
        }
        String author = XmlTree.childText(item, core, "author");
        if (author == null) {
            return null;
        }
        Matcher named = NAME_AFTER_EMAIL.matcher(author);
        return named.matches() ? named.group(1).strip() : author;
    }
}
